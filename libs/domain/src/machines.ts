import { type BankCode, bankCodes } from './banks';
import { type CaseAction, caseActionLabels, caseActions, type CaseState, caseStates, type CaseType, caseTypeLabels, caseTypes } from './cases';
import { type Bilingual, isRecord, isUsableDate, oneOf, type Result, type SourceTag } from './common';
import { interpretAlipayMessage } from './interpreter';
import { type ReasonCode, reasonCodes } from './reasons';
import { addDuration, ALIPAY_TIME_ZONE } from './time';

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
export type PayloadFieldType = 'bank' | 'cardLast4' | 'decimal' | 'reasonCode' | 'text' | 'date' | 'integer' | 'boolean';

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
  field('reasonText', 'text', false, { en: 'Reason in words', zh: '原因说明' }, { en: 'when the reason is OTHER', zh: '原因为“其他”时' }),
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
      transition('confirm_deposit', ['AWAITING_DEPOSIT'], 'MANUAL_REVIEW', ['S2', 'S3', 'S4'], [
        field('amount', 'decimal', true, { en: 'Deposit amount (CNY, e.g. 0.0974)', zh: '打款金额（元，如 0.0974）' }),
      ]),
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

/** A fresh case in PREPARING. */
export function initialSnapshot(type: CaseType, now: Date): CaseSnapshot {
  return { type, state: 'PREPARING', stateEnteredAt: now, attempt: 1, submittedAt: null, retryAfter: null, lastReasonCode: null };
}

export type TransitionError =
  | { code: 'ILLEGAL_TRANSITION'; message: string; state: string; action: string; allowed: CaseAction[] }
  | { code: 'COOLDOWN_ACTIVE'; message: string; retryAfter: Date }
  | { code: 'INVALID_PAYLOAD'; message: string; field: string };

export type ApplyResult = Result<{ snapshot: CaseSnapshot; event: CaseEventRecord }, TransitionError>;

export type AllowedActionsContext = {
  now?: Date;
  /** The snapshot's retry-after date (same card after a card-check failure). */
  retryAfter?: Date | null;
  /** True when the client will resubmit with the same card. */
  sameCard?: boolean;
};

function transitionsFrom(type: unknown, state: unknown): Transition[] {
  if (!oneOf(caseTypes, type) || !oneOf(caseStates, state)) return [];
  return machines[type].transitions.filter((candidate) => candidate.from.includes(state));
}

/**
 * The actions possible now, in table order (for buttons). With a context saying the same card will be
 * used before its retry-after date, resubmit is left out.
 */
export function allowedActions(type: CaseType, state: CaseState, context?: AllowedActionsContext): CaseAction[] {
  const ctx = isRecord(context) ? context : {};
  const cooling =
    ctx.sameCard === true &&
    isUsableDate(ctx.now) &&
    isUsableDate(ctx.retryAfter) &&
    ctx.now.getTime() < ctx.retryAfter.getTime();
  return transitionsFrom(type, state)
    .filter((candidate) => !(cooling && candidate.guards.includes('SAME_CARD_COOLDOWN')))
    .map((candidate) => candidate.action);
}

/** The same-card retry date while it is still ahead of `now`, else null. */
export function sameCardCooldown(snapshot: CaseSnapshot, now: Date): Date | null {
  if (!isRecord(snapshot) || snapshot.lastReasonCode !== 'CARD_CHECK_FAILED') return null;
  const { retryAfter } = snapshot;
  return isUsableDate(retryAfter) && isUsableDate(now) && now.getTime() < retryAfter.getTime() ? retryAfter : null;
}

const DECIMAL = /^0?\.(\d{1,4})$/;

/**
 * A deposit amount as a decimal string ("0.0974"), or null unless 0 < amount < 1 CNY with at most 4
 * decimals. Accepts numbers and strings such as "0.0974", ".5", "￥0.50", "0.0974元".
 */
export function parseDepositAmount(value: unknown): string | null {
  let text: string;
  if (typeof value === 'number') {
    text = String(value);
  } else if (typeof value === 'string') {
    text = value
      .normalize('NFKC')
      .trim()
      .replace(/^(?:¥|rmb|cny)\s*/i, '')
      .replace(/\s*(?:元|rmb|cny)$/i, '');
  } else {
    return null;
  }
  const match = DECIMAL.exec(text);
  if (!match || /^0*$/.test(match[1] as string)) return null;
  return `0.${match[1] as string}`;
}

