import { Inject, Injectable } from '@nestjs/common';
import { ALIPAY_TIME_ZONE, type CaseState, type CaseType, isValidTimeZone } from '@waiji/domain';
import type { NotificationKind } from '@waiji/contract';
import { CONFIG, type Config } from '../config/config';
import { enqueueEmails, type OutboundDraft } from '../database/outbox';
import type { Tx } from '../database/tenant-database';
import { type AssignedCase, assignmentEmail, assignmentNotification } from '../notifications/assignment-content';
import { languageOf } from '../notifications/content';
import { channelsFor, type StaffMember } from '../reminders/reminder-recipients';
import { loadStaff } from '../reminders/reminder-statements';
import { quietHoursEnd } from '../scheduler/local-time';

// "You were assigned <case>": the new assignee hears of it in the app and, unless their email is OFF, by one email
// for the whole assignment (reminder-recipients.ts: channelsFor, as their own case), in the assignment's own
// transaction. Nobody is told of assigning a case to themselves.

/** Notification.kind of an assignment. */
export const ASSIGNED_NOTIFICATION: NotificationKind = 'ASSIGNED';

type AssignmentCaseRow = {
  id: string;
  type: CaseType;
  state: CaseState;
  passportName: string;
  organizationName: string;
  timezone: string;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
};

export type AssignmentPlan = {
  notifications: { caseId: string; userId: string; title: string; body: string }[];
  emails: OutboundDraft[];
};

/** Who hears of an assignment of `cases` to `assignee` by `actorId`, and what they are told (pure). */
export function planAssignmentNotices(
  cases: AssignmentCaseRow[],
  assignee: StaffMember | undefined,
  actor: { userId: string; displayName: string | null },
  now: Date,
  publicUrl: string,
): AssignmentPlan {
  const plan: AssignmentPlan = { notifications: [], emails: [] };
  const [first] = cases;
  if (!assignee || !first || assignee.userId === actor.userId) return plan;
  const language = languageOf(assignee.locale);
  const facts = { organizationName: first.organizationName, assignedBy: actor.displayName };
  const assigned: (AssignedCase & { id: string })[] = cases.map((row) => ({
    id: row.id,
    caseType: row.type,
    state: row.state,
    clientName: row.passportName,
    caseUrl: `${publicUrl}/cases/${row.id}`,
  }));
  const { inApp, email } = channelsFor(assignee, 'assignee');
  if (inApp) {
    for (const kase of assigned)
      plan.notifications.push({
        caseId: kase.id,
        userId: assignee.userId,
        ...assignmentNotification(kase, facts, language),
      });
  }
  if (email) {
    const zone = isValidTimeZone(first.timezone) ? first.timezone : ALIPAY_TIME_ZONE;
    plan.emails.push({
      key: `assigned.${assignee.userId}.${now.getTime()}.${first.id}`,
      address: assignee.email,
      ...assignmentEmail(assigned, facts, language),
      headers: {},
      at: first.quietHoursStart === null ? null : quietHoursEnd(now, zone, first.quietHoursStart, first.quietHoursEnd),
    });
  }
  return plan;
}

@Injectable()
export class AssignmentNotices {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  /** Tell `assigneeId` (null: nobody to tell) of the cases just assigned to them by `actorId`. */
  async afterAssign(
    tx: Tx,
    organizationId: string,
    caseIds: string[],
    assigneeId: string | null,
    actorId: string,
    now: Date,
  ): Promise<void> {
    if (!assigneeId || caseIds.length === 0 || assigneeId === actorId) return;
    const cases = await tx.$queryRaw<AssignmentCaseRow[]>`
      SELECT c.id, c.type, c.state, cl."passportName", o.name AS "organizationName", o.timezone,
             o."quietHoursStart", o."quietHoursEnd"
      FROM "case" c
      JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
      JOIN "organization" o ON o.id = c."organizationId"
      WHERE c."organizationId" = ${organizationId}::uuid AND c.id = ANY(${caseIds}::uuid[])
      ORDER BY cl."passportName", c.id`;
    const assignee = (await loadStaff(tx.sql, [organizationId])).find((member) => member.userId === assigneeId);
    const [actor] = await tx.$queryRaw<{ displayName: string | null }[]>`
      SELECT "displayName" FROM "user" WHERE id = ${actorId}::uuid`;
    const plan = planAssignmentNotices(
      cases,
      assignee,
      { userId: actorId, displayName: actor?.displayName ?? null },
      now,
      this.config.publicUrl,
    );
    if (plan.notifications.length > 0) {
      await tx.notification.createMany({
        data: plan.notifications.map((n) => ({ organizationId, kind: ASSIGNED_NOTIFICATION, createdAt: now, ...n })),
      });
    }
    await enqueueEmails(tx.sql, organizationId, plan.emails);
  }
}
