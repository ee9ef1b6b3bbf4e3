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
  // Issue 18: the seed-era messages the first model missed, and the 2026 flows.
  'DOC_NUMBER_MISMATCH',
  'INFO_NOT_VERIFIABLE',
  'NAME_ACCOUNT_MISMATCH',
  'CARD_USED_ELSEWHERE',
  'TAOBAO_RESTRICTED',
  'SMS_QUESTION_MARKS',
  'NO_SECURITY_ISSUES',
  'SCAN_LOCKED_OUT',
  'PHOTO_UNCLEAR',
  'NAME_NOT_MRZ',
  'NATIONALITY_UNSUPPORTED',
  'ID_EXPIRED',
  'REVIEW_IN_24_HOURS',
  'ISSUER_DECLINED',
  'CARD_NOT_SUPPORTED',
  'RISK_CONTROL',
  'RESERVED_PHONE_MISMATCH',
  'QUICK_PAY_REFUSED',
  'BIND_LIMIT_REACHED',
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
  DOC_NUMBER_MISMATCH: { en: 'Document number not matching (M11)', zh: '证件号码不一致' },
  INFO_NOT_VERIFIABLE: { en: 'Personal info can’t be verified (M12)', zh: '个人信息无法通过安全验证' },
  NAME_ACCOUNT_MISMATCH: { en: 'Name and account number do not match (M13)', zh: '户名与卡号不符' },
  CARD_USED_ELSEWHERE: { en: 'Card already used by someone else (M14)', zh: '银行卡已被他人使用' },
  TAOBAO_RESTRICTED: { en: 'Taobao account restricted, not Alipay (M15)', zh: '淘宝账户受限（非支付宝）' },
  SMS_QUESTION_MARKS: { en: 'SMS of question marks: probably lifted (M16)', zh: '问号短信：可能已解除' },
  NO_SECURITY_ISSUES: { en: 'No current account security issues (M17)', zh: '当前账户无安全问题' },
  SCAN_LOCKED_OUT: { en: 'Too many scan attempts: locked about 3 h (M18)', zh: '扫描次数过多：锁定约 3 小时' },
  PHOTO_UNCLEAR: { en: 'Photo not clear (M19)', zh: '照片不清晰' },
  NAME_NOT_MRZ: { en: 'Name differs from the passport’s MRZ (M20)', zh: '姓名与护照机读码不一致' },
  NATIONALITY_UNSUPPORTED: { en: 'Nationality not supported (M21)', zh: '暂不支持该国籍' },
  ID_EXPIRED: { en: 'ID expired, update it (M22)', zh: '证件已过期，请重传' },
  REVIEW_IN_24_HOURS: { en: 'Review in progress, within 24 hours (M23)', zh: '审核中，24 小时内出结果' },
  ISSUER_DECLINED: { en: 'Card issuing bank declined (M24)', zh: '发卡行拒绝' },
  CARD_NOT_SUPPORTED: { en: 'Card not supported (M25)', zh: '暂不支持该卡' },
  RISK_CONTROL: { en: 'Stopped by risk control (M26)', zh: '风控拦截' },
  RESERVED_PHONE_MISMATCH: { en: 'Bank’s reserved phone number differs (M27)', zh: '银行预留手机号不一致' },
  QUICK_PAY_REFUSED: { en: 'Bank refuses quick pay for this card (M28)', zh: '该卡不支持快捷支付' },
  BIND_LIMIT_REACHED: { en: 'Too many attempts or card on 3 accounts (M29)', zh: '绑卡次数或账户数已达上限' },
  OTHER: { en: 'Other reason', zh: '其他原因' },
};
