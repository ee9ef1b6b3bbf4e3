import { type CaseAction, type CaseState, caseStates, type CaseType, caseTypes } from './cases';
import { isRecord, isUsableDate, oneOf } from './common';
import { type CaseSnapshot, machines, type Transition } from './machine-table';

// The table and the payload readers live beside the machines (applyAction is in apply-action.ts); these names stay
// importable from here too.
export {
  type ActionPayload,
  type CaseEventRecord,
  type CaseMachine,
  type CaseSnapshot,
  type Guard,
  type GuardCode,
  guards,
  machineFor,
  machines,
  type PayloadField,
  type PayloadFieldName,
  type PayloadFieldType,
  type Transition,
  type TransitionError,
} from './machine-table';
export { parseDepositAmount } from './action-payload';

/** What a fresh case's snapshot sets: every field, none left undefined (bulk planning spreads it into a row). */
export type InitialSnapshot = {
  [
    Field in 'type' | 'state' | 'stateEnteredAt' | 'attempt' | 'submittedAt' | 'retryAfter' | 'lastReasonCode'
  ]-?: Exclude<CaseSnapshot[Field], undefined>;
};

/** A fresh case in PREPARING. */
export function initialSnapshot(type: CaseType, now: Date): InitialSnapshot {
  return {
    type,
    state: 'PREPARING',
    stateEnteredAt: now,
    attempt: 1,
    submittedAt: null,
    retryAfter: null,
    lastReasonCode: null,
  };
}

export type AllowedActionsContext = {
  now?: Date;
  /** The snapshot's retry-after date (same card after a card-check failure). */
  retryAfter?: Date | null;
  /** True when the client will resubmit with the same card. */
  sameCard?: boolean;
};

/** The transitions of `type`'s machine that leave `state` (none for an unknown type or state). */
export function transitionsFrom(type: unknown, state: unknown): Transition[] {
  if (!oneOf(caseTypes, type) || !oneOf(caseStates, state)) return [];
  return machines[type].transitions.filter((candidate) => candidate.from.includes(state));
}

/**
 * The actions possible now, in table order (for buttons). With a context saying the same card will be used before
 * its retry-after date (or after an unsupported card), resubmit is left out; with `now`, a failed appeal's re-upload
 * is left out once its 补传 window (`retryAfter`) has closed.
 */
export function allowedActions(type: CaseType, state: CaseState, context?: AllowedActionsContext): CaseAction[] {
  const ctx = isRecord(context) ? context : {};
  const cooling =
    ctx.sameCard === true &&
    isUsableDate(ctx.now) &&
    isUsableDate(ctx.retryAfter) &&
    ctx.now.getTime() < ctx.retryAfter.getTime();
  // The 补传 window of a failed appeal, when the caller says what time it is: closed without a date, or after it.
  const reuploadClosed =
    isUsableDate(ctx.now) && !(isUsableDate(ctx.retryAfter) && ctx.now.getTime() < ctx.retryAfter.getTime());
  return transitionsFrom(type, state)
    .filter(
      (candidate) =>
        !(
          cooling &&
          (candidate.guards.includes('SAME_CARD_COOLDOWN') || candidate.guards.includes('REBIND_COOLDOWN'))
        ) &&
        !(ctx.sameCard === true && candidate.guards.includes('NEW_CARD_NEEDED')) &&
        !(reuploadClosed && candidate.guards.includes('REUPLOAD_WINDOW')),
    )
    .map((candidate) => candidate.action);
}

/**
 * The same-card retry date while it is still ahead of `now`, else null: after a card-check failure (M1), or after a
 * quick-bound card was unbound (24 h, W15).
 */
export function sameCardCooldown(snapshot: CaseSnapshot, now: Date): Date | null {
  if (!isRecord(snapshot)) return null;
  const unbound = snapshot.type === 'MAINLAND_CARD_QUICK_BINDING' && snapshot.state === 'CARD_UNBOUND';
  if (snapshot.lastReasonCode !== 'CARD_CHECK_FAILED' && !unbound) return null;
  const { retryAfter } = snapshot;
  return isUsableDate(retryAfter) && isUsableDate(now) && now.getTime() < retryAfter.getTime() ? retryAfter : null;
}
