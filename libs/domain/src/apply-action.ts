import { bankCodes } from './banks';
import { type CaseAction, caseActions, type CaseState, caseStates, type CaseType, caseTypes } from './cases';
import { isRecord, isUsableDate, oneOf, type Result } from './common';
import { interpretAlipayMessage } from './interpreter';
import {
  invalid,
  isBank,
  isBoolean,
  isCardNetwork,
  isCountry,
  isDays,
  isLast4,
  isText,
  optional,
  parseDepositAmount,
} from './action-payload';
import { type ActionPayload, type CaseEventRecord, type CaseSnapshot, type TransitionError } from './machine-table';
import { reasonCodes } from './reasons';
import { addDuration, ALIPAY_TIME_ZONE } from './time';
import { sameCardCooldown, transitionsFrom } from './machines';

// Applying an action to a case, apart from the machines' queries (machines.ts): it reads Alipay's message for a
// retry date with the interpreter, which pages that only ask what is possible need not load.

export type ApplyResult = Result<{ snapshot: CaseSnapshot; event: CaseEventRecord }, TransitionError>;

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
  const network = snapshot['cardNetwork'];
  if (isCardNetwork(network)) normalized.cardNetwork = network;
  const country = snapshot['cardIssuingCountry'];
  if (isCountry(country)) normalized.cardIssuingCountry = country;
  const declines = snapshot['cardDeclines'];
  if (typeof declines === 'number' && Number.isInteger(declines) && declines > 0) normalized.cardDeclines = declines;
  if ('passportExpiry' in snapshot) normalized.passportExpiry = dateOrNull(snapshot['passportExpiry']);
  if ('visaExpiry' in snapshot) normalized.visaExpiry = dateOrNull(snapshot['visaExpiry']);
  return normalized;
}

/**
 * Apply `action` to a case: the next snapshot and the event to record, or a typed error
 * (ILLEGAL_TRANSITION, COOLDOWN_ACTIVE, INVALID_PAYLOAD). Never throws.
 */
