import type { Pool } from 'pg';
import { hashPassword } from '../auth/passwords';

export const DEMO_ORGANIZATION_ID = '00000000-0000-4000-8000-000000000001';
export const DEMO_USER_ID = '00000000-0000-4000-8000-000000000002';
export const DEMO_LOGIN = { email: 'demo@waiji.local', password: 'waiji-demo-helper' } as const;

/** Seeds the demo organization and its helper once; running it again changes nothing. */
export async function seedDemo(pool: Pool): Promise<{ created: boolean }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('role', 'waiji_system', true)`);
    const org = await client.query(
      `INSERT INTO "organization" (id, name, kind, timezone, "updatedAt")
       VALUES ($1, 'Demo Relocation Agency', 'AGENCY', 'Asia/Shanghai', now())
       ON CONFLICT (id) DO NOTHING`,
      [DEMO_ORGANIZATION_ID],
    );
    if (org.rowCount === 1) {
      await client.query(
        `INSERT INTO "user" (id, email, "displayName", "passwordHash", "emailVerifiedAt", locale, "updatedAt")
         VALUES ($1, $2, 'Demo Helper', $3, now(), 'en', now())
         ON CONFLICT (id) DO NOTHING`,
        [DEMO_USER_ID, DEMO_LOGIN.email, await hashPassword(DEMO_LOGIN.password)],
      );
      await client.query(
        `INSERT INTO "membership" ("organizationId", "userId", role, "updatedAt") VALUES ($1, $2, 'OWNER', now())
         ON CONFLICT ("organizationId", "userId") DO NOTHING`,
        [DEMO_ORGANIZATION_ID, DEMO_USER_ID],
      );
    }
    await client.query('COMMIT');
    return { created: org.rowCount === 1 };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
