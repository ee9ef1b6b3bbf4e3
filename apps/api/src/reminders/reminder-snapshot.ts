import {
  type BankCode,
  type CardNetwork,
  type CaseAction,
  type CaseEventRecord,
  type CaseSnapshot,
  type CaseState,
  type CaseType,
  defaultPolicy,
  type Policy,
  type ReasonCode,
  validatePolicy,
} from '@waiji/domain';

// Stored rows into the domain's terms (snapshot, event records, policy), for the reminder planner and for the
// callers that ask the domain about a case they have read (transitions, the portal, reminder recipients). Pure.

/** A case_event row as the planner reads it (the domain event's extras live in `data`). */
export type StoredEvent = {
  action: string;
  fromState: CaseState | null;
  toState: CaseState | null;
  at: string | Date;
  reasonCode: string | null;
  data: Record<string, unknown>;
};

/**
 * The organization's policy: its `policy` JSON over the domain defaults, in its time zone. Each override is
 * validated on its own, so one invalid field falls back to the default without discarding the valid ones.
 */
export function organizationPolicy(timezone: string, overrides: unknown): Policy {
  const given =
    overrides !== null && typeof overrides === 'object' && !Array.isArray(overrides)
      ? (overrides as Record<string, unknown>)
      : {};
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ timeZone: timezone, ...given })) {
    if (validatePolicy({ [key]: value }).ok) valid[key] = value;
  }
  const merged = validatePolicy(valid);
  return merged.ok ? merged.policy : { ...defaultPolicy };
}

const dateOrUndefined = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** A stored event back into the domain's record (only what deadlines read). */
export function toEventRecord(event: StoredEvent): CaseEventRecord {
  const data = event.data ?? {};
  const record: CaseEventRecord = {
    action: event.action as CaseAction,
    fromState: event.fromState as CaseState,
    toState: event.toState as CaseState,
    at: new Date(event.at),
    attempt: typeof data['attempt'] === 'number' ? data['attempt'] : 1,
  };
  if (event.reasonCode) record.reasonCode = event.reasonCode as ReasonCode;
  const retryAfter = dateOrUndefined(data['retryAfter']);
  if (retryAfter) record.retryAfter = retryAfter;
  const receivedAt = dateOrUndefined(data['receivedAt']);
  if (receivedAt) record.receivedAt = receivedAt;
  if (data['reuploadOffered'] === true) record.reuploadOffered = true;
  return record;
}

/** The columns of a case the domain's snapshot is made of; the planner's and the dispatcher's rows carry them. */
export type CaseFacts = {
  type: CaseType;
  state: CaseState;
  stateEnteredAt: Date;
  attempt: number;
  submittedAt: Date | null;
  bank: string | null;
  cardLast4: string | null;
  retryAfter: Date | null;
  lastReasonCode: string | null;
  /** International card binding (issue 18); absent where a query does not read them. */
  cardNetwork?: string | null;
  cardIssuingCountry?: string | null;
  cardDeclines?: number;
};

export function snapshotOf(row: CaseFacts & { passportExpiry?: Date | null; visaExpiry?: Date | null }): CaseSnapshot {
  return {
    type: row.type,
    state: row.state,
    stateEnteredAt: row.stateEnteredAt,
    attempt: row.attempt,
    submittedAt: row.submittedAt,
    bank: row.bank as BankCode | null,
    cardLast4: row.cardLast4,
    retryAfter: row.retryAfter,
    lastReasonCode: row.lastReasonCode as ReasonCode | null,
    cardNetwork: (row.cardNetwork ?? null) as CardNetwork | null,
    cardIssuingCountry: row.cardIssuingCountry ?? null,
    cardDeclines: row.cardDeclines ?? 0,
    passportExpiry: row.passportExpiry ?? null,
    visaExpiry: row.visaExpiry ?? null,
  };
}
