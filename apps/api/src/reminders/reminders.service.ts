import { Injectable } from '@nestjs/common';
import type {
  CreateReminderRequest,
  ReminderItem,
  ReminderList,
  ReminderStatusName,
  SnoozeReminderRequest,
} from '@waiji/contract';
import type { ReminderKind } from '@waiji/domain';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { appendEvent } from '../database/case-events';
import { effectiveDueAt, refreshNextDueAt } from '../database/next-due';
import { TenantDatabase, type Tx } from '../database/tenant-database';

type ReminderRow = {
  id: string;
  caseId: string;
  /** Text in the table; only the planner (a deadline's kind) and manual creation (MANUAL) write it. */
  kind: ReminderKind;
  key: string | null;
  audience: string;
  dueAt: Date;
  snoozedUntil: Date | null;
  status: 'PENDING' | 'CLAIMED' | 'SENT' | 'CANCELLED' | 'FAILED' | 'DISMISSED';
  manual: boolean;
  reason: string | null;
  reasonZh: string | null;
  createdById: string | null;
  sentAt: Date | null;
  createdAt: Date;
};

const statusName: Record<ReminderRow['status'], ReminderStatusName> = {
  PENDING: 'pending',
  CLAIMED: 'pending',
  SENT: 'sent',
  CANCELLED: 'cancelled',
  FAILED: 'failed',
  DISMISSED: 'dismissed',
};

/** A manual reminder may be at most this far ahead, and at most this far in the past (clock skew of the browser). */
const MAX_AHEAD_MS = 2 * 365 * 86_400_000;
const PAST_TOLERANCE_MS = 5 * 60_000;

