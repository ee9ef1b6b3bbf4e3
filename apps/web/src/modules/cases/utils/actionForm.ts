import {
  type ActionPayload,
  applyAction,
  bankCodes,
  cardNetworks,
  type CaseAction,
  type CaseSnapshot,
  type CaseState,
  type CaseType,
  machineFor,
  oneOf,
  parseDepositAmount,
  type PayloadField,
  type PayloadFieldName,
  reasonCodes,
  type Transition,
} from '@waiji/domain';
import { fromBeijingDateValue, fromDateTimeLocalValue } from '../../../i18n/formatDate';

/** What the inputs hold: text as typed, so "0.0974" is never rounded by a number input. */
export type ActionFormValues = {
  [Name in PayloadFieldName]: Name extends 'reuploadOffered' ? boolean : string;
};

export const emptyActionFormValues: ActionFormValues = {
  bank: '',
  cardLast4: '',
  cardNetwork: '',
  cardIssuingCountry: '',
  amount: '',
  reasonCode: '',
  reasonText: '',
  originalMessage: '',
  receivedAt: '',
  retryAfter: '',
  retryAfterDays: '',
  reuploadOffered: false,
};

export type FieldProblem = 'required' | 'invalid';
export type ActionFormErrors = Partial<Record<PayloadFieldName, FieldProblem>>;

/** A refusal that belongs to the whole form rather than one field. */
export type ActionFormProblem = { kind: 'cooldown'; retryAfter: Date } | { kind: 'illegal' };

export type ActionFormResult =
  { ok: true; payload: ActionPayload } | { ok: false; errors: ActionFormErrors; problem?: ActionFormProblem };

/** The transition `action` takes from `state`, if the machine has one. */
export const transitionFor = (caseType: CaseType, state: CaseState, action: CaseAction): Transition | undefined =>
  machineFor(caseType)?.transitions.find((candidate) => candidate.action === action && candidate.from.includes(state));

/**
 * Fields that only matter for some answers stay out of the way until then. The machine says when in
 * words (`requiredWhen`); this is the same rule as code.
 */
export const isFieldShown = (name: PayloadFieldName, values: ActionFormValues): boolean => {
  if (name === 'reasonText') return values.reasonCode === 'OTHER';
  if (name === 'retryAfter' || name === 'retryAfterDays') return values.reasonCode === 'CARD_CHECK_FAILED';
  return true;
};

const isRequired = (field: PayloadField, values: ActionFormValues): boolean =>
  field.required || (field.name === 'reasonText' && values.reasonCode === 'OTHER');

type Parsed = { ok: true; value: ActionPayload[PayloadFieldName] } | { ok: false };

const parseField = (field: PayloadField, raw: string): Parsed => {
  switch (field.type) {
    case 'bank':
      return oneOf(bankCodes, raw) ? { ok: true, value: raw } : { ok: false };
    case 'cardLast4':
      return /^\d{4}$/.test(raw) ? { ok: true, value: raw } : { ok: false };
    case 'cardNetwork':
      return oneOf(cardNetworks, raw) ? { ok: true, value: raw } : { ok: false };
    case 'country':
      return /^[A-Za-z]{2}$/.test(raw) ? { ok: true, value: raw.toUpperCase() } : { ok: false };
    case 'decimal': {
      const amount = parseDepositAmount(raw);
      return amount === null ? { ok: false } : { ok: true, value: amount };
    }
    case 'reasonCode':
      return oneOf(reasonCodes, raw) ? { ok: true, value: raw } : { ok: false };
    case 'integer': {
      if (!/^\d{1,3}$/.test(raw)) return { ok: false };
      const days = Number(raw);
      return days <= 365 ? { ok: true, value: days } : { ok: false };
    }
    case 'date': {
      // A retry date is a day in Beijing, as Alipay writes it; an arrival time is the reader's own clock.
      const date = field.name === 'retryAfter' ? fromBeijingDateValue(raw) : fromDateTimeLocalValue(raw);
      return date ? { ok: true, value: date } : { ok: false };
    }
    case 'text':
      return { ok: true, value: raw };
    case 'boolean':
      return { ok: false };
  }
};

/**
 * Checks the form field by field, then asks the domain (`applyAction`) about the payload as a whole,
 * so the browser refuses exactly what the API would: the amount rule, "OTHER needs words", a
 * card-check failure without its retry date, the same-card cooldown.
 */
export const validateActionForm = (
  transition: Transition,
  values: ActionFormValues,
  snapshot: CaseSnapshot,
  now: Date,
): ActionFormResult => {
  const errors: ActionFormErrors = {};
  const payload: ActionPayload = {};
  const assign = <Name extends PayloadFieldName>(name: Name, value: ActionPayload[Name]) => {
    payload[name] = value;
  };

  for (const field of transition.payload) {
    if (!isFieldShown(field.name, values)) continue;
    if (field.type === 'boolean') {
      if (values.reuploadOffered && field.name === 'reuploadOffered') assign('reuploadOffered', true);
      continue;
    }
    const raw = values[field.name];
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') {
      if (isRequired(field, values)) errors[field.name] = 'required';
      continue;
    }
    const parsed = parseField(field, text);
    if (parsed.ok) assign(field.name, parsed.value);
    else errors[field.name] = 'invalid';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const checked = applyAction(snapshot, transition.action, payload, now);
  if (checked.ok) return { ok: true, payload };
  switch (checked.error.code) {
    case 'INVALID_PAYLOAD': {
      const name = checked.error.field;
      const known = transition.payload.find((field) => field.name === name);
      return known
        ? { ok: false, errors: { [known.name]: 'invalid' } }
        : { ok: false, errors: {}, problem: { kind: 'illegal' } };
    }
    case 'COOLDOWN_ACTIVE':
      return { ok: false, errors: {}, problem: { kind: 'cooldown', retryAfter: checked.error.retryAfter } };
    case 'NEW_CARD_NEEDED':
      // An unsupported card: the same card again is refused, another card (its last 4 digits) is the fix.
      return { ok: false, errors: { cardLast4: 'invalid' } };
    case 'ILLEGAL_TRANSITION':
    case 'REUPLOAD_WINDOW_CLOSED':
      return { ok: false, errors: {}, problem: { kind: 'illegal' } };
  }
};

/** A snapshot good enough for validating a payload when the caller has no stored case (e.g. a preview). */
export const previewSnapshot = (type: CaseType, state: CaseState, now: Date): CaseSnapshot => ({
  type,
  state,
  stateEnteredAt: now,
  attempt: 1,
});
