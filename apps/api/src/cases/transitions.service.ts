import { Injectable } from '@nestjs/common';
import {
  type ActionPayload,
  allowedActions,
  applyAction,
  type CaseAction,
  type CaseEventRecord,
  type CaseState,
  type CaseType,
  interpretAlipayMessage,
  type Interpretation,
  STALE_MESSAGE_DAYS,
  staleMessageDates,
  type TransitionError,
} from '@waiji/domain';
import type {
  ApplyMessageRequest,
  ApplyMessageResponse,
  StaleMessageDateDetails,
  TransitionConflictDetails,
  TransitionPayload,
  TransitionRequest,
  TransitionResponse,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import type { SqlRunner } from '../database/sql-runner';
import { TenantDatabase } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';
import { planCase } from '../reminders/reminder-plan';
import { reminderWriteCtes } from '../reminders/reminder-planner';
import { snapshotOf, type StoredEvent } from '../reminders/reminder-snapshot';
import { appendEvent, eventValues, type EventRow, insertEventsSql } from '../database/case-events';
import { raiseTier, tierRaiseFor } from './account-tier';
import { insertWebhookDeliveriesSql, stateChangedPayload } from '../webhooks/webhook-events';
import {
  type CaseRow,
  loadCase,
  loadForTransition,
  toCaseResponse,
  toInterpretationResponse,
  type TransitionRow,
  toTimelineEntry,
} from './case-rows';
import { ClientNotices } from './client-notices';
import { addMissingDocuments } from './rejection-documents';

export function conflictDetails(
  row: CaseRow,
  extra: Partial<TransitionConflictDetails> = {},
): TransitionConflictDetails {
  return { state: row.state, version: row.version, allowedActions: allowedActions(row.type, row.state), ...extra };
}

export function stale(row: CaseRow): ApiError {
  return new ApiError(
    'CONFLICT',
    `The case changed meanwhile: it is now ${row.state} at version ${row.version}; reload and try again`,
    conflictDetails(row),
  );
}

/** The machine's refusal as the API answers it: 409 illegal or cooling down (with the current state), else 422. */
export function machineRefusal(current: CaseRow, error: TransitionError): ApiError {
  switch (error.code) {
    case 'ILLEGAL_TRANSITION':
      return new ApiError('ILLEGAL_TRANSITION', error.message, conflictDetails(current));
    case 'COOLDOWN_ACTIVE':
      return new ApiError(
        'COOLDOWN_ACTIVE',
        error.message,
        conflictDetails(current, { retryAfter: error.retryAfter.toISOString() }),
      );
    case 'NEW_CARD_NEEDED':
      return new ApiError('DOMAIN_RULE', error.message, { field: 'cardLast4' });
    case 'REUPLOAD_WINDOW_CLOSED':
      return new ApiError('DOMAIN_RULE', error.message, {
        field: 'action',
        closedAt: error.closedAt?.toISOString() ?? null,
      });
    default:
      return new ApiError('DOMAIN_RULE', error.message, { field: error.field });
  }
}

function toActionPayload(payload: TransitionPayload | undefined): ActionPayload {
  if (!payload) return {};
  const { retryAfter, receivedAt, ...rest } = payload;
  return {
    ...rest,
    ...(retryAfter ? { retryAfter: new Date(retryAfter) } : {}),
    ...(receivedAt ? { receivedAt: new Date(receivedAt) } : {}),
  };
}

/** The domain event's extras as stored in case_event.data. */
function eventData(event: CaseEventRecord, extra: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = { attempt: event.attempt, ...extra };
  if (event.depositAmount !== undefined) data['depositAmount'] = event.depositAmount;
  if (event.bank !== undefined) data['bank'] = event.bank;
  if (event.cardLast4 !== undefined) data['cardLast4'] = event.cardLast4;
  if (event.retryAfter !== undefined) data['retryAfter'] = event.retryAfter.toISOString();
  if (event.receivedAt !== undefined) data['receivedAt'] = event.receivedAt.toISOString();
  if (event.reuploadOffered !== undefined) data['reuploadOffered'] = event.reuploadOffered;
  if (event.reasonText !== undefined) data['reasonText'] = event.reasonText;
  return data;
}

type Performed = { row: CaseRow; event: EventRow };

/** The case's values a transition may change, as they were before it: what an undo restores (undo.service.ts). */
export type CaseBefore = {
  state: CaseRow['state'];
  stateEnteredAt: string;
  attempt: number;
  submittedAt: string | null;
  bank: CaseRow['bank'];
  cardLast4: string | null;
  retryAfter: string | null;
  lastReasonCode: CaseRow['lastReasonCode'];
  /** International card binding (issue 18); absent from transitions recorded before it. */
  cardNetwork?: CaseRow['cardNetwork'];
  cardIssuingCountry?: string | null;
  cardDeclines?: number;
};

function beforeOf(row: CaseRow): CaseBefore {
  return {
    state: row.state,
    stateEnteredAt: row.stateEnteredAt.toISOString(),
    attempt: row.attempt,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    bank: row.bank,
    cardLast4: row.cardLast4,
    retryAfter: row.retryAfter?.toISOString() ?? null,
    lastReasonCode: row.lastReasonCode,
    cardNetwork: row.cardNetwork,
    cardIssuingCountry: row.cardIssuingCountry,
    cardDeclines: row.cardDeclines,
  };
}

/**
 * One transition inside the caller's tenant transaction. The machine decides; the reminders the case will need
 * are planned from the state it is about to have; then ONE statement updates the case conditionally on (id,
 * organization, state, version), appends the event and replaces the planned reminders, the last two only if the
 * update happened. Zero rows means someone else moved the case first: 409 with the current state.
 */
export async function performTransition(
  tx: SqlRunner,
  auth: AuthContext,
  current: TransitionRow,
  request: {
    action: CaseAction;
    version: number;
    payload: ActionPayload;
    originalMessage?: string;
    extraData?: Record<string, unknown>;
  },
  now: Date,
  notices: ClientNotices,
): Promise<Performed> {
  if (current.version !== request.version) throw stale(current);
  const result = applyAction(snapshotOf(current), request.action, request.payload, now);
  if (!result.ok) throw machineRefusal(current, result.error);
  const { snapshot: next, event } = result;
  const originalMessage = event.originalMessage ?? request.originalMessage ?? null;
  // An approval that raises the client's account tier records from what, so that its undo can lower it again.
  const tierRaised = await tierRaiseFor(tx, auth.organizationId, {
    id: current.id,
    clientId: current.clientId,
    type: current.type,
    state: next.state,
    attempt: next.attempt,
  });
  const data = {
    ...eventData(event, request.extraData ?? {}),
    before: beforeOf(current),
    ...(tierRaised ? { tierRaised } : {}),
  };
  const stored: StoredEvent = {
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    at: now,
    reasonCode: event.reasonCode ?? null,
    data,
  };
  const after: TransitionRow = {
    ...current,
    state: next.state,
    attempt: next.attempt,
    stateEnteredAt: now,
    submittedAt: next.submittedAt ?? null,
    bank: next.bank ?? null,
    cardLast4: next.cardLast4 ?? null,
    cardNetwork: next.cardNetwork ?? null,
    cardIssuingCountry: next.cardIssuingCountry ?? null,
    cardDeclines: next.cardDeclines ?? 0,
    retryAfter: next.retryAfter ?? null,
    lastReasonCode: next.lastReasonCode ?? null,
    // the planner reads the events of the attempt the case is in after this one
    events: [...(next.attempt === current.attempt ? current.events : []), stored],
  };
  const writes = planCase(after, now);
  // Only if the update happened (FROM moved), which moved the case from request.version to request.version + 1.
  const appended = eventValues(
    {
      organizationId: auth.organizationId,
      caseId: current.id,
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      actorId: auth.userId,
      reasonCode: event.reasonCode ?? null,
      originalMessage,
      data,
      versionAfter: request.version + 1,
      at: now,
    },
    Prisma.sql`FROM moved`,
  );
  const rows = await tx.$queryRaw<{ id: string; versionAfter: number }[]>`
    WITH moved AS (
      UPDATE "case" SET state = ${next.state}::"CaseState", version = version + 1, "stateEnteredAt" = ${now}, attempt = ${next.attempt},
             "submittedAt" = ${next.submittedAt ?? null}::timestamptz, bank = ${next.bank ?? null}, "cardLast4" = ${next.cardLast4 ?? null},
             "retryAfter" = ${next.retryAfter ?? null}::timestamptz, "lastReasonCode" = ${next.lastReasonCode ?? null},
             "cardNetwork" = ${next.cardNetwork ?? null}, "cardIssuingCountry" = ${next.cardIssuingCountry ?? null},
             "cardDeclines" = ${next.cardDeclines ?? 0},
             "nextDueAt" = ${writes.nextDueAt}::timestamptz, "updatedAt" = ${now}
      WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${current.id}::uuid
        AND state = ${current.state}::"CaseState" AND version = ${request.version}
      RETURNING id, version
    ), appended AS (
      ${insertEventsSql(appended, Prisma.sql`RETURNING id, "versionAfter"`)}
    ), ${reminderWriteCtes(auth.organizationId, [{ caseId: current.id, writes }], Prisma.sql`EXISTS (SELECT 1 FROM moved)`)},
    hooked AS (${insertWebhookDeliveriesSql('case.state_changed', Prisma.sql`SELECT ${auth.organizationId}::uuid AS "organizationId", a.id AS "eventId", ${JSON.stringify(stateChangedPayload(current, event, request.version + 1))}::jsonb AS payload FROM appended a`)})
    SELECT id, "versionAfter" FROM appended`;
  const inserted = rows[0];
  if (!inserted) throw stale(await loadCase(tx, auth.organizationId, current.id));
  const lastChange = {
    action: event.action,
    version: inserted.versionAfter,
    at: now,
    actorId: auth.userId,
    actorName: current.actorName,
    undoable: true,
  };
  const row: CaseRow = {
    ...after,
    version: inserted.versionAfter,
    nextDueAt: writes.nextDueAt,
    updatedAt: now,
    lastChange,
  };
  const eventRow: EventRow = {
    id: inserted.id,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    actorId: auth.userId,
    actorName: current.actorName,
    at: now,
    versionAfter: inserted.versionAfter,
    reasonCode: event.reasonCode ?? null,
    originalMessage,
    data,
  };
  // An approval raises the client's account tier (never lowers it): the enum's order is the tiers' rank (issue 18).
  if (tierRaised) await raiseTier(tx, auth.organizationId, row.clientId, tierRaised, now);
  // In the same transaction: a rejection's missing documents join the checklist, and the client is told.
  await addMissingDocuments(tx, auth.organizationId, row, eventRow, now);
  await ClientNotices.afterTransition(
    notices,
    tx,
    auth.organizationId,
    { ...row, timezone: current.timezone },
    eventRow,
    now,
  );
  return { row, event: eventRow };
}

/** The first recognised message whose suggested action the case allows now (a rejection, a review), if any. */
export function messageSuggestion(
  interpretations: readonly Interpretation[],
  type: CaseType,
  state: CaseState,
): (Interpretation & { suggestedAction: CaseAction }) | undefined {
  const allowed = allowedActions(type, state);
  return interpretations.find(
    (found): found is Interpretation & { suggestedAction: CaseAction } =>
      found.suggestedAction !== undefined && allowed.includes(found.suggestedAction),
  );
}

export type RecordedMessage = {
  action: CaseAction | null;
  interpretations: Interpretation[];
  row: CaseRow;
  event: EventRow;
};

/** The 409 a message with dates far in the past answers until the helper confirms them (confirmStaleDate). */
export function staleMessageDate(
  interpretations: readonly Interpretation[],
  receivedAt: Date,
  now: Date,
): ApiError | null {
  const stale = staleMessageDates(interpretations, receivedAt, now);
  if (stale.length === 0) return null;
  const details: StaleMessageDateDetails = {
    receivedAt: receivedAt.toISOString(),
    staleAfterDays: STALE_MESSAGE_DAYS,
    dates: stale.map((entry) => ({ field: entry.field, date: entry.date.toISOString() })),
  };
  const years = [...new Set(stale.map((entry) => entry.date.getUTCFullYear()))].join(', ');
  return new ApiError(
    'STALE_MESSAGE_DATE',
    `This message is from ${years}, more than ${STALE_MESSAGE_DAYS} days ago — is that right? Send it again with confirmStaleDate to apply it`,
    details,
  );
}

/**
 * A pasted Alipay message, inside the caller's transaction, as POST /cases/:id/apply-message records it: when the
 * interpreter suggests an action the case allows now, that transition (performTransition: guards, version check,
 * reminders); otherwise a MESSAGE entry on the timeline. A transition from a message whose dates lie far in the
 * past (staleMessageDates) waits for the helper's confirmation: 409 STALE_MESSAGE_DATE before anything is written.
 * `extraData` joins the entry's data (e.g. the client report it came from).
 */
export async function recordMessage(
  tx: SqlRunner,
  auth: AuthContext,
  current: TransitionRow,
  input: {
    text: string;
    receivedAt: Date;
    version: number;
    confirmStaleDate?: boolean;
    extraData?: Record<string, unknown>;
  },
  now: Date,
  notices: ClientNotices,
): Promise<RecordedMessage> {
  const interpretations = interpretAlipayMessage(input.text, { receivedAt: input.receivedAt });
  const data = {
    receivedAt: input.receivedAt.toISOString(),
    messageCodes: interpretations.map((found) => found.code),
    ...input.extraData,
  };
  const chosen = messageSuggestion(interpretations, current.type, current.state);
  const stale =
    chosen && input.confirmStaleDate !== true ? staleMessageDate(interpretations, input.receivedAt, now) : null;
  if (stale) throw stale;
  if (chosen) {
    const payload: ActionPayload =
      chosen.suggestedAction === 'reject'
        ? { reasonCode: chosen.code, originalMessage: input.text, receivedAt: input.receivedAt }
        : {};
    const done = await performTransition(
      tx,
      auth,
      current,
      {
        action: chosen.suggestedAction,
        version: input.version,
        payload,
        originalMessage: input.text,
        extraData: data,
      },
      now,
      notices,
    );
    return { action: chosen.suggestedAction, interpretations, row: done.row, event: done.event };
  }
  const event = await appendEvent(tx, {
    organizationId: auth.organizationId,
    caseId: current.id,
    action: 'MESSAGE',
    actorId: auth.userId,
    at: now,
    originalMessage: input.text,
    data,
  });
  return { action: null, interpretations, row: current, event };
}

@Injectable()
export class TransitionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly notices: ClientNotices,
  ) {}

  transition(auth: AuthContext, caseId: string, input: TransitionRequest): Promise<TransitionResponse> {
    const now = new Date();
    return this.db.run(auth, async ({ sql: tx }) => {
      const current = await loadForTransition(tx, auth.organizationId, caseId, auth.userId);
      if (current.archivedAt) throw new ApiError('DOMAIN_RULE', 'The case is archived; restore it first');
      const done = await performTransition(
        tx,
        auth,
        current,
        { action: input.action, version: input.version, payload: toActionPayload(input.payload) },
        now,
        this.notices,
      );
      return { case: toCaseResponse(done.row, auth, now), event: toTimelineEntry(done.event) };
    });
  }

  /**
   * A pasted Alipay message: recorded on the case, and when the interpreter suggests an action the case allows
   * now (a rejection, a review), that transition happens in the same transaction, retry-after reminder included.
   */
  applyMessage(auth: AuthContext, caseId: string, input: ApplyMessageRequest): Promise<ApplyMessageResponse> {
    const now = new Date();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    return this.db.run(auth, async ({ sql: tx }) => {
      const current = await loadForTransition(tx, auth.organizationId, caseId, auth.userId);
      if (current.archivedAt) throw new ApiError('DOMAIN_RULE', 'The case is archived; restore it first');
      if (current.version !== input.version) throw stale(current);
      const done = await recordMessage(
        tx,
        auth,
        current,
        { text: input.text, receivedAt, version: input.version, confirmStaleDate: input.confirmStaleDate === true },
        now,
        this.notices,
      );
      return {
        action: done.action,
        interpretations: done.interpretations.map(toInterpretationResponse),
        case: toCaseResponse(done.row, auth, now),
        event: toTimelineEntry(done.event),
      };
    });
  }
}