type Fail = { ok: false; error: TransitionError };
const invalid = (fieldName: string, message: string): Fail => ({
  ok: false,
  error: { code: 'INVALID_PAYLOAD', message, field: fieldName },
});

function optional<T>(
  payload: Record<string, unknown>,
  name: PayloadFieldName,
  accept: (value: unknown) => value is T,
  message: string,
): { ok: true; value: T | undefined } | Fail {
  const value = payload[name];
  if (value === undefined || value === null) return { ok: true, value: undefined };
  return accept(value) ? { ok: true, value } : invalid(name, message);
}

const isBank = (value: unknown): value is BankCode => oneOf(bankCodes, value);
const isLast4 = (value: unknown): value is string => typeof value === 'string' && /^\d{4}$/.test(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isDays = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 365;
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** The snapshot fields with safe defaults, so a partly filled snapshot from storage still works. */
function normalizeSnapshot(snapshot: Record<string, unknown>, type: CaseType, state: CaseState): CaseSnapshot {
  const attempt = snapshot['attempt'];
  const dateOrNull = (value: unknown) => (isUsableDate(value) ? value : null);
  const stateEnteredAt = dateOrNull(snapshot['stateEnteredAt']);
  const normalized: CaseSnapshot = {
    type,
    state,
    stateEnteredAt: stateEnteredAt ?? new Date(0),
    attempt: typeof attempt === 'number' && Number.isInteger(attempt) && attempt >= 1 ? attempt : 1,
    submittedAt: dateOrNull(snapshot['submittedAt']),
    bank: isBank(snapshot['bank']) ? snapshot['bank'] : null,
    cardLast4: isLast4(snapshot['cardLast4']) ? snapshot['cardLast4'] : null,
    retryAfter: dateOrNull(snapshot['retryAfter']),
    lastReasonCode: oneOf(reasonCodes, snapshot['lastReasonCode']) ? snapshot['lastReasonCode'] : null,
  };
  if ('passportExpiry' in snapshot) normalized.passportExpiry = dateOrNull(snapshot['passportExpiry']);
  if ('visaExpiry' in snapshot) normalized.visaExpiry = dateOrNull(snapshot['visaExpiry']);
  return normalized;
}

/**
 * Apply `action` to a case: the next snapshot and the event to record, or a typed error
 * (ILLEGAL_TRANSITION, COOLDOWN_ACTIVE, INVALID_PAYLOAD). Never throws.
 */
export function applyAction(snapshot: CaseSnapshot, action: CaseAction, payload: ActionPayload | undefined, now: Date): ApplyResult {
  const raw: Record<string, unknown> = isRecord(snapshot) ? snapshot : {};
  const { type, state } = raw;
  const candidates = transitionsFrom(type, state);
  const chosen = oneOf(caseActions, action) ? candidates.find((candidate) => candidate.action === action) : undefined;
  if (!chosen || !oneOf(caseTypes, type) || !oneOf(caseStates, state)) {
    const stateName = typeof state === 'string' ? state : '(none)';
    const actionName = typeof action === 'string' ? action : '(none)';
    return {
      ok: false,
      error: {
        code: 'ILLEGAL_TRANSITION',
        message: `${actionName} is not possible in state ${stateName}${oneOf(caseTypes, type) ? ` of a ${type} case` : ''}`,
        state: stateName,
        action: actionName,
        allowed: candidates.map((candidate) => candidate.action),
      },
    };
  }
  if (!isUsableDate(now)) return invalid('now', 'now must be a valid date');
  if (payload !== undefined && payload !== null && !isRecord(payload)) return invalid('payload', 'payload must be an object');
  const input: Record<string, unknown> = isRecord(payload) ? payload : {};

  const current = normalizeSnapshot(raw, type, state);
  const next: CaseSnapshot = { ...current, state: chosen.to, stateEnteredAt: now };
  const event: CaseEventRecord = { action: chosen.action, fromState: state, toState: chosen.to, at: now, attempt: current.attempt };

  switch (chosen.action) {
    case 'submit':
    case 'resubmit': {
      const bank = optional(input, 'bank', isBank, `bank must be one of ${bankCodes.join(', ')}`);
      if (!bank.ok) return bank;
      const card = optional(input, 'cardLast4', isLast4, 'cardLast4 must be exactly 4 digits');
      if (!card.ok) return card;
      if (chosen.action === 'resubmit') {
        const retryAfter = chosen.guards.includes('SAME_CARD_COOLDOWN') ? sameCardCooldown(current, now) : null;
        // Same card unless a known bank or known last-4 digits change; an unknown old card counts as the same.
        const changed =
          (current.cardLast4 !== null && card.value !== undefined && card.value !== current.cardLast4) ||
          (current.bank !== null && bank.value !== undefined && bank.value !== current.bank);
        if (retryAfter && !changed) {
          return {
            ok: false,
            error: {
              code: 'COOLDOWN_ACTIVE',
              message: `The same card may be used again from ${retryAfter.toISOString()}; a different card is allowed now`,
              retryAfter,
            },
          };
        }
        next.attempt = current.attempt + 1;
        event.attempt = next.attempt;
        next.retryAfter = null;
        next.lastReasonCode = null;
      }
      next.submittedAt = now;
      if (bank.value !== undefined) next.bank = event.bank = bank.value;
      if (card.value !== undefined) next.cardLast4 = event.cardLast4 = card.value;
      break;
    }
    case 'confirm_deposit': {
      const amount = parseDepositAmount(input['amount']);
      if (amount === null) {
        return invalid('amount', 'amount must be between 0 and 1 CNY (exclusive) with at most 4 decimals, e.g. 0.0974');
      }
      event.depositAmount = amount;
      break;
    }
    case 'reject': {
      const reasonCode = input['reasonCode'];
      if (!oneOf(reasonCodes, reasonCode)) return invalid('reasonCode', `reasonCode must be one of ${reasonCodes.join(', ')}`);
      const reasonText = optional(input, 'reasonText', isText, 'reasonText must be text');
      if (!reasonText.ok) return reasonText;
      if (reasonCode === 'OTHER' && (reasonText.value ?? '').trim() === '') {
        return invalid('reasonText', 'reasonText is required when the reason is OTHER');
      }
      const message = optional(input, 'originalMessage', isText, 'originalMessage must be text');
      if (!message.ok) return message;
      const receivedAt = optional(input, 'receivedAt', isUsableDate, 'receivedAt must be a valid date');
      if (!receivedAt.ok) return receivedAt;
      const givenRetryAfter = optional(input, 'retryAfter', isUsableDate, 'retryAfter must be a valid date');
      if (!givenRetryAfter.ok) return givenRetryAfter;
      const retryDays = optional(input, 'retryAfterDays', isDays, 'retryAfterDays must be a whole number of days, 0–365');
      if (!retryDays.ok) return retryDays;
      const reupload = optional(input, 'reuploadOffered', isBoolean, 'reuploadOffered must be true or false');
      if (!reupload.ok) return reupload;

      let retryAfter: Date | null = null;
      if (reasonCode === 'CARD_CHECK_FAILED') {
        const from = receivedAt.value ?? now;
        retryAfter =
          givenRetryAfter.value ??
          interpretAlipayMessage(message.value ?? '', { receivedAt: from }).find(
            (found) => found.code === 'CARD_CHECK_FAILED',
          )?.retryAfter ??
          (retryDays.value === undefined
            ? null
            : addDuration(from, { amount: retryDays.value, unit: 'days' }, ALIPAY_TIME_ZONE));
        if (!retryAfter) {
          return invalid(
            'retryAfter',
            'A card-check failure needs its retry-after date: give retryAfter, retryAfterDays or the original message',
          );
        }
        event.retryAfter = retryAfter;
      }
      next.retryAfter = retryAfter;
      next.lastReasonCode = reasonCode;
      event.reasonCode = reasonCode;
      if (reasonText.value !== undefined) event.reasonText = reasonText.value;
      if (message.value !== undefined) event.originalMessage = message.value;
      if (receivedAt.value !== undefined) event.receivedAt = receivedAt.value;
      if (reupload.value !== undefined) event.reuploadOffered = reupload.value;
      break;
    }
    default:
      // await_deposit, start_review and approve carry nothing.
      break;
  }
  return { ok: true, snapshot: next, event };
}
