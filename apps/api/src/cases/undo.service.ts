import { Injectable } from '@nestjs/common';
import { bankCodes, caseStates, oneOf, reasonCodes } from '@waiji/domain';
import type { UndoRequest, UndoResponse } from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { appendEvent, type EventRow } from '../database/case-events';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { replaceReminders } from '../reminders/reminder-planner';
import { lowerTierOnUndo } from './account-tier';
import { type CaseRow, loadCase, loadForTransition, toCaseResponse, toTimelineEntry } from './case-rows';
import { ClientNotices } from './client-notices';
import { reopenProposal } from './proposals.service';
import { type CaseBefore, conflictDetails, stale } from './transitions.service';
import { judgeUndo, type LastChange } from './undo-rules';
import { recordWebhookEvent, stateChangedPayload } from '../webhooks/webhook-events';

type LastEntry = Pick<EventRow, 'id' | 'action' | 'actorId' | 'actorName' | 'at' | 'data'> & { versionAfter: number };

const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isDateOrNull = (value: unknown): value is string | null => value === null || isDate(value);

/** The `before` a transition recorded (transitions.service.ts), or undefined when it is missing or malformed. */
function recordedBefore(data: Record<string, unknown>): CaseBefore | undefined {
  const before = data['before'];
  if (before === null || typeof before !== 'object') return undefined;
  const b = before as Record<string, unknown>;
  const ok =
    oneOf(caseStates, b['state']) &&
    isDate(b['stateEnteredAt']) &&
    typeof b['attempt'] === 'number' &&
    Number.isInteger(b['attempt']) &&
    isDateOrNull(b['submittedAt']) &&
    (b['bank'] === null || oneOf(bankCodes, b['bank'])) &&
    (b['cardLast4'] === null || typeof b['cardLast4'] === 'string') &&
    isDateOrNull(b['retryAfter']) &&
    (b['lastReasonCode'] === null || oneOf(reasonCodes, b['lastReasonCode']));
  return ok ? (b as CaseBefore) : undefined;
}

const toLastChange = (entry: LastEntry | undefined): LastChange | null =>
  entry
    ? {
        action: entry.action,
        version: entry.versionAfter,
        at: entry.at,
        actorId: entry.actorId,
        actorName: entry.actorName,
        undoable: recordedBefore(entry.data) !== undefined,
      }
    : null;

/**
 * POST /cases/:id/undo: takes back the case's last transition (undo-rules.ts says which and by whom). The case gets
 * the values the transition recorded as `before`, a new version, and an UNDO entry on its timeline (the timeline is
 * append-only: the undone transition stays, the planner and the portal skip it); its reminders are planned again
 * from the restored state (a key already sent stays sent); the client's notices of the undone change are withdrawn
 * (client-notices.ts afterUndo); a client report the transition came from is pending again; the audit log records
 * who undid what.
 */