export function applyAction(
  snapshot: CaseSnapshot,
  action: CaseAction,
  payload: ActionPayload | undefined,
  now: Date,
): ApplyResult {
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
  if (payload !== undefined && payload !== null && !isRecord(payload))
    return invalid('payload', 'payload must be an object');
  const input: Record<string, unknown> = isRecord(payload) ? payload : {};

  const current = normalizeSnapshot(raw, type, state);
  const next: CaseSnapshot = { ...current, state: chosen.to, stateEnteredAt: now };
  const event: CaseEventRecord = {
    action: chosen.action,
    fromState: state,
    toState: chosen.to,
    at: now,
    attempt: current.attempt,
  };

  switch (chosen.action) {
    case 'submit':
    case 'resubmit': {
      const bank = optional(input, 'bank', isBank, `bank must be one of ${bankCodes.join(', ')}`);
      if (!bank.ok) return bank;
      const card = optional(input, 'cardLast4', isLast4, 'cardLast4 must be exactly 4 digits');
      if (!card.ok) return card;
      const network = optional(
        input,
        'cardNetwork',
        isCardNetwork,
        'cardNetwork must be VISA, MASTERCARD, JCB, DINERS, DISCOVER or OTHER',
      );
      if (!network.ok) return network;
      const country = optional(
        input,
        'cardIssuingCountry',
        isCountry,
        'cardIssuingCountry must be 2 letters (ISO 3166), e.g. GB',
      );
      if (!country.ok) return country;
      const oldNetwork = current.cardNetwork ?? null;
      // Same card unless a known bank, network or last-4 digits change; an unknown old card counts as the same.
      const changed =
        (current.cardLast4 !== null && card.value !== undefined && card.value !== current.cardLast4) ||
        (current.bank !== null && bank.value !== undefined && bank.value !== current.bank) ||
        (oldNetwork !== null && network.value !== undefined && network.value !== oldNetwork);
      if (chosen.action === 'resubmit') {
        // An unknown old card cannot be compared: any card named now counts as another one.
        const unknownOld = current.cardLast4 === null && oldNetwork === null && current.bank === null;
        const named = card.value !== undefined || network.value !== undefined || bank.value !== undefined;
        if (chosen.guards.includes('NEW_CARD_NEEDED') && !changed && !(unknownOld && named)) {
          return {
            ok: false,
            error: {
              code: 'NEW_CARD_NEEDED',
              message: 'Alipay does not support this card: try another card (other last 4 digits or network)',
            },
          };
        }
        if (chosen.guards.includes('REUPLOAD_WINDOW')) {
          const closes = isUsableDate(current.retryAfter) ? current.retryAfter : null;
          if (!closes || now.getTime() >= closes.getTime()) {
            return {
              ok: false,
              error: {
                code: 'REUPLOAD_WINDOW_CLOSED',
                message: closes
                  ? `The 补传 (re-upload) link closed at ${closes.toISOString()}: ask a human agent again`
                  : 'No 补传 (re-upload) link was offered: ask a human agent again',
                closedAt: closes,
              },
            };
          }
        }
        const cooling = chosen.guards.includes('SAME_CARD_COOLDOWN') || chosen.guards.includes('REBIND_COOLDOWN');
        const retryAfter = cooling ? sameCardCooldown(current, now) : null;
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
      if (changed) delete next.cardDeclines;
      if (bank.value !== undefined) next.bank = event.bank = bank.value;
      if (card.value !== undefined) next.cardLast4 = event.cardLast4 = card.value;
      if (network.value !== undefined) next.cardNetwork = event.cardNetwork = network.value;
      if (country.value !== undefined) next.cardIssuingCountry = event.cardIssuingCountry = country.value.toUpperCase();
      break;
    }
    case 'revoke': {
      // 撤销本次认证申请: the application is withdrawn; the next submit is a new attempt (S3).
      next.attempt = current.attempt + 1;
      event.attempt = next.attempt;
      next.submittedAt = null;
      next.retryAfter = null;
      next.lastReasonCode = null;
      break;
    }
    case 'unbind': {
      // The same card binds again only 24 hours after it was unbound (W15).
      next.retryAfter = event.retryAfter = addDuration(now, { amount: 24, unit: 'hours' }, ALIPAY_TIME_ZONE) ?? now;
      break;
    }
    case 'lock_out':
    case 'issuer_decline':
    case 'mark_unsupported':
    case 'risk_hold':
    case 'receive_upload_link':
    case 'lift': {
      const message = optional(input, 'originalMessage', isText, 'originalMessage must be text');
      if (!message.ok) return message;
      const receivedAt = optional(input, 'receivedAt', isUsableDate, 'receivedAt must be a valid date');
      if (!receivedAt.ok) return receivedAt;
      if (message.value !== undefined) event.originalMessage = message.value;
      if (receivedAt.value !== undefined) event.receivedAt = receivedAt.value;
      if (chosen.action === 'issuer_decline') {
        next.cardDeclines = event.cardDeclines = (current.cardDeclines ?? 0) + 1;
      }
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
      if (!oneOf(reasonCodes, reasonCode))
        return invalid('reasonCode', `reasonCode must be one of ${reasonCodes.join(', ')}`);
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
      const retryDays = optional(
        input,
        'retryAfterDays',
        isDays,
        'retryAfterDays must be a whole number of days, 0–365',
      );
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
      if (type === 'RESTRICTION_APPEAL_AGENT') {
        // retryAfter is when the 补传 link stops working: 24 hours from the email (W1, W10); none without a link.
        retryAfter =
          reupload.value === true
            ? addDuration(receivedAt.value ?? now, { amount: 24, unit: 'hours' }, ALIPAY_TIME_ZONE)
            : null;
        delete event.retryAfter;
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
