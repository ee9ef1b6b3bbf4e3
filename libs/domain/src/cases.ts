import type { Bilingual } from './common';

/**
 * The first three are the seed-era flows (2015–2019 reports) and stay as they are; the rest are the flows clients meet
 * in 2026 (issue 18, docs/domain.md "What changed 2023–2026").
 */
export const caseTypes = [
  'BANK_CARD_VERIFICATION',
  'APP_PASSPORT_VERIFICATION',
  'RESTRICTION_APPEAL',
  'PASSPORT_SCAN_VERIFICATION',
  'INTERNATIONAL_CARD_BINDING',
  'MAINLAND_CARD_QUICK_BINDING',
  'DOCUMENT_UPDATE',
  'RESTRICTION_APPEAL_AGENT',
] as const;
export type CaseType = (typeof caseTypes)[number];

export const caseStates = [
  'PREPARING',
  'SUBMITTED',
  'AWAITING_DEPOSIT',
  'MANUAL_REVIEW',
  'REJECTED',
  'APPROVED',
  // 2026 flows (issue 18).
  /** Passport scan: locked out for about 3 hours after repeated scan failures. */
  'SCAN_LOCKED',
  /** Passport scan: the optional face (liveness) step. */
  'FACE_CHECK',
  /** International card: waiting for the issuer's 3-D Secure check. */
  'THREE_DS_PENDING',
  'ISSUER_DECLINED',
  'CARD_UNSUPPORTED',
  'RISK_CONTROL',
  /** Mainland card quick binding: the card was unbound; the same card binds again only 24 h later. */
  'CARD_UNBOUND',
  /** Restriction appeal through a human agent (人工客服). */
  'AGENT_REQUESTED',
  'UPLOAD_LINK_RECEIVED',
  'RESTRICTION_LIFTED',
  'STILL_RESTRICTED',
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
  // 2026 flows (issue 18).
  /** 撤销本次认证申请: withdraw the application to start over; Alipay asks for the payment password. */
  'revoke',
  'lock_out',
  'lock_lifted',
  'start_face_check',
  'issuer_decline',
  'mark_unsupported',
  'risk_hold',
  'unbind',
  'request_agent',
  'receive_upload_link',
  'lift',
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
  PASSPORT_SCAN_VERIFICATION: { en: 'In-app passport scan verification (2026)', zh: 'App 护照扫描认证（2026）' },
  INTERNATIONAL_CARD_BINDING: {
    en: 'Binding an international card (Visa, Mastercard, JCB, Diners, Discover)',
    zh: '绑定境外银行卡（Visa、Mastercard、JCB、Diners、Discover）',
  },
  MAINLAND_CARD_QUICK_BINDING: { en: 'Mainland card quick binding (快捷绑卡)', zh: '大陆银行卡快捷绑卡' },
  DOCUMENT_UPDATE: { en: 'Document update (ID expired or renewed)', zh: '证件更新（证件过期或换发）' },
  RESTRICTION_APPEAL_AGENT: {
    en: 'Restriction appeal through a human agent (人工客服)',
    zh: '账户限制申诉（人工客服）',
  },
};

/** The short names lists, filters and files use for a case type. */
export const caseTypeShortLabels: Readonly<Record<CaseType, Bilingual>> = {
  BANK_CARD_VERIFICATION: { en: 'Bank card', zh: '银行卡认证' },
  APP_PASSPORT_VERIFICATION: { en: 'In-app passport', zh: 'App 护照认证' },
  RESTRICTION_APPEAL: { en: 'Restriction appeal', zh: '限制申诉' },
  PASSPORT_SCAN_VERIFICATION: { en: 'Passport scan', zh: '护照扫描认证' },
  INTERNATIONAL_CARD_BINDING: { en: 'International card', zh: '境外卡绑定' },
  MAINLAND_CARD_QUICK_BINDING: { en: 'Quick binding', zh: '快捷绑卡' },
  DOCUMENT_UPDATE: { en: 'Document update', zh: '证件更新' },
  RESTRICTION_APPEAL_AGENT: { en: 'Appeal (agent)', zh: '人工申诉' },
};

