import type { Bilingual } from './common';

/** Codes of the Alipay messages the interpreter recognises (ALIPAY.md §3). */
export const messageCodes = [
  'CARD_CHECK_FAILED',
  'DEPOSIT_FAILED',
  'DOCUMENTS_MISSING',
  'CANNOT_OPERATE',
  'SYSTEM_ERROR',
  'UNDER_REVIEW',
  'LOGIN_BLOCKED',
  'CHOOSE_OTHER_METHOD',
  'WRONG_FORM_ID_NUMBER',
  'ACCOUNT_RESTRICTED',
] as const;
export type MessageCode = (typeof messageCodes)[number];

/** Why a case was rejected: a message code, or OTHER with a text. */
export const reasonCodes = [...messageCodes, 'OTHER'] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export const reasonCodeLabels: Readonly<Record<ReasonCode, Bilingual>> = {
  CARD_CHECK_FAILED: { en: 'Bank-card check failed (M1)', zh: '银行卡信息认证失败' },
  DEPOSIT_FAILED: { en: 'Deposit to the bank account failed (M2)', zh: '打款失败' },
  DOCUMENTS_MISSING: { en: 'Other valid documents missing (M3)', zh: '缺少其他有效证件' },
  CANNOT_OPERATE: { en: 'Cannot be processed at the moment (M4)', zh: '抱歉暂时无法操作' },
  SYSTEM_ERROR: { en: 'System error (M5)', zh: '系统出错' },
  UNDER_REVIEW: { en: 'Under manual review (M6)', zh: '人工审核中' },
  LOGIN_BLOCKED: { en: 'Login blocked (M7)', zh: '该账户目前不允许登录' },
  CHOOSE_OTHER_METHOD: { en: 'Choose another verification method (M8)', zh: '选择其他认证方式' },
  WRONG_FORM_ID_NUMBER: { en: 'Mainland ID form used instead of 外籍 (M9)', zh: '误用身份证表单' },
  ACCOUNT_RESTRICTED: { en: 'Account restricted (M10)', zh: '账户被限制' },
  OTHER: { en: 'Other reason', zh: '其他原因' },
};
