import {
  allowedActions,
  type BankCode,
  type CardNetwork,
  type CaseState,
  type CaseType,
  interpretAlipayMessage,
  type Interpretation,
  type ReasonCode,
  sameCardCooldown,
  undoWindowMs,
} from '@waiji/domain';
import type { CaseResponse, InterpretationResponse, TimelineEntry } from '@waiji/contract';
import { Prisma } from '../generated/prisma/client';
import { ApiError } from '../common/api-error';
import type { PlannerRow } from '../reminders/reminder-plan';
import { PLANNER_COLUMNS } from '../reminders/reminder-planner';
import { snapshotOf } from '../reminders/reminder-snapshot';
import type { EventRow } from '../database/case-events';
import type { SqlRunner } from '../database/sql-runner';
import { type LastChange, undoOf, type Viewer } from './undo-rules';

/** A case row joined with its client and assignee, as every case answer needs it. */
export type CaseRow = {
  id: string;
  clientId: string;
  type: CaseType;
  state: CaseState;
  version: number;
  attempt: number;
  stateEnteredAt: Date;
  submittedAt: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  // bank and lastReasonCode are text columns; every write takes them from the contract's or the machine's enums.
  bank: BankCode | null;
  cardLast4: string | null;
  /** International card binding (issue 18): network, issuing country, issuer declines of the current card. */
  cardNetwork: CardNetwork | null;
  cardIssuingCountry: string | null;
  cardDeclines: number;
  tags: string[];
  priority: CaseResponse['priority'];
  retryAfter: Date | null;
  lastReasonCode: ReasonCode | null;
  nextDueAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  passportName: string;
  clientBankName: string | null;
  passportLast4: string | null;
  /** The entry of the case's current version while it may still be undone (undo-rules.ts); else null. */
  lastChange: LastChange | null;
};

// A transition sets stateEnteredAt to its own time, so only a case that entered its state within the undo window
// (plus a minute of clock slack; judgeUndo decides exactly) can have a transition to undo: the list reads no
// timeline entry for any other row. (caseId, versionAfter) is unique and indexed.
const UNDO_LOOKBACK = Prisma.raw(`interval '${undoWindowMs / 1000 + 60} seconds'`);
const LAST_CHANGE = Prisma.sql`
  CASE WHEN c."stateEnteredAt" > now() - ${UNDO_LOOKBACK} THEN (
    SELECT json_build_object('action', e.action, 'version', e."versionAfter", 'at', e.at, 'actorId', e."actorId",
                             'actorName', (SELECT ea."displayName" FROM "user" ea WHERE ea.id = e."actorId"),
                             'undoable', (e.data -> 'before') IS NOT NULL)
    FROM "case_event" e WHERE e."caseId" = c.id AND e."versionAfter" = c.version) END AS "lastChange"`;

export const CASE_COLUMNS = Prisma.sql`
  c.id, c."clientId", c.type, c.state, c.version, c.attempt, c."stateEnteredAt", c."submittedAt", c."assigneeId",
  u."displayName" AS "assigneeName", c.bank, c."cardLast4", c."cardNetwork", c."cardIssuingCountry", c."cardDeclines",
  c.tags, c.priority, c."retryAfter", c."lastReasonCode",
  c."nextDueAt", c."archivedAt", c."createdAt", c."updatedAt",
  cl."passportName", cl."bankName" AS "clientBankName", cl."passportLast4", ${LAST_CHANGE}`;