@Injectable()
export class UndoService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly notices: ClientNotices,
  ) {}

  undo(auth: AuthContext, caseId: string, input: UndoRequest): Promise<UndoResponse> {
    const now = new Date();
    return this.db.run(auth, async (tx) => {
      // The row lock orders us after (or before) any transition of the same case.
      const current = await loadCase(tx.sql, auth.organizationId, caseId, { forUpdate: true });
      if (current.archivedAt) throw new ApiError('DOMAIN_RULE', 'The case is archived; restore it first');
      if (current.version !== input.version) throw stale(current);
      const entry = await lastEntry(tx, auth.organizationId, current);
      const verdict = judgeUndo(toLastChange(entry), auth, now);
      const before = entry ? recordedBefore(entry.data) : undefined;
      if (!verdict.ok || !entry || !before) {
        const code = verdict.ok ? 'NOTHING_TO_UNDO' : verdict.code;
        const message = verdict.ok ? 'The transition did not record what it changed' : verdict.message;
        throw new ApiError(code, message, { ...conflictDetails(current), undo: verdict.undo });
      }
      // Transitions recorded before issue 18 carry no card network, country or declines: those stay as they are.
      const hasCard = typeof before.cardDeclines === 'number';
      const moved = await tx.sql.$queryRaw<{ version: number }[]>`
        UPDATE "case" SET state = ${before.state}::"CaseState", "stateEnteredAt" = ${new Date(before.stateEnteredAt)},
               attempt = ${before.attempt}, "submittedAt" = ${before.submittedAt}::timestamptz, bank = ${before.bank},
               "cardLast4" = ${before.cardLast4}, "retryAfter" = ${before.retryAfter}::timestamptz,
               "lastReasonCode" = ${before.lastReasonCode},
               "cardNetwork" = CASE WHEN ${hasCard} THEN ${before.cardNetwork ?? null} ELSE "cardNetwork" END,
               "cardIssuingCountry" = CASE WHEN ${hasCard} THEN ${before.cardIssuingCountry ?? null} ELSE "cardIssuingCountry" END,
               "cardDeclines" = CASE WHEN ${hasCard} THEN ${before.cardDeclines ?? 0}::int ELSE "cardDeclines" END,
               version = version + 1, "updatedAt" = ${now}
        WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${caseId}::uuid AND version = ${input.version}
        RETURNING version`;
      const versionAfter = moved[0]?.version;
      if (versionAfter === undefined) throw stale(await loadCase(tx.sql, auth.organizationId, caseId));
      const event = await appendEvent(tx.sql, {
        organizationId: auth.organizationId,
        caseId,
        action: 'UNDO',
        fromState: current.state,
        toState: before.state,
        actorId: auth.userId,
        at: now,
        versionAfter,
        data: {
          undoneVersion: entry.versionAfter,
          undoneAction: entry.action,
          undoneEventId: entry.id,
          undoneBy: entry.actorId,
          attempt: before.attempt,
        },
      });
      await recordWebhookEvent(
        tx.sql,
        auth.organizationId,
        'case.state_changed',
        stateChangedPayload(current, event, versionAfter, { undoneVersion: entry.versionAfter }),
        event.id,
      );
      // An approval that raised the client's account tier: the tier goes back down (account-tier.ts says how far).
      const tierLowered = await lowerTierOnUndo(
        tx.sql,
        auth.organizationId,
        { caseId, clientId: current.clientId, data: entry.data },
        now,
      );
      // The planner reads the restored row and skips the undone transition (reminder-planner.ts).
      await replaceReminders(tx.sql, { organizationId: auth.organizationId, caseId }, now);
      const restored = await loadForTransition(tx.sql, auth.organizationId, caseId, auth.userId);
      await this.notices.afterUndo(
        tx.sql,
        auth.organizationId,
        restored,
        { ...event, undoneVersion: entry.versionAfter },
        now,
      );
      // A confirmed client report (or one applied as it was made) goes back to the helpers to decide again.
      const proposalId = entry.data['proposalId'];
      const reopened =
        typeof proposalId === 'string'
          ? await reopenProposal(tx.sql, auth.organizationId, caseId, proposalId, entry.versionAfter)
          : undefined;
      await this.audit.recordBy(tx, auth, {
        action: 'case.transition_undone',
        targetType: 'case',
        targetId: caseId,
        data: {
          undoneAction: entry.action,
          undoneVersion: entry.versionAfter,
          undoneBy: entry.actorId,
          fromState: current.state,
          toState: before.state,
          versionAfter,
          ...(tierLowered ? { tierLowered } : {}),
          ...(reopened ? { reopenedProposalId: reopened.id, reopenedProposalKind: reopened.kind } : {}),
        },
      });
      const row: CaseRow = await loadCase(tx.sql, auth.organizationId, caseId);
      return { case: toCaseResponse(row, auth, now), event: toTimelineEntry(event) };
    });
  }
}

/** The timeline entry that produced the case's current version (a transition, an undo, or the creation). */
async function lastEntry(tx: Tx, organizationId: string, current: CaseRow): Promise<LastEntry | undefined> {
  const rows = await tx.sql.$queryRaw<LastEntry[]>`
    SELECT e.id, e.action, e."actorId", u."displayName" AS "actorName", e.at, e.data, e."versionAfter"
    FROM "case_event" e LEFT JOIN "user" u ON u.id = e."actorId"
    WHERE e."organizationId" = ${organizationId}::uuid AND e."caseId" = ${current.id}::uuid
      AND e."versionAfter" = ${current.version}`;
  return rows[0];
}