/** The types a new case is offered with first: the 2026 flows, then the seed-era ones kept for existing clients. */
export const legacyCaseTypes = [
  'BANK_CARD_VERIFICATION',
  'APP_PASSPORT_VERIFICATION',
  'RESTRICTION_APPEAL',
] as const satisfies readonly CaseType[];

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
  SCAN_LOCKED: { en: 'Scan locked (about 3 h)', zh: '扫描已锁定（约 3 小时）' },
  FACE_CHECK: { en: 'Face check', zh: '人脸验证' },
  THREE_DS_PENDING: { en: '3-D Secure pending', zh: '等待 3-D Secure 验证' },
  ISSUER_DECLINED: { en: 'Issuing bank declined', zh: '发卡行拒绝' },
  CARD_UNSUPPORTED: { en: 'Card not supported', zh: '卡片不受支持' },
  RISK_CONTROL: { en: 'Held by risk control', zh: '风控拦截' },
  CARD_UNBOUND: { en: 'Card unbound', zh: '已解绑' },
  AGENT_REQUESTED: { en: 'Human agent asked', zh: '已转人工客服' },
  UPLOAD_LINK_RECEIVED: { en: 'Upload link received', zh: '已收到上传链接' },
  RESTRICTION_LIFTED: { en: 'Restriction lifted', zh: '限制已解除' },
  STILL_RESTRICTED: { en: 'Still restricted', zh: '仍受限制' },
};

export const caseActionLabels: Readonly<Record<CaseAction, Bilingual>> = {
  submit: { en: 'Submit', zh: '提交' },
  await_deposit: { en: 'Application accepted, awaiting deposit', zh: '已受理，等待打款' },
  confirm_deposit: { en: 'Deposit amount entered', zh: '已输入打款金额' },
  start_review: { en: 'Review started', zh: '开始审核' },
  approve: { en: 'Approved', zh: '通过' },
  reject: { en: 'Rejected', zh: '未通过' },
  resubmit: { en: 'Resubmit', zh: '重新提交' },
  revoke: { en: 'Revoke the application (撤销本次认证申请)', zh: '撤销本次认证申请' },
  lock_out: { en: 'Scan locked out', zh: '扫描被锁定' },
  lock_lifted: { en: 'Lock lifted, scan again', zh: '锁定已解除，重新扫描' },
  start_face_check: { en: 'Scan accepted, face check', zh: '扫描通过，人脸验证' },
  issuer_decline: { en: 'Issuing bank declined', zh: '发卡行拒绝' },
  mark_unsupported: { en: 'Card not supported', zh: '卡片不受支持' },
  risk_hold: { en: 'Held by risk control', zh: '风控拦截' },
  unbind: { en: 'Card unbound', zh: '已解绑银行卡' },
  request_agent: { en: 'Human agent asked (人工客服)', zh: '已转人工客服' },
  receive_upload_link: { en: 'Upload link received by email', zh: '已收到邮件上传链接' },
  lift: { en: 'Restriction lifted', zh: '限制已解除' },
};

/** The states a case ends in, for reports "by outcome": a success, a failure still open to a retry, or in progress. */
export type CaseOutcome = 'SUCCEEDED' | 'FAILED' | 'IN_PROGRESS';
export const caseOutcomes = ['SUCCEEDED', 'FAILED', 'IN_PROGRESS'] as const satisfies readonly CaseOutcome[];
export const caseOutcomeLabels: Readonly<Record<CaseOutcome, Bilingual>> = {
  SUCCEEDED: { en: 'Succeeded', zh: '成功' },
  FAILED: { en: 'Failed (may retry)', zh: '未成功（可重试）' },
  IN_PROGRESS: { en: 'In progress', zh: '进行中' },
};
const succeeded: readonly CaseState[] = ['APPROVED', 'RESTRICTION_LIFTED'];
const failed: readonly CaseState[] = [
  'REJECTED',
  'ISSUER_DECLINED',
  'CARD_UNSUPPORTED',
  'RISK_CONTROL',
  'STILL_RESTRICTED',
];
/** Where a case in `state` stands. */
export function caseOutcome(state: CaseState): CaseOutcome {
  return succeeded.includes(state) ? 'SUCCEEDED' : failed.includes(state) ? 'FAILED' : 'IN_PROGRESS';
}
