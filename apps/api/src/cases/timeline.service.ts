import { Injectable } from '@nestjs/common';
import type { CreateNoteRequest, PortalTimelineMessage, TimelineEntry, TimelineResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { appendEvent, type EventRow } from '../database/case-events';
import { loadCase, toTimelineEntry } from './case-rows';

/**
 * Every timeline entry of a case, oldest first (both tables are append-only): its events, and the messages of its
 * conversation as CONVERSATION entries (data: body, fromClient; the actor is the author).
 */
export async function caseEvents(tx: Tx, organizationId: string, caseId: string): Promise<EventRow[]> {
  return tx.$queryRaw<EventRow[]>`
    SELECT e.id, e.action, e."fromState", e."toState", e."actorId", u."displayName" AS "actorName", e.at, e."versionAfter",
           e."reasonCode", e."originalMessage", e.data
    FROM "case_event" e LEFT JOIN "user" u ON u.id = e."actorId"
    WHERE e."organizationId" = ${organizationId}::uuid AND e."caseId" = ${caseId}::uuid
    UNION ALL
    SELECT m.id, 'CONVERSATION', NULL, NULL, m."authorId", u."displayName", m."createdAt", NULL, NULL, NULL,
           jsonb_build_object('body', m.body, 'fromClient', m."fromClient")
    FROM "case_message" m LEFT JOIN "user" u ON u.id = m."authorId"
    WHERE m."organizationId" = ${organizationId}::uuid AND m."caseId" = ${caseId}::uuid
    ORDER BY at, "versionAfter" NULLS LAST, id`;
}

/** A CONVERSATION entry's message as the portal's timeline shows it. */
export function conversationMessageOf(event: EventRow): PortalTimelineMessage {
  return {
    body: typeof event.data['body'] === 'string' ? event.data['body'] : '',
    fromClient: event.data['fromClient'] === true,
    authorName: event.actorName,
  };
}

@Injectable()
export class TimelineService {
  constructor(private readonly db: TenantDatabase) {}

  events(auth: AuthContext, caseId: string): Promise<TimelineResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await loadCase(tx, auth.organizationId, caseId);
      return { items: (await caseEvents(tx, auth.organizationId, caseId)).map(toTimelineEntry) };
    });
  }

  addNote(auth: AuthContext, caseId: string, input: CreateNoteRequest): Promise<TimelineEntry> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await loadCase(tx, auth.organizationId, caseId);
      const note = await tx.note.create({
        data: { organizationId: auth.organizationId, caseId, authorId: auth.userId, body: input.body, createdAt: now },
        select: { id: true },
      });
      const event = await appendEvent(tx, {
        organizationId: auth.organizationId,
        caseId,
        action: 'NOTE',
        actorId: auth.userId,
        at: now,
        data: { noteId: note.id, body: input.body },
      });
      return toTimelineEntry(event);
    });
  }
}