function toItem(row: ReminderRow, caseSnoozedUntil: Date | null = null): ReminderItem {
  const audience = row.audience.toLowerCase();
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    key: row.key,
    audience: audience === 'client' || audience === 'both' ? audience : 'helper',
    dueAt: row.dueAt.toISOString(),
    snoozedUntil: row.snoozedUntil?.toISOString() ?? null,
    effectiveDueAt: effectiveDueAt(row, row.status === 'PENDING' ? caseSnoozedUntil : null).toISOString(),
    status: statusName[row.status],
    manual: row.manual,
    reason: row.reason,
    reasonZh: row.reasonZh,
    createdById: row.createdById,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const COLUMNS = `id, "caseId", kind, key, audience, "dueAt", "snoozedUntil", status, manual, reason, "reasonZh", "createdById", "sentAt", "createdAt"`;

/** A case's reminders: list, snooze, dismiss, add a manual one. Each change keeps case.nextDueAt in step. */
@Injectable()
export class RemindersService {
  constructor(private readonly db: TenantDatabase) {}

  list(auth: AuthContext, caseId: string): Promise<ReminderList> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const kase = await this.findCase(tx, auth, caseId);
      const rows = await tx.$queryRawUnsafe<ReminderRow[]>(
        `SELECT ${COLUMNS} FROM "reminder" WHERE "organizationId" = $1::uuid AND "caseId" = $2::uuid
          ORDER BY coalesce("snoozedUntil", "dueAt"), "createdAt", id`,
        auth.organizationId,
        caseId,
      );
      return {
        items: rows.map((row) => toItem(row, kase.snoozedUntil)),
        nextDueAt: kase.nextDueAt?.toISOString() ?? null,
      };
    });
  }

  create(auth: AuthContext, caseId: string, input: CreateReminderRequest): Promise<ReminderItem> {
    const dueAt = new Date(input.dueAt);
    const now = Date.now();
    if (dueAt.getTime() < now - PAST_TOLERANCE_MS)
      throw new ApiError('DOMAIN_RULE', 'dueAt is in the past', { field: 'dueAt' });
    if (dueAt.getTime() > now + MAX_AHEAD_MS)
      throw new ApiError('DOMAIN_RULE', 'dueAt is more than two years ahead', { field: 'dueAt' });
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await this.findCase(tx, auth, caseId);
      const [row] = await tx.$queryRawUnsafe<ReminderRow[]>(
        `INSERT INTO "reminder" ("organizationId", "caseId", kind, audience, "dueAt", reason, manual, "createdById", "updatedAt")
         VALUES ($1::uuid, $2::uuid, 'MANUAL', 'HELPER', $3::timestamptz, $4, true, $5::uuid, now())
         RETURNING ${COLUMNS}`,
        auth.organizationId,
        caseId,
        dueAt.toISOString(),
        input.note,
        auth.userId,
      );
      if (!row) throw new ApiError('INTERNAL', 'The reminder was not created');
      await this.afterChange(tx, auth, caseId, 'added', row, { dueAt: row.dueAt.toISOString(), note: input.note });
      return toItem(row);
    });
  }

  snooze(auth: AuthContext, caseId: string, reminderId: string, input: SnoozeReminderRequest): Promise<ReminderItem> {
    const until = new Date(input.until);
    if (until.getTime() <= Date.now())
      throw new ApiError('DOMAIN_RULE', 'until must be in the future', { field: 'until' });
    if (until.getTime() > Date.now() + MAX_AHEAD_MS)
      throw new ApiError('DOMAIN_RULE', 'until is more than two years ahead', { field: 'until' });
    return this.change(auth, caseId, reminderId, ['PENDING'], 'snoozed', (tx) =>
      tx.$queryRawUnsafe<ReminderRow[]>(
        `UPDATE "reminder" SET "snoozedUntil" = $3::timestamptz, "updatedAt" = now()
          WHERE "organizationId" = $1::uuid AND id = $2::uuid AND status = 'PENDING' RETURNING ${COLUMNS}`,
        auth.organizationId,
        reminderId,
        until.toISOString(),
      ),
    );
  }

  dismiss(auth: AuthContext, caseId: string, reminderId: string): Promise<ReminderItem> {
    return this.change(auth, caseId, reminderId, ['PENDING', 'SENT'], 'dismissed', (tx) =>
      tx.$queryRawUnsafe<ReminderRow[]>(
        `UPDATE "reminder" SET status = 'DISMISSED', "updatedAt" = now()
          WHERE "organizationId" = $1::uuid AND id = $2::uuid AND status IN ('PENDING', 'SENT') RETURNING ${COLUMNS}`,
        auth.organizationId,
        reminderId,
      ),
    );
  }

  private change(
    auth: AuthContext,
    caseId: string,
    reminderId: string,
    allowed: ReminderRow['status'][],
    operation: 'snoozed' | 'dismissed',
    write: (tx: Tx) => Promise<ReminderRow[]>,
  ): Promise<ReminderItem> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await this.findCase(tx, auth, caseId);
      const [current] = await tx.$queryRawUnsafe<{ status: ReminderRow['status'] }[]>(
        `SELECT status FROM "reminder" WHERE "organizationId" = $1::uuid AND "caseId" = $2::uuid AND id = $3::uuid FOR UPDATE`,
        auth.organizationId,
        caseId,
        reminderId,
      );
      if (!current) throw new ApiError('NOT_FOUND', 'No such reminder on this case');
      if (!allowed.includes(current.status)) {
        const why = current.status === 'CLAIMED' ? 'it is being sent right now' : `it is ${statusName[current.status]}`;
        throw new ApiError('CONFLICT', `The reminder cannot be ${operation}: ${why}`, {
          status: statusName[current.status],
        });
      }
      const [row] = await write(tx);
      if (!row) throw new ApiError('CONFLICT', `The reminder cannot be ${operation} now`);
      await this.afterChange(
        tx,
        auth,
        caseId,
        operation,
        row,
        operation === 'snoozed' ? { until: row.snoozedUntil?.toISOString() } : {},
      );
      return toItem(row);
    });
  }

  private async afterChange(
    tx: Tx,
    auth: AuthContext,
    caseId: string,
    operation: string,
    row: ReminderRow,
    data: Record<string, unknown>,
  ): Promise<void> {
    await refreshNextDueAt(tx, { organizationId: auth.organizationId, caseId });
    await appendEvent(tx, {
      organizationId: auth.organizationId,
      caseId,
      action: 'REMINDER',
      actorId: auth.userId,
      at: new Date(),
      data: { operation, reminderId: row.id, kind: row.kind, ...data },
    });
  }

  private async findCase(
    tx: Tx,
    auth: AuthContext,
    caseId: string,
  ): Promise<{ nextDueAt: Date | null; snoozedUntil: Date | null }> {
    const kase = await tx.case.findFirst({
      where: { id: caseId, organizationId: auth.organizationId },
      select: { nextDueAt: true, snoozedUntil: true },
    });
    if (!kase) throw new ApiError('NOT_FOUND', 'No such case');
    return kase;
  }
}
