import { Injectable } from '@nestjs/common';
import { defaultPolicy, isValidTimeZone, type Policy, policyFields, validatePolicy } from '@waiji/domain';
import type { OrganizationPolicyRequest, OrganizationPolicyResponse, PolicyOverrides } from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { clockToMinutes, minutesToClock } from '../scheduler/local-time';
import { replanCases } from './reminder-planner';
import { organizationPolicy } from './reminder-snapshot';

/** Open cases re-planned per transaction after a policy change: bounded transactions, bounded memory. */
export const REPLAN_BATCH = 200;

type OrganizationRow = {
  timezone: string;
  policy: unknown;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  documentRetentionDays: number;
};

function overridesOf(stored: unknown): PolicyOverrides {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const record = stored as Record<string, unknown>;
  return Object.fromEntries(
    policyFields.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]),
  ) as PolicyOverrides;
}

/** Organization settings for deadlines: durations of the domain's policy, quiet hours for email, time zone. */
@Injectable()
export class PolicyService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  get(auth: AuthContext): Promise<OrganizationPolicyResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) =>
      this.describe(await this.load(tx, auth.organizationId)),
    );
  }

  /**
   * Saves the settings, then recomputes the pending reminders of every open case in batches of REPLAN_BATCH
   * cases, one transaction each (the planner keeps sent, dismissed and manual reminders as they are).
   */
  async update(auth: AuthContext, input: OrganizationPolicyRequest): Promise<OrganizationPolicyResponse> {
    if (!isValidTimeZone(input.timeZone)) {
      throw new ApiError('VALIDATION_FAILED', 'timeZone must be an IANA time zone such as Asia/Shanghai', {
        issues: [{ field: 'timeZone', message: 'unknown time zone' }],
      });
    }
    const checked = validatePolicy({ ...input.policy, timeZone: input.timeZone });
    if (!checked.ok) {
      throw new ApiError('VALIDATION_FAILED', `Invalid policy: ${checked.error.message}`, {
        issues: [{ field: `policy.${checked.error.field}`, message: checked.error.message }],
      });
    }
    const quiet = input.quietHours
      ? { start: clockToMinutes(input.quietHours.start), end: clockToMinutes(input.quietHours.end) }
      : null;
    const caseIds = await this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const before = await this.load(tx, auth.organizationId);
      await tx.organization.update({
        where: { id: auth.organizationId },
        data: {
          timezone: input.timeZone,
          policy: input.policy,
          quietHoursStart: quiet?.start ?? null,
          quietHoursEnd: quiet?.end ?? null,
          ...(input.documentRetentionDays !== undefined ? { documentRetentionDays: input.documentRetentionDays } : {}),
        },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'organization.policy_updated',
        targetType: 'organization',
        targetId: auth.organizationId,
        data: {
          before: {
            timeZone: before.timezone,
            policy: overridesOf(before.policy),
            quietHoursStart: before.quietHoursStart,
            quietHoursEnd: before.quietHoursEnd,
            documentRetentionDays: before.documentRetentionDays,
          },
          after: { ...input },
        },
      });
      const open = await tx.case.findMany({
        where: { organizationId: auth.organizationId, archivedAt: null, state: { not: 'APPROVED' } },
        select: { id: true },
        orderBy: { id: 'asc' },
      });
      return open.map((c) => c.id);
    });
    for (let start = 0; start < caseIds.length; start += REPLAN_BATCH) {
      const batch = caseIds.slice(start, start + REPLAN_BATCH);
      await this.db.run({ organizationId: auth.organizationId }, (tx) => replanCases(tx, auth.organizationId, batch), {
        timeout: 60_000,
      });
    }
    const response = await this.get(auth);
    return { ...response, replannedCases: caseIds.length };
  }

  private async load(tx: Tx, organizationId: string): Promise<OrganizationRow> {
    const row = await tx.organization.findUnique({
      where: { id: organizationId },
      select: { timezone: true, policy: true, quietHoursStart: true, quietHoursEnd: true, documentRetentionDays: true },
    });
    if (!row) throw new ApiError('NOT_FOUND', 'No such organization');
    return row;
  }

  private describe(row: OrganizationRow): OrganizationPolicyResponse {
    const effective: Policy = organizationPolicy(row.timezone, row.policy);
    return {
      timeZone: row.timezone,
      quietHours:
        row.quietHoursStart !== null && row.quietHoursEnd !== null
          ? { start: minutesToClock(row.quietHoursStart), end: minutesToClock(row.quietHoursEnd) }
          : null,
      policy: overridesOf(row.policy),
      effective,
      defaults: { ...defaultPolicy, timeZone: row.timezone },
      documentRetentionDays: row.documentRetentionDays,
    };
  }
}
