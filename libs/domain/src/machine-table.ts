import type { BankCode } from './banks';
import {
  type CaseAction,
  caseActionLabels,
  caseActions,
  type CaseState,
  caseStates,
  type CaseType,
  caseTypeLabels,
  caseTypes,
} from './cases';
import { type Bilingual, oneOf } from './common';
import { type SourceTag } from './sources';
import type { ReasonCode } from './reasons';

/** The card networks a foreign visitor can bind since 2023-08 (W11), and OTHER for any other (Amex, a local scheme). */
export const cardNetworks = ['VISA', 'MASTERCARD', 'JCB', 'DINERS', 'DISCOVER', 'OTHER'] as const;
export type CardNetwork = (typeof cardNetworks)[number];
export const cardNetworkLabels: Readonly<Record<CardNetwork, Bilingual>> = {
  VISA: { en: 'Visa', zh: 'Visa' },
  MASTERCARD: { en: 'Mastercard', zh: '万事达卡' },
  JCB: { en: 'JCB', zh: 'JCB' },
  DINERS: { en: 'Diners Club', zh: '大来卡' },
  DISCOVER: { en: 'Discover', zh: 'Discover' },
  OTHER: { en: 'Other network', zh: '其他卡组织' },
};

// The case machines as data, and the records they work on; the engine that applies them is machines.ts.

/** What the API stores for a case and the machine needs to decide the next step. */
export type CaseSnapshot = {
  type: CaseType;
  state: CaseState;
  stateEnteredAt: Date;
  /** 1 for the first attempt; every resubmit adds one. */
  attempt: number;
  /** When the current attempt was submitted. */
  submittedAt?: Date | null;
  bank?: BankCode | null;
  /** Last four digits of the card of the current attempt; never the full number. */
  cardLast4?: string | null;
  /** After a card-check failure (M1): the day the same card may be used again. */
  retryAfter?: Date | null;
  /** Reason code of the last rejection of this case. */
  lastReasonCode?: ReasonCode | null;
  /** International card binding: the card's network and issuing country (ISO 3166 alpha-2). */
  cardNetwork?: CardNetwork | null;
  cardIssuingCountry?: string | null;
  /** International card binding: how many times the issuer declined the current card (2 → switch cards, W8). */
  cardDeclines?: number;
  /** The client's document expiry dates, for DOCUMENT_EXPIRING. */
  passportExpiry?: Date | null;
  visaExpiry?: Date | null;
};

/** One row of the case timeline, as `applyAction` produces it. */
export type CaseEventRecord = {
  action: CaseAction;
  fromState: CaseState;
  toState: CaseState;
  at: Date;
  /** The attempt the case is in after this event. */
  attempt: number;
  reasonCode?: ReasonCode;
  reasonText?: string;
  /** The Alipay message exactly as received (usually Chinese). */
  originalMessage?: string;
  /** CNY as a decimal string, e.g. "0.0974". */
  depositAmount?: string;
  bank?: BankCode;
  cardLast4?: string;
  cardNetwork?: CardNetwork;
  cardIssuingCountry?: string;
  /** issuer_decline: the declines of this card so far, this one included. */
  cardDeclines?: number;
  retryAfter?: Date;
  /** When the message behind a rejection arrived. */
  receivedAt?: Date;
  /** A rejection email with a 补传 (re-upload) link: usable for 24 hours. */
  reuploadOffered?: boolean;
};

/** Everything an action may carry; which fields each action reads is in the machine table. */
export type ActionPayload = {
  bank?: BankCode;
  cardLast4?: string;
  cardNetwork?: CardNetwork;
  /** ISO 3166 alpha-2, e.g. GB. */
  cardIssuingCountry?: string;
  /** Deposit amount in CNY: 0 < amount < 1, at most 4 decimals. */
  amount?: number | string;
  reasonCode?: ReasonCode;
  reasonText?: string;
  originalMessage?: string;
  retryAfter?: Date;
  retryAfterDays?: number;
  receivedAt?: Date;
  reuploadOffered?: boolean;
};

export type PayloadFieldName = keyof ActionPayload;
export type PayloadFieldType =
  'bank' | 'cardLast4' | 'cardNetwork' | 'country' | 'decimal' | 'reasonCode' | 'text' | 'date' | 'integer' | 'boolean';

export type PayloadField = {
  name: PayloadFieldName;
  type: PayloadFieldType;
  required: boolean;
  /** Conditionally required fields say when. */
  requiredWhen?: Bilingual;
  label: Bilingual;
};

