import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { signUp, type TestUser, useTestApp } from '../testing/kit';
import { createTenantObjects } from '../testing/tenant-objects';
import { TenantDatabase } from '../database/tenant-database';
import { sha256 } from './tokens';

jest.setTimeout(60_000);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Row-level security, the second wall: it holds even where the application's own filter is missing. */
describe('row-level security', () => {
  const kit = useTestApp({ sql: true });
  let a: TestUser;
  let b: TestUser;
  let tenantTables: string[];
  const ownerRole = `waiji_test_owner_${randomBytes(4).toString('hex')}`;
  const loginRole = `waiji_test_login_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    a = await signUp(kit.app, { organizationName: 'RLS Alpha' });
    b = await signUp(kit.app, { organizationName: 'RLS Bravo' });
    await createTenantObjects(kit.db.url, a.organizationId, a.me?.user.id ?? '', 'Rlsalpha');
    await createTenantObjects(kit.db.url, b.organizationId, b.me?.user.id ?? '', 'Rlsbravo');
    const tables = await kit.sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organizationId' ORDER BY table_name`,
    );
    tenantTables = tables.rows.map((row) => row.table_name);
  });
  afterAll(async () => {
    const admin = new Client({ connectionString: process.env['WAIJI_TEST_SERVER_URL'] });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${quote(ownerRole)}`);
    await admin.query(`DROP OWNED BY ${quote(loginRole)}`).catch(() => undefined);
    await admin.query(`DROP ROLE IF EXISTS ${quote(loginRole)}`);
    await admin.end();
  });

  it('is enabled and forced on every table with an organizationId, with a tenant policy for waiji_app', async () => {
    expect(tenantTables).toEqual(
      expect.arrayContaining([
        'client',
        'case',
        'case_event',
        'membership',
        'invitation',
        'audit_log',
        'session',
        'outbound_email',
      ]),
    );
    const rows = await kit.sql.query<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
      policy: string | null;
    }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
              (SELECT p.qual FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname AND 'waiji_app' = ANY (p.roles)) AS policy
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relname = ANY ($1::text[] || ARRAY['organization'])`,
      [tenantTables],
    );
    expect(rows.rows).toHaveLength(tenantTables.length + 1);
    for (const row of rows.rows) {
      expect({ table: row.relname, enabled: row.relrowsecurity, forced: row.relforcerowsecurity }).toEqual({
        table: row.relname,
        enabled: true,
        forced: true,
      });
      expect(row.policy).toContain('waiji_current_org()');
    }
  });

  it('runs request transactions as waiji_app, a role without BYPASSRLS that is no superuser', async () => {
    const tenant = kit.app.get(TenantDatabase);
    const who = await tenant.run(
      { organizationId: a.organizationId },
      (tx) =>
        tx.$queryRaw<{ current_user: string; org: string; rolbypassrls: boolean; rolsuper: boolean }[]>`
        SELECT current_user, current_setting('app.org_id') AS org, r.rolbypassrls, r.rolsuper FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(who[0]).toEqual({ current_user: 'waiji_app', org: a.organizationId, rolbypassrls: false, rolsuper: false });
    const roles = await kit.sql.query<{ rolname: string; rolbypassrls: boolean; rolsuper: boolean }>(
      `SELECT rolname, rolbypassrls, rolsuper FROM pg_roles WHERE rolname IN ('waiji_app', 'waiji_system') ORDER BY rolname`,
    );
    expect(roles.rows).toEqual([
      { rolname: 'waiji_app', rolbypassrls: false, rolsuper: false },
      { rolname: 'waiji_system', rolbypassrls: false, rolsuper: false },
    ]);
  });

  it('returns no foreign rows when the application filter is deliberately left out', async () => {
    const tenant = kit.app.get(TenantDatabase);
    // The first wall removed on purpose: no `where` at all.
    const clients = await tenant.run({ organizationId: a.organizationId }, (tx) => tx.client.findMany());
    expect(clients.length).toBeGreaterThan(0);
    expect(clients.every((client) => client.organizationId === a.organizationId)).toBe(true);
    expect(clients.some((client) => client.passportName.startsWith('Rlsbravo'))).toBe(false);
    const memberships = await tenant.run({ organizationId: a.organizationId }, (tx) => tx.membership.findMany());
    expect(memberships.map((m) => m.userId)).toEqual([a.me?.user.id]);

    // Every tenant table, by raw SQL: B's rows exist (superuser view) and none is visible to A's transaction.
    for (const table of tenantTables) {
      const total = await kit.sql.query<{ foreign: string }>(
        `SELECT count(*) FILTER (WHERE "organizationId" IS DISTINCT FROM $1) AS foreign FROM ${quote(table)}`,
        [a.organizationId],
      );
      const seen = await tenant
        .run({ organizationId: a.organizationId }, (tx) =>
          tx.$queryRawUnsafe<{ foreign: bigint }[]>(
            `SELECT count(*) FILTER (WHERE "organizationId" IS DISTINCT FROM $1::uuid) AS foreign FROM ${quote(table)}`,
            a.organizationId,
          ),
        )
        .catch((error: unknown) =>
          String(error).includes('permission denied') ? [{ foreign: BigInt(0) }] : Promise.reject(error),
        );
      expect({ table, foreignVisible: Number(seen[0]?.foreign) }).toEqual({ table, foreignVisible: 0 });
      if (['client', 'case', 'note', 'reminder', 'membership', 'audit_log'].includes(table))
        expect(Number(total.rows[0]?.foreign)).toBeGreaterThan(0);
    }
  });

  it('refuses to write another organization’s rows, and updates without a filter touch only the own organization', async () => {
    const tenant = kit.app.get(TenantDatabase);
    await expect(
      tenant.run({ organizationId: a.organizationId }, (tx) =>
        tx.client.create({ data: { organizationId: b.organizationId, passportName: 'Smuggled' } }),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await tenant.run({ organizationId: a.organizationId }, (tx) =>
      tx.client.updateMany({ data: { notes: 'touched by A' } }),
    );
    const touched = await kit.sql.query<{ organizationId: string }>(
      `SELECT DISTINCT "organizationId" FROM "client" WHERE notes = 'touched by A'`,
    );
    expect(updated.count).toBeGreaterThan(0);
    expect(touched.rows.map((row) => row.organizationId)).toEqual([a.organizationId]);
    const deleted = await tenant.run({ organizationId: a.organizationId }, (tx) =>
      tx.note.deleteMany({ where: { organizationId: b.organizationId } }),
    );
    expect(deleted.count).toBe(0);
  });

  it('shows nothing to waiji_app when no organization is set', async () => {
    await kit.sql.query('BEGIN');
    await kit.sql.query(`SELECT set_config('role', 'waiji_app', true)`);
    const rows = await kit.sql.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM "client") + (SELECT count(*) FROM "case") + (SELECT count(*) FROM "membership") AS n`,
    );
    await kit.sql.query('ROLLBACK');
    expect(Number(rows.rows[0]?.n)).toBe(0);
  });

  it('binds the table owner too (FORCE): a connection that sets no role sees no tenant rows', async () => {
    // The tests connect as a superuser, which bypasses RLS always; production connects as an ordinary owner.
    // Make an ordinary (NOSUPERUSER NOBYPASSRLS) role the owner of the tenant tables in this test database.
    await kit.sql.query(`CREATE ROLE ${quote(ownerRole)} NOLOGIN NOSUPERUSER NOBYPASSRLS`);
    await kit.sql.query(`GRANT CREATE, USAGE ON SCHEMA public TO ${quote(ownerRole)}`);
    for (const table of [...tenantTables, 'organization'])
      await kit.sql.query(`ALTER TABLE ${quote(table)} OWNER TO ${quote(ownerRole)}`);
    const count = async () => {
      const rows = await kit.sql.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM "client") + (SELECT count(*) FROM "organization") + (SELECT count(*) FROM "audit_log") AS n`,
      );
      return Number(rows.rows[0]?.n);
    };
    await kit.sql.query('BEGIN');
    await kit.sql.query(`SET LOCAL ROLE ${quote(ownerRole)}`);
    expect(await count()).toBe(0);
    await kit.sql.query('ROLLBACK');
    // The control: without FORCE the same owner would see everything.
    await kit.sql.query('BEGIN');
    for (const table of ['client', 'organization', 'audit_log'])
      await kit.sql.query(`ALTER TABLE ${quote(table)} NO FORCE ROW LEVEL SECURITY`);
    await kit.sql.query(`SET LOCAL ROLE ${quote(ownerRole)}`);
    expect(await count()).toBeGreaterThan(0);
    await kit.sql.query('ROLLBACK');
  });

  it('looks sessions up only through waiji_find_session, which runs as waiji_system and is closed to request roles', async () => {
    const token = a.cookie ?? '';
    expect(token).not.toBe('');
    const definition = await kit.sql.query<{ prosecdef: boolean; owner: string }>(
      `SELECT prosecdef, pg_get_userbyid(proowner) AS owner FROM pg_proc WHERE proname = 'waiji_find_session'`,
    );
    expect(definition.rows).toEqual([{ prosecdef: true, owner: 'waiji_system' }]);

    // An ordinary login role (no superuser, no BYPASSRLS) with only EXECUTE: the function finds the session,
    // the table itself stays closed to it.
    await kit.sql.query(`CREATE ROLE ${quote(loginRole)} NOLOGIN NOSUPERUSER NOBYPASSRLS`);
    await kit.sql.query(`GRANT EXECUTE ON FUNCTION waiji_find_session(text, int) TO ${quote(loginRole)}`);
    await kit.sql.query('BEGIN');
    await kit.sql.query(`SET LOCAL ROLE ${quote(loginRole)}`);
    const found = await kit.sql.query<{ email: string; organizationId: string; role: string }>(
      `SELECT email, "organizationId", role FROM waiji_find_session($1, 60)`,
      [sha256(token)],
    );
    const unknown = await kit.sql.query(`SELECT * FROM waiji_find_session($1, 60)`, [sha256('not a token')]);
    await kit.sql.query('ROLLBACK');
    expect(found.rows).toEqual([{ email: a.me?.user.email, organizationId: a.organizationId, role: 'OWNER' }]);
    expect(unknown.rows).toEqual([]);
    await kit.sql.query('BEGIN');
    await kit.sql.query(`SET LOCAL ROLE ${quote(loginRole)}`);
    await expect(kit.sql.query(`SELECT count(*) FROM "session"`)).rejects.toThrow(/permission denied/);
    await kit.sql.query('ROLLBACK');

    // A request transaction (waiji_app) cannot call it at all.
    await kit.sql.query('BEGIN');
    await kit.sql.query(`SELECT set_config('role', 'waiji_app', true), set_config('app.org_id', $1, true)`, [
      a.organizationId,
    ]);
    await expect(kit.sql.query(`SELECT * FROM waiji_find_session($1, 60)`, [sha256(token)])).rejects.toThrow(
      /permission denied for function/,
    );
    await kit.sql.query('ROLLBACK');
  });
});
