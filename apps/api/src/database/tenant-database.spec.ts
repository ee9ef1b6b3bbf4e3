import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { signUp, type TestUser, useTestApp } from '../testing/kit';
import { DatabasePool, PrismaService } from './prisma.service';
import { TenantDatabase } from './tenant-database';

jest.setTimeout(60_000);

/** The one transaction API: Prisma and hand SQL in one transaction, bound to a tenant or the system role. */
describe('TenantDatabase', () => {
  const kit = useTestApp();
  let database: TenantDatabase;
  let owner: TestUser;
  let scope: { organizationId: string };

  beforeAll(async () => {
    database = kit.app.get(TenantDatabase);
    owner = await signUp(kit.app, { organizationName: 'Transactions' });
    scope = { organizationId: owner.organizationId };
  });

  /** Statements the app sends to PostgreSQL while `work` runs (each query is one round trip). */
  async function statements<T>(work: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
    const query = jest.spyOn(Client.prototype, 'query');
    try {
      const result = await work();
      const sent = query.mock.calls.map(([config]) =>
        typeof config === 'string' ? config : (config as { text: string }).text,
      );
      return { result, sent };
    } finally {
      query.mockRestore();
    }
  }

  it('binds a tenant transaction with BEGIN in one round trip; hand SQL alone never starts Prisma', async () => {
    const prismaTransaction = jest.spyOn(kit.app.get(PrismaService), '$transaction');
    const { result, sent } = await statements(() =>
      database.run(
        scope,
        async (tx) =>
          tx.sql.$queryRaw<
            { role: string; org: string }[]
          >`SELECT current_setting('role') AS role, current_setting('app.org_id') AS org`,
      ),
    );
    expect(result).toEqual([{ role: 'waiji_app', org: scope.organizationId }]);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(
      /^BEGIN; SELECT set_config\('role', 'waiji_app', true\), set_config\('app.org_id', '[0-9a-f-]{36}', true\)$/,
    );
    expect(sent[2]).toBe('COMMIT');
    expect(prismaTransaction).not.toHaveBeenCalled();
    prismaTransaction.mockRestore();
  });

  it('runs Prisma and hand SQL on the same connection, in the same transaction, with no extra round trip', async () => {
    const { result, sent } = await statements(() =>
      database.run(scope, async (tx) => {
        const [prisma] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        const [sql] = await tx.sql.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        const organization = await tx.organization.findUniqueOrThrow({
          where: { id: scope.organizationId },
          select: { name: true },
        });
        return { same: prisma?.pid === sql?.pid, name: organization.name };
      }),
    );
    expect(result).toEqual({ same: true, name: 'Transactions' });
    // BEGIN + binding, the three queries, COMMIT: Prisma sends no BEGIN or COMMIT of its own.
    expect(sent).toHaveLength(5);
    expect(sent.filter((text) => /^(BEGIN|COMMIT|ROLLBACK)/.test(text))).toHaveLength(2);
  });

  it('rolls back what both wrote when the work fails', async () => {
    const attempt = database.run(scope, async (tx) => {
      await tx.savedView.create({
        data: { organizationId: scope.organizationId, userId: owner.me?.user.id ?? '', name: 'by prisma', filters: {} },
      });
      await tx.sql.query(
        `INSERT INTO "saved_view" ("organizationId", "userId", name, filters) VALUES ($1, $2, 'by sql', '{}')`,
        [scope.organizationId, owner.me?.user.id],
      );
      const [seen] = await tx.sql.$queryRaw<
        { count: number }[]
      >`SELECT count(*)::int AS count FROM "saved_view" WHERE name LIKE 'by %'`;
      expect(seen?.count).toBe(2);
      throw new Error('changed my mind');
    });
    await expect(attempt).rejects.toThrow('changed my mind');
    const left = await database.run(scope, (tx) => tx.savedView.count({ where: { name: { startsWith: 'by ' } } }));
    expect(left).toBe(0);
  });

  it('rolls back the hand SQL too when Prisma times out', async () => {
    const attempt = database.run(
      scope,
      async (tx) => {
        await tx.sql.query(
          `INSERT INTO "saved_view" ("organizationId", "userId", name, filters) VALUES ($1, $2, 'too slow', '{}')`,
          [scope.organizationId, owner.me?.user.id],
        );
        await tx.savedView.count();
        await sleep(300);
      },
      { timeout: 100 },
    );
    await expect(attempt).rejects.toThrow(/expired|timed? ?out|closed/i);
    expect(await database.run(scope, (tx) => tx.savedView.count({ where: { name: 'too slow' } }))).toBe(0);
  });

  it('refuses writes in a read-only transaction', async () => {
    await expect(
      database.run(scope, (tx) => tx.sql.query(`UPDATE "organization" SET name = name`), { readOnly: true }),
    ).rejects.toThrow(/read-only/);
  });

  it('runs system transactions as waiji_system, and Prisma only inside TenantDatabase', async () => {
    const role = await database.system(async (tx) => {
      const [viaSql] = await tx.sql.$queryRaw<{ role: string }[]>`SELECT current_setting('role') AS role`;
      const [viaPrisma] = await tx.$queryRaw<{ role: string }[]>`SELECT current_setting('role') AS role`;
      return [viaSql?.role, viaPrisma?.role];
    });
    expect(role).toEqual(['waiji_system', 'waiji_system']);
    await expect(kit.app.get(PrismaService).$transaction((tx) => tx.organization.count())).rejects.toThrow(
      /TenantDatabase/,
    );
  });

  it('commits each statement of a system session at once and resets the role before the connection goes back', async () => {
    const name = `session ${Date.now()}`;
    const seenOutside = await database.session(async (sql) => {
      const [role] = (await sql.query<{ role: string }>(`SELECT current_setting('role') AS role`)).rows;
      expect(role?.role).toBe('waiji_system');
      await sql.query(`UPDATE "organization" SET name = $2 WHERE id = $1`, [scope.organizationId, name]);
      // Another transaction sees the write while the session is still open.
      return database.system((tx) =>
        tx.organization.findUniqueOrThrow({ where: { id: scope.organizationId }, select: { name: true } }),
      );
    });
    expect(seenOutside.name).toBe(name);
    // The pool hands out its most recently released connection first: the session's, role reset.
    const after = await kit.app.get(DatabasePool).query<{ role: string }>(`SELECT current_user AS role`);
    expect(after.rows[0]?.role).not.toBe('waiji_system');
  });
});
