import type { Bilingual } from './common';

export const caseTypes = ['BANK_CARD_VERIFICATION', 'APP_PASSPORT_VERIFICATION', 'RESTRICTION_APPEAL'] as const;
export type CaseType = (typeof caseTypes)[number];

export const caseStates = [
  'PREPARING',
  'SUBMITTED',
  'AWAITING_DEPOSIT',
  'MANUAL_REVIEW',
  'REJECTED',
  'APPROVED',
] as const;
export type CaseState = (typeof caseStates)[number];

/** How urgent a helper marks a case; it orders their work, Alipay never sees it. */
export const priorities = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type Priority = (typeof priorities)[number];

export const caseActions = [
  'submit',
  'await_deposit',
  'confirm_deposit',
  'start_review',
  'approve',
  'reject',
  'resubmit',
] as const;
export type CaseAction = (typeof caseActions)[number];

export const caseTypeLabels: Readonly<Record<CaseType, Bilingual>> = {
  BANK_CARD_VERIFICATION: {
    en: 'Real-name verification with a mainland bank card',
    zh: '外籍实名认证（大陆银行卡打款验证）',
  },
  APP_PASSPORT_VERIFICATION: {
    en: 'In-app passport verification + international card',
    zh: 'App 护照认证 + 境外银行卡',
  },
  RESTRICTION_APPEAL: { en: 'Account-restriction appeal', zh: '账户限制申诉' },
};

/** The short names lists, filters and files use for a case type. */
export const caseTypeShortLabels: Readonly<Record<CaseType, Bilingual>> = {
  BANK_CARD_VERIFICATION: { en: 'Bank card', zh: '银行卡认证' },
  APP_PASSPORT_VERIFICATION: { en: 'In-app passport', zh: 'App 护照认证' },
  RESTRICTION_APPEAL: { en: 'Restriction appeal', zh: '限制申诉' },
};

export const priorityLabels: Readonly<Record<Priority, Bilingual>> = {
  LOW: { en: 'Low', zh: '低' },
  NORMAL: { en: 'Normal', zh: '普通' },
  HIGH: { en: 'High', zh: '高' },
  URGENT: { en: 'Urgent', zh: '紧急' },
};

export const caseStateLabels: Readonly<Record<CaseState, Bilingual>> = {
  PREPARING: { en: 'Preparing', zh: '准备中' },
  SUBMITTED: { en: 'Submitted', zh: '已提交' },
  AWAITING_DEPOSIT: { en: 'Awaiting deposit', zh: '等待打款' },
  MANUAL_REVIEW: { en: 'Manual review', zh: '人工审核中' },
  REJECTED: { en: 'Rejected', zh: '未通过' },
  APPROVED: { en: 'Approved', zh: '已通过' },
};

export const caseActionLabels: Readonly<Record<CaseAction, Bilingual>> = {
  submit: { en: 'Submit', zh: '提交' },
  await_deposit: { en: 'Application accepted, awaiting deposit', zh: '已受理，等待打款' },
  confirm_deposit: { en: 'Deposit amount entered', zh: '已输入打款金额' },
  start_review: { en: 'Review started', zh: '开始审核' },
  approve: { en: 'Approved', zh: '通过' },
  reject: { en: 'Rejected', zh: '未通过' },
  resubmit: { en: 'Resubmit', zh: '重新提交' },
};
