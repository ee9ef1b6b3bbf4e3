import type { BulkPortalInvitationResponse } from '@waiji/contract';
import type { AuthContext } from '../../auth/auth-context';
import { TenantDatabase } from '../../database/tenant-database';
import type { InvitationsService } from '../../organizations/invitations.service';

/**
 * An import's `invitePortal`: before the commit, the References of the clients it will create (staged rows naming
 * no stored client); afterwards, the clients made with them, in the file's order, invited to the portal through the
 * same bulk invitation as a selection (which skips those without an email and keeps the daily allowance).
 */
export async function portalInvitationsAfterCommit(
  db: TenantDatabase,
  invitations: InvitationsService,
  auth: AuthContext,
  jobId: string,
): Promise<() => Promise<BulkPortalInvitationResponse>> {
  await invitations.assertMayInvite(auth);
  const org = auth.organizationId;
  const refs = await db.run({ organizationId: org }, async (tx) =>
    (
      await tx.$queryRaw<{ ref: string }[]>`
        SELECT r.data->>'externalRef' AS ref FROM "import_row" r
        WHERE r."organizationId" = ${org}::uuid AND r."importJobId" = ${jobId}::uuid
          AND r.data->>'clientId' IS NULL AND r.data->>'externalRef' IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "client" c WHERE c."organizationId" = ${org}::uuid AND c."externalRef" = r.data->>'externalRef')
        GROUP BY 1 ORDER BY min(r.line)`
    ).map((row) => row.ref),
  );
  return async () => {
    const clientIds = await db.run({ organizationId: org }, async (tx) =>
      refs.length === 0
        ? []
        : (
            await tx.$queryRaw<{ id: string }[]>`
              SELECT id FROM "client" WHERE "organizationId" = ${org}::uuid AND "externalRef" = ANY(${refs}::text[])
              ORDER BY array_position(${refs}::text[], "externalRef")`
          ).map((row) => row.id),
    );
    return invitations.invitePortal(auth, { clientIds });
  };
}