export type GuardCode = 'SAME_CARD_COOLDOWN' | 'REBIND_COOLDOWN' | 'NEW_CARD_NEEDED' | 'REUPLOAD_WINDOW';
export type Guard = { code: GuardCode; description: Bilingual; source: SourceTag[] };

export const guards: Readonly<Record<GuardCode, Guard>> = {
  SAME_CARD_COOLDOWN: {
    code: 'SAME_CARD_COOLDOWN',
    description: {
      en: 'After a bank-card check failure the same card may be used again only from the retry-after date; a different card is allowed at once.',
      zh: '银行卡信息认证失败后，原银行卡须到指定日期后才能重新认证；更换银行卡可立即重新认证。',
    },
    source: ['S2'],
  },
  REBIND_COOLDOWN: {
    code: 'REBIND_COOLDOWN',
    description: {
      en: 'A card that was unbound can be bound again only 24 hours later; a different card is allowed at once.',
      zh: '银行卡解绑后须满 24 小时才能再次绑定；更换其他银行卡可立即绑定。',
    },
    source: ['W15'],
  },
  NEW_CARD_NEEDED: {
    code: 'NEW_CARD_NEEDED',
    description: {
      en: 'A card Alipay does not support will not bind on a retry: the next attempt needs another card (other last 4 digits or network).',
      zh: '支付宝不支持的卡重试也无法绑定：下一次须换一张卡（卡号后四位或卡组织不同）。',
    },
    source: ['W8', 'W11'],
  },
  REUPLOAD_WINDOW: {
    code: 'REUPLOAD_WINDOW',
    description: {
      en: 'The 补传 (re-upload) link of a failed appeal works for 24 hours; after that the appeal starts again with a human agent.',
      zh: '申诉失败邮件中的补传链接 24 小时内有效；过期后须重新联系人工客服申诉。',
    },
    source: ['W1', 'W10'],
  },
};

export type Transition = {
  action: CaseAction;
  from: CaseState[];
  to: CaseState;
  label: Bilingual;
  payload: PayloadField[];
  guards: GuardCode[];
  source: SourceTag[];
  /** What the helper should know before pressing it (e.g. revoking needs the payment password). */
  advice?: Bilingual;
};

export type CaseMachine = {
  type: CaseType;
  label: Bilingual;
  initial: CaseState;
  finalStates: CaseState[];
  states: CaseState[];
  transitions: Transition[];
};

const field = (
  name: PayloadFieldName,
  type: PayloadFieldType,
  required: boolean,
  label: Bilingual,
  requiredWhen?: Bilingual,
): PayloadField => ({ name, type, required, label, ...(requiredWhen ? { requiredWhen } : {}) });

const cardFields = [
  field('bank', 'bank', false, { en: 'Bank', zh: '银行' }),
  field('cardLast4', 'cardLast4', false, { en: 'Last 4 digits of the card', zh: '卡号后四位' }),
];

const rejectFields = [
  field('reasonCode', 'reasonCode', true, { en: 'Reason', zh: '原因' }),
  field(
    'reasonText',
    'text',
    false,
    { en: 'Reason in words', zh: '原因说明' },
    { en: 'when the reason is OTHER', zh: '原因为“其他”时' },
  ),
  field('originalMessage', 'text', false, { en: 'Original Alipay message', zh: '支付宝原始消息' }),
  field('receivedAt', 'date', false, { en: 'Message received at', zh: '收到消息时间' }),
  field(
    'retryAfter',
    'date',
    false,
    { en: 'Same card allowed again from', zh: '原银行卡可重新认证日期' },
    {
      en: 'for CARD_CHECK_FAILED, unless the original message or the number of days states it',
      zh: '原因为银行卡信息认证失败且原始消息或天数未给出日期时',
    },
  ),
  field('retryAfterDays', 'integer', false, { en: 'Days until the same card is allowed', zh: '原银行卡等待天数' }),
  field('reuploadOffered', 'boolean', false, { en: 'Email has a 补传 (re-upload) link', zh: '邮件含补传链接' }),
];

const transition = (
  action: CaseAction,
  from: CaseState[],
  to: CaseState,
  source: SourceTag[],
  payload: PayloadField[] = [],
  guardCodes: GuardCode[] = [],
  extra: { label?: Bilingual; advice?: Bilingual } = {},
): Transition => ({
  action,
  from,
  to,
  label: extra.label ?? caseActionLabels[action],
  payload,
  guards: guardCodes,
  source,
  ...(extra.advice ? { advice: extra.advice } : {}),
});

