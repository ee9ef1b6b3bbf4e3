import type { Pool } from 'pg';
import { hashPassword } from '../auth/passwords';
import { inTransaction } from './transaction';

export const DEMO_ORGANIZATION_ID = '00000000-0000-4000-8000-000000000001';
export const DEMO_USER_ID = '00000000-0000-4000-8000-000000000002';
export const DEMO_LOGIN = { email: 'demo@waiji.local', password: 'waiji-demo-helper' } as const;

/** Seeds the demo organization and its helper once; running it again changes nothing. */
export function seedDemo(pool: Pool): Promise<{ created: boolean }> {
  return inTransaction(pool, 'system', async (sql) => {
    const org = await sql.query(
      `INSERT INTO "organization" (id, name, kind, timezone, "updatedAt")
       VALUES ($1, 'Demo Relocation Agency', 'AGENCY', 'Asia/Shanghai', now())
       ON CONFLICT (id) DO NOTHING`,
      [DEMO_ORGANIZATION_ID],
    );
    if (org.rowCount === 1) {
      await sql.query(
        `INSERT INTO "user" (id, email, "displayName", "passwordHash", "emailVerifiedAt", locale, "updatedAt")
         VALUES ($1, $2, 'Demo Helper', $3, now(), 'en', now())
         ON CONFLICT (id) DO NOTHING`,
        [DEMO_USER_ID, DEMO_LOGIN.email, await hashPassword(DEMO_LOGIN.password)],
      );
      await sql.query(
        `INSERT INTO "membership" ("organizationId", "userId", role, "updatedAt") VALUES ($1, $2, 'OWNER', now())
         ON CONFLICT ("organizationId", "userId") DO NOTHING`,
        [DEMO_ORGANIZATION_ID, DEMO_USER_ID],
      );
    }
    return { created: org.rowCount === 1 };
  });
}