export const CASE_FROM = Prisma.sql`
  FROM "case" c
  JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
  LEFT JOIN "user" u ON u.id = c."assigneeId"`;

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** The case as the API answers it to `viewer` (whether they may undo its last transition depends on who asks). */
export function toCaseResponse(row: CaseRow, viewer: Viewer, now: Date = new Date()): CaseResponse {
  const cooldown = sameCardCooldown(snapshotOf(row), now);
  return {
    id: row.id,
    clientId: row.clientId,
    client: {
      id: row.clientId,
      passportName: row.passportName,
      bankName: row.clientBankName,
      passportLast4: row.passportLast4,
    },
    type: row.type,
    state: row.state,
    version: row.version,
    attempt: row.attempt,
    stateEnteredAt: row.stateEnteredAt.toISOString(),
    submittedAt: iso(row.submittedAt),
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    bank: row.bank,
    cardLast4: row.cardLast4,
    cardNetwork: row.cardNetwork,
    cardIssuingCountry: row.cardIssuingCountry,
    cardDeclines: row.cardDeclines,
    tags: row.tags,
    priority: row.priority,
    retryAfter: iso(row.retryAfter),
    lastReasonCode: row.lastReasonCode,
    nextDueAt: iso(row.nextDueAt),
    archivedAt: iso(row.archivedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: allowedActions(row.type, row.state),
    cooldownUntil: iso(cooldown),
    // An archived case is restored before anything else happens to it (the undo endpoint refuses it too).
    undo: row.archivedAt ? null : undoOf(row.lastChange, viewer, now),
  };
}

/** One case of the organization (CLIENT callers: only their own client's), or 404. */
export async function loadCase(
  tx: SqlRunner,
  organizationId: string,
  caseId: string,
  options: { clientId?: string | null; forUpdate?: boolean } = {},
): Promise<CaseRow> {
  const rows = await tx.$queryRaw<CaseRow[]>`
    SELECT ${CASE_COLUMNS} ${CASE_FROM}
    WHERE c."organizationId" = ${organizationId}::uuid AND c.id = ${caseId}::uuid
      ${options.clientId ? Prisma.sql`AND c."clientId" = ${options.clientId}::uuid` : Prisma.empty}
    ${options.forUpdate ? Prisma.sql`FOR UPDATE OF c` : Prisma.empty}`;
  const row = rows[0];
  if (!row) throw new ApiError('NOT_FOUND', 'No such case');
  return row;
}

export function toInterpretationResponse(interpretation: Interpretation): InterpretationResponse {
  const { retryAfter, dueAt, ...rest } = interpretation;
  return {
    ...rest,
    ...(retryAfter ? { retryAfter: retryAfter.toISOString() } : {}),
    ...(dueAt ? { dueAt: dueAt.toISOString() } : {}),
  };
}

export function interpretStored(
  message: string | null,
  data: Record<string, unknown>,
  at: Date,
): InterpretationResponse[] {
  if (!message) return [];
  const received = typeof data['receivedAt'] === 'string' ? new Date(data['receivedAt']) : at;
  return interpretAlipayMessage(message, { receivedAt: Number.isNaN(received.getTime()) ? at : received }).map(
    toInterpretationResponse,
  );
}

export function toTimelineEntry(row: EventRow): TimelineEntry {
  return {
    id: row.id,
    action: row.action,
    fromState: row.fromState,
    toState: row.toState,
    actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
    at: row.at.toISOString(),
    versionAfter: row.versionAfter,
    reasonCode: row.reasonCode,
    originalMessage: row.originalMessage,
    interpretations: interpretStored(row.originalMessage, row.data, row.at),
    data: row.data,
  };
}

/** A case as a transition needs it: the answer's columns, what the reminder planner reads, and the actor's name. */
export type TransitionRow = CaseRow & PlannerRow & { actorName: string | null };

export async function loadForTransition(
  tx: SqlRunner,
  organizationId: string,
  caseId: string,
  actorId: string,
): Promise<TransitionRow> {
  const rows = await tx.$queryRaw<TransitionRow[]>`
    SELECT ${CASE_COLUMNS}, ${PLANNER_COLUMNS}, (SELECT "displayName" FROM "user" WHERE id = ${actorId}::uuid) AS "actorName"
    ${CASE_FROM}
    JOIN "organization" o ON o.id = c."organizationId"
    WHERE c."organizationId" = ${organizationId}::uuid AND c.id = ${caseId}::uuid`;
  const row = rows[0];
  if (!row) throw new ApiError('NOT_FOUND', 'No such case');
  return row;
}
