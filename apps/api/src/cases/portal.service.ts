import { Injectable } from '@nestjs/common';
import { type ClientTimelineAction, clientTimelineActions, nextSteps, oneOf } from '@waiji/domain';
import type { PortalCaseDetailResponse, PortalCaseListResponse, PortalCaseResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import type { EventRow } from '../database/case-events';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { snapshotOf } from '../reminders/reminder-snapshot';
import { CASE_COLUMNS, CASE_FROM, type CaseRow, interpretStored, loadCase } from './case-rows';
import { portalDeadlines } from './portal-deadlines';
import { caseEvents, conversationMessageOf } from './timeline.service';

function toPortalCase(row: CaseRow, now: Date): PortalCaseResponse {
  return {
    id: row.id,
    type: row.type,
    state: row.state,
    attempt: row.attempt,
    stateEnteredAt: row.stateEnteredAt.toISOString(),
    retryAfter: row.retryAfter?.toISOString() ?? null,
    nextDueAt: row.nextDueAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    nextSteps: nextSteps(snapshotOf(row), now),
  };
}

/** The client record a portal request may see: only a CLIENT member's own (staff use /api/cases). */
export function portalClientOf(auth: AuthContext): string {
  if (auth.role !== 'CLIENT')
    throw new ApiError('FORBIDDEN', 'The portal is for clients; staff use /api/cases', { reason: 'ROLE' });
  if (!auth.clientId) throw new ApiError('NOT_FOUND', 'No client record is linked to this account');
  return auth.clientId;
}

/** The client portal: a CLIENT member reads only the cases of their own client record; anything else is 404. */
@Injectable()
export class PortalService {
  constructor(private readonly db: TenantDatabase) {}

  list(auth: AuthContext): Promise<PortalCaseListResponse> {
    const now = new Date();
    const clientId = this.clientOf(auth);
    return this.db.run({ organizationId: auth.organizationId }, async (tx: Tx) => {
      const rows = await tx.$queryRaw<CaseRow[]>`
        SELECT ${CASE_COLUMNS} ${CASE_FROM}
        WHERE c."organizationId" = ${auth.organizationId}::uuid AND c."clientId" = ${clientId}::uuid AND c."archivedAt" IS NULL
        ORDER BY c."updatedAt" DESC, c.id DESC
        LIMIT 100`;
      return { items: rows.map((row) => toPortalCase(row, now)) };
    });
  }

  get(auth: AuthContext, caseId: string): Promise<PortalCaseDetailResponse> {
    const now = new Date();
    const clientId = this.clientOf(auth);
    return this.db.run({ organizationId: auth.organizationId }, async (tx: Tx) => {
      const row = await loadCase(tx, auth.organizationId, caseId, { clientId });
      if (row.archivedAt) throw new ApiError('NOT_FOUND', 'No such case');
      const events = await caseEvents(tx, auth.organizationId, caseId);
      // A transition a helper undid (a mis-click) never happened for the client; the UNDO itself is staff-only.
      const undone = new Set(
        events.filter((event) => event.action === 'UNDO').map((event) => event.data['undoneVersion']),
      );
      const timeline = events
        .filter(
          (event): event is EventRow & { action: ClientTimelineAction } =>
            oneOf(clientTimelineActions, event.action) && !undone.has(event.versionAfter),
        )
        .map((event) => ({
          id: event.id,
          action: event.action,
          fromState: event.fromState,
          toState: event.toState,
          at: event.at.toISOString(),
          reasonCode: event.reasonCode,
          originalMessage: event.originalMessage,
          interpretations: interpretStored(event.originalMessage, event.data, event.at),
          ...(event.action === 'CONVERSATION' ? { message: conversationMessageOf(event) } : {}),
        }));
      return { ...toPortalCase(row, now), timeline, deadlines: await portalDeadlines(tx, auth.organizationId, caseId) };
    });
  }

  private clientOf(auth: AuthContext): string {
    return portalClientOf(auth);
  }
}
