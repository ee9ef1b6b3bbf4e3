import type { BankCode } from './banks';
import {
  type CaseAction,
  caseActionLabels,
  caseStates,
  type CaseState,
  type CaseType,
  caseTypeLabels,
  caseTypes,
} from './cases';
import { type Bilingual, oneOf } from './common';
import { type SourceTag } from './sources';
import type { ReasonCode } from './reasons';

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
  'bank' | 'cardLast4' | 'decimal' | 'reasonCode' | 'text' | 'date' | 'integer' | 'boolean';

export type PayloadField = {
  name: PayloadFieldName;
  type: PayloadFieldType;
  required: boolean;
  /** Conditionally required fields say when. */
  requiredWhen?: Bilingual;
  label: Bilingual;
};

export type GuardCode = 'SAME_CARD_COOLDOWN';
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
};

export type Transition = {
  action: CaseAction;
  from: CaseState[];
  to: CaseState;
  label: Bilingual;
  payload: PayloadField[];
  guards: GuardCode[];
  source: SourceTag[];
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
): Transition => ({ action, from, to, label: caseActionLabels[action], payload, guards: guardCodes, source });

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
    states: [...caseStates],
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
    ],
  },
  APP_PASSPORT_VERIFICATION: reviewMachine('APP_PASSPORT_VERIFICATION', ['W']),
  RESTRICTION_APPEAL: reviewMachine('RESTRICTION_APPEAL', ['S0', 'W']),
};

/** The machine of a case type, or undefined for an unknown type. */
export function machineFor(type: CaseType): CaseMachine | undefined {
  return oneOf(caseTypes, type) ? machines[type] : undefined;
}

/** What applying an action can fail with (`applyAction`). */
export type TransitionError =
  | { code: 'ILLEGAL_TRANSITION'; message: string; state: string; action: string; allowed: CaseAction[] }
  | { code: 'COOLDOWN_ACTIVE'; message: string; retryAfter: Date }
  | { code: 'INVALID_PAYLOAD'; message: string; field: string };