/** 撤销本次认证申请 asks for the 6-digit payment password (S3); one reader could not get past it (S2). */
const revokeAdvice: Bilingual = {
  en: 'Alipay asks for the 6-digit payment password to revoke; a client who has forgotten it resets it first (one reader could not get past this step). Revoking starts the application over.',
  zh: '撤销时支付宝会要求输入 6 位支付密码；忘记密码的客户须先重置（曾有读者卡在这一步）。撤销后须重新申请。',
};

const internationalCardFields = [
  field('cardNetwork', 'cardNetwork', false, { en: 'Card network', zh: '卡组织' }),
  field('cardIssuingCountry', 'country', false, {
    en: 'Issuing country (2 letters, e.g. GB)',
    zh: '发卡国家/地区（两位字母，如 GB）',
  }),
  field('cardLast4', 'cardLast4', false, { en: 'Last 4 digits of the card', zh: '卡号后四位' }),
];

const noticeFields = [
  field('originalMessage', 'text', false, { en: 'Original Alipay message', zh: '支付宝原始消息' }),
  field('receivedAt', 'date', false, { en: 'Message received at', zh: '收到消息时间' }),
];

const reviewMachine = (type: CaseType, source: SourceTag[]): CaseMachine => ({
  type,
  label: caseTypeLabels[type],
  initial: 'PREPARING',
  finalStates: ['APPROVED'],
  states: ['PREPARING', 'SUBMITTED', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED'],
  transitions: [
    transition('submit', ['PREPARING'], 'SUBMITTED', source),
    transition('start_review', ['SUBMITTED'], 'MANUAL_REVIEW', source),
    transition('approve', ['MANUAL_REVIEW'], 'APPROVED', source),
    transition('reject', ['SUBMITTED', 'MANUAL_REVIEW'], 'REJECTED', source, rejectFields),
    transition('resubmit', ['REJECTED'], 'SUBMITTED', source),
  ],
});

/** The case machines as data: the API enforces them, the web draws diagrams and buttons from them. */
export const machines: Readonly<Record<CaseType, CaseMachine>> = {
  BANK_CARD_VERIFICATION: {
    type: 'BANK_CARD_VERIFICATION',
    label: caseTypeLabels.BANK_CARD_VERIFICATION,
    initial: 'PREPARING',
    finalStates: ['APPROVED'],
    states: ['PREPARING', 'SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED'],
    transitions: [
      transition('submit', ['PREPARING'], 'SUBMITTED', ['S2', 'S3', 'S4'], cardFields),
      transition('await_deposit', ['SUBMITTED'], 'AWAITING_DEPOSIT', ['S3', 'S4']),
      transition(
        'confirm_deposit',
        ['AWAITING_DEPOSIT'],
        'MANUAL_REVIEW',
        ['S2', 'S3', 'S4'],
        [
          field('amount', 'decimal', true, {
            en: 'Deposit amount (CNY, e.g. 0.0974)',
            zh: '打款金额（元，如 0.0974）',
          }),
        ],
      ),
      transition('approve', ['MANUAL_REVIEW'], 'APPROVED', ['S1', 'S2']),
      transition('reject', ['SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW'], 'REJECTED', ['S2', 'S4'], rejectFields),
      transition('resubmit', ['REJECTED'], 'SUBMITTED', ['S2', 'S3'], cardFields, ['SAME_CARD_COOLDOWN']),
      // Added in issue 18 (no existing state changes): redoing an application starts with revoking it (S3, M6).
      transition('revoke', ['SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW'], 'PREPARING', ['S2', 'S3'], [], [], {
        advice: revokeAdvice,
      }),
    ],
  },
  APP_PASSPORT_VERIFICATION: reviewMachine('APP_PASSPORT_VERIFICATION', ['W']),
  RESTRICTION_APPEAL: reviewMachine('RESTRICTION_APPEAL', ['S0', 'W']),
  // In-app passport verification as it is in 2026: scan (MRZ / NFC), an optional face check, review (W7, W12).
  PASSPORT_SCAN_VERIFICATION: {
    type: 'PASSPORT_SCAN_VERIFICATION',
    label: caseTypeLabels.PASSPORT_SCAN_VERIFICATION,
    initial: 'PREPARING',
    finalStates: ['APPROVED'],
    states: ['PREPARING', 'SCAN_LOCKED', 'FACE_CHECK', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED'],
    transitions: [
      transition('lock_out', ['PREPARING', 'FACE_CHECK'], 'SCAN_LOCKED', ['W12'], noticeFields, [], {
        advice: {
          en: 'The lock lifts by itself after about 3 hours; do not reinstall the app meanwhile.',
          zh: '锁定约 3 小时后自动解除；期间不要重装 App。',
        },
      }),
      transition('lock_lifted', ['SCAN_LOCKED'], 'PREPARING', ['W12']),
      transition('start_face_check', ['PREPARING'], 'FACE_CHECK', ['W7', 'W12']),
      transition('submit', ['PREPARING', 'FACE_CHECK'], 'MANUAL_REVIEW', ['W7', 'W12']),
      transition('approve', ['MANUAL_REVIEW'], 'APPROVED', ['W7']),
      transition('reject', ['MANUAL_REVIEW'], 'REJECTED', ['W7', 'W12'], rejectFields),
      transition('resubmit', ['REJECTED'], 'PREPARING', ['W7', 'W12'], [], [], {
        label: { en: 'Scan again', zh: '重新扫描' },
      }),
    ],
  },
  // Bank Cards → Add Card → the issuer's 3-D Secure check (W8, W11, W6).
  INTERNATIONAL_CARD_BINDING: {
    type: 'INTERNATIONAL_CARD_BINDING',
    label: caseTypeLabels.INTERNATIONAL_CARD_BINDING,
    initial: 'PREPARING',
    finalStates: ['APPROVED'],
    states: ['PREPARING', 'THREE_DS_PENDING', 'ISSUER_DECLINED', 'CARD_UNSUPPORTED', 'RISK_CONTROL', 'APPROVED'],
    transitions: [
      transition('submit', ['PREPARING'], 'THREE_DS_PENDING', ['W8', 'W11'], internationalCardFields, [], {
        label: { en: 'Card added, 3-D Secure pending', zh: '已添加卡片，等待 3-D Secure' },
      }),
      transition('approve', ['THREE_DS_PENDING'], 'APPROVED', ['W8'], [], [], {
        label: { en: 'Card bound', zh: '绑卡成功' },
      }),
      transition('issuer_decline', ['THREE_DS_PENDING'], 'ISSUER_DECLINED', ['W8', 'W6'], noticeFields),
      transition('mark_unsupported', ['THREE_DS_PENDING'], 'CARD_UNSUPPORTED', ['W8', 'W11'], noticeFields),
      transition('risk_hold', ['THREE_DS_PENDING'], 'RISK_CONTROL', ['W8', 'S2'], noticeFields),
      transition(
        'resubmit',
        ['ISSUER_DECLINED', 'RISK_CONTROL'],
        'THREE_DS_PENDING',
        ['W8'],
        internationalCardFields,
        [],
        {
          label: { en: 'Try a card again', zh: '重新绑卡' },
        },
      ),
      transition(
        'resubmit',
        ['CARD_UNSUPPORTED'],
        'THREE_DS_PENDING',
        ['W8', 'W11'],
        internationalCardFields,
        ['NEW_CARD_NEEDED'],
        { label: { en: 'Try another card', zh: '换卡重新绑定' } },
      ),
    ],
  },
  // 快捷绑卡: bind a mainland card with the bank's reserved phone; the passport pages are reviewed (W9, W13–W15).
  MAINLAND_CARD_QUICK_BINDING: {
    type: 'MAINLAND_CARD_QUICK_BINDING',
    label: caseTypeLabels.MAINLAND_CARD_QUICK_BINDING,
    initial: 'PREPARING',
    finalStates: ['APPROVED'],
    states: ['PREPARING', 'SUBMITTED', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED', 'CARD_UNBOUND'],
    transitions: [
      transition('submit', ['PREPARING'], 'SUBMITTED', ['W9', 'W13'], cardFields),
      transition('start_review', ['SUBMITTED'], 'MANUAL_REVIEW', ['W9']),
      transition('approve', ['SUBMITTED', 'MANUAL_REVIEW'], 'APPROVED', ['W9'], [], [], {
        label: { en: 'Card bound', zh: '绑卡成功' },
      }),
      transition('reject', ['SUBMITTED', 'MANUAL_REVIEW'], 'REJECTED', ['W13', 'W14', 'W16'], rejectFields),
      transition('resubmit', ['REJECTED'], 'SUBMITTED', ['W13'], cardFields),
      transition('unbind', ['APPROVED'], 'CARD_UNBOUND', ['W15']),
      transition('resubmit', ['CARD_UNBOUND'], 'SUBMITTED', ['W15'], cardFields, ['REBIND_COOLDOWN'], {
        label: { en: 'Bind again', zh: '重新绑卡' },
      }),
    ],
  },
  // "Your ID has expired, touch here to update" → upload → review within 24 hours (W17, W18).
  DOCUMENT_UPDATE: {
    type: 'DOCUMENT_UPDATE',
    label: caseTypeLabels.DOCUMENT_UPDATE,
    initial: 'PREPARING',
    finalStates: ['APPROVED'],
    states: ['PREPARING', 'MANUAL_REVIEW', 'REJECTED', 'APPROVED'],
    transitions: [
      transition('submit', ['PREPARING'], 'MANUAL_REVIEW', ['W17', 'W18'], [], [], {
        label: { en: 'New document uploaded', zh: '已上传新证件' },
      }),
      transition('approve', ['MANUAL_REVIEW'], 'APPROVED', ['W17']),
      transition('reject', ['MANUAL_REVIEW'], 'REJECTED', ['W17'], rejectFields),
      transition('resubmit', ['REJECTED'], 'MANUAL_REVIEW', ['W17']),
    ],
  },
  // The appeal as S0 and W10 tell it: chat → human agent → emailed link → upload → review → lifted or not.
  RESTRICTION_APPEAL_AGENT: {
    type: 'RESTRICTION_APPEAL_AGENT',
    label: caseTypeLabels.RESTRICTION_APPEAL_AGENT,
    initial: 'PREPARING',
    finalStates: ['RESTRICTION_LIFTED'],
    states: [
      'PREPARING',
      'AGENT_REQUESTED',
      'UPLOAD_LINK_RECEIVED',
      'SUBMITTED',
      'MANUAL_REVIEW',
      'STILL_RESTRICTED',
      'RESTRICTION_LIFTED',
    ],
    transitions: [
      transition('request_agent', ['PREPARING', 'STILL_RESTRICTED'], 'AGENT_REQUESTED', ['S0', 'W10']),
      transition('receive_upload_link', ['AGENT_REQUESTED'], 'UPLOAD_LINK_RECEIVED', ['S0', 'W10'], noticeFields),
      transition('submit', ['UPLOAD_LINK_RECEIVED'], 'SUBMITTED', ['S0', 'W10'], [], [], {
        label: { en: 'Photos uploaded', zh: '已上传照片' },
      }),
      transition('start_review', ['SUBMITTED'], 'MANUAL_REVIEW', ['S0']),
      transition('lift', ['SUBMITTED', 'MANUAL_REVIEW'], 'RESTRICTION_LIFTED', ['S0', 'W10'], noticeFields),
      transition('reject', ['SUBMITTED', 'MANUAL_REVIEW'], 'STILL_RESTRICTED', ['W1', 'W10'], rejectFields, [], {
        label: { en: 'Still restricted', zh: '仍受限制' },
      }),
      transition('resubmit', ['STILL_RESTRICTED'], 'SUBMITTED', ['W1'], [], ['REUPLOAD_WINDOW'], {
        label: { en: 'Re-uploaded (补传)', zh: '已补传' },
      }),
    ],
  },
};

/** The machine of a case type, or undefined for an unknown type. */
export function machineFor(type: CaseType): CaseMachine | undefined {
  return oneOf(caseTypes, type) ? machines[type] : undefined;
}

/**
 * An action's name as the case's machine words it ("Try a card again" for an international card's resubmit), else
 * the generic one ("Resubmit"). With the state it was taken from, that transition's; without, the machine's only if
 * all its transitions of that action agree. The one way the case page, its timeline and the portal name actions.
 */
export function actionLabel(type: CaseType | undefined, action: CaseAction, fromState?: CaseState | null): Bilingual {
  // Timeline rows come from the database: anything unknown gets no words rather than an exception.
  if (!oneOf(caseActions, action)) return { en: '', zh: '' };
  const transitions =
    (oneOf(caseTypes, type) ? machineFor(type)?.transitions : undefined)?.filter((item) => item.action === action) ??
    [];
  const from = oneOf(caseStates, fromState) ? transitions.find((item) => item.from.includes(fromState)) : undefined;
  if (from) return from.label;
  const [first, ...others] = transitions;
  if (first && others.every((item) => item.label.en === first.label.en)) return first.label;
  return caseActionLabels[action];
}

/** What applying an action can fail with (`applyAction`). */
export type TransitionError =
  | { code: 'ILLEGAL_TRANSITION'; message: string; state: string; action: string; allowed: CaseAction[] }
  | { code: 'COOLDOWN_ACTIVE'; message: string; retryAfter: Date }
  | { code: 'NEW_CARD_NEEDED'; message: string }
  | { code: 'REUPLOAD_WINDOW_CLOSED'; message: string; closedAt: Date | null }
  | { code: 'INVALID_PAYLOAD'; message: string; field: string };
