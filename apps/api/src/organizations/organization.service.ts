import { Injectable } from '@nestjs/common';
import type { OrganizationSettings, UpdateOrganizationRequest } from '@waiji/contract';
import { TenantDatabase } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';

const settingsSelect = {
  id: true,
  name: true,
  kind: true,
  timezone: true,
  clientReportsApplyDirectly: true,
  createdAt: true,
} as const;

/**
 * Name, time zone and whether clients' reports apply directly (policy and quiet hours belong to the reminders
 * settings).
 */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  get(auth: AuthContext): Promise<OrganizationSettings> {
    return this.db.run(auth, async (tx) => {
      const row = await tx.organization.findUniqueOrThrow({
        where: { id: auth.organizationId },
        select: settingsSelect,
      });
      return { ...row, createdAt: row.createdAt.toISOString() };
    });
  }

  update(auth: AuthContext, input: UpdateOrganizationRequest): Promise<OrganizationSettings> {
    return this.db.run(auth, async (tx) => {
      const before = await tx.organization.findUniqueOrThrow({
        where: { id: auth.organizationId },
        select: settingsSelect,
      });
      const row = await tx.organization.update({
        where: { id: auth.organizationId },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
          ...(input.clientReportsApplyDirectly !== undefined
            ? { clientReportsApplyDirectly: input.clientReportsApplyDirectly }
            : {}),
        },
        select: settingsSelect,
      });
      await this.audit.recordBy(tx, auth, {
        action: 'organization.updated',
        targetType: 'organization',
        targetId: auth.organizationId,
        data: {
          before: {
            name: before.name,
            timezone: before.timezone,
            clientReportsApplyDirectly: before.clientReportsApplyDirectly,
          },
          after: { name: row.name, timezone: row.timezone, clientReportsApplyDirectly: row.clientReportsApplyDirectly },
        },
      });
      return { ...row, createdAt: row.createdAt.toISOString() };
    });
  }
}
