import { Pool } from 'pg';
import { useTestDatabase } from '../testing/kit';
import { inTransaction } from '../database/transaction';
import { listCasePage, SEARCH_SAMPLE, searchPath as searchPathOf } from './case-list';

jest.setTimeout(60_000);

/**
 * The list's text search goes through waiji_search_cases(pattern), a SECURITY DEFINER function owned by waiji_system
 * (migration 20261202200000_search_and_reports): it must keep the tenant boundary by itself, and answer what the
 * plain LIKE under row-level security answered.
 */
describe('text search of the case list (waiji_search_cases)', () => {
  const kit = useTestDatabase({ sql: true });
  let pool: Pool;
  const org = { a: '', b: '' };

  /** A client and its case, as the owner (the search-text trigger fills "searchText"). */
  async function addCase(
    organizationId: string,
    client: { passportName: string; bankName?: string; passportLast4?: string; externalRef?: string },
    tags: string[] = [],
    archived = false,
  ): Promise<string> {
    const cl = await kit.sql.query<{ id: string }>(
      `INSERT INTO "client" ("organizationId", "passportName", "bankName", "passportLast4", "externalRef", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
      [
        organizationId,
        client.passportName,
        client.bankName ?? null,
        client.passportLast4 ?? null,
        client.externalRef ?? null,
      ],
    );
    const row = await kit.sql.query<{ id: string }>(
      `INSERT INTO "case" ("organizationId", "clientId", type, tags, "archivedAt", "updatedAt")
       VALUES ($1, $2, 'BANK_CARD_VERIFICATION', $3, $4, now()) RETURNING id`,
      [organizationId, cl.rows[0]?.id, tags, archived ? new Date() : null],
    );
    return row.rows[0]?.id ?? '';
  }

  beforeAll(async () => {
    pool = new Pool({ connectionString: kit.db.url, max: 2 });
    // The kit drops the database (ending its connections) before this block's afterAll ends the pool.
    pool.on('error', () => undefined);
    for (const key of ['a', 'b'] as const) {
      const created = await kit.sql.query<{ id: string }>(
        `INSERT INTO "organization" (name, kind, "updatedAt") VALUES ($1, 'AGENCY', now()) RETURNING id`,
        [`Search ${key}`],
      );
      org[key] = created.rows[0]?.id ?? '';
    }
    // Both organizations hold cases that match the same words, so a leak would show.
    for (const key of ['a', 'b'] as const) {
      const o = org[key];
      await addCase(o, { passportName: 'Anna Smith', passportLast4: '4821', externalRef: `${key}-REF-1001` }, ['vip']);
      await addCase(o, { passportName: 'Ben Smithers', bankName: 'BEN SMITHERS', passportLast4: '0482' }, [
        'cohort-2026',
      ]);
      await addCase(o, { passportName: 'Chen Li', passportLast4: '9999', externalRef: `${key}-REF-1002` }, [
        'urgent-visa',
        'vip',
      ]);
      await addCase(o, { passportName: 'Dana 50%_off', externalRef: `${key}_x` });
      await addCase(o, { passportName: 'Old Smith' }, [], true);
    }
  });

  afterAll(async () => {
    await pool.end();
  });

  /** The function called directly as waiji_app bound to `organizationId` (or to no organization). */
  const search = (pattern: string, organizationId?: string) =>
    inTransaction(
      pool,
      organizationId ? { organizationId } : { organizationId: '00000000-0000-0000-0000-000000000000' },
      async (_tx, connection) => {
        if (!organizationId) await connection.query(`SELECT set_config('app.org_id', '', true)`);
        const rows = await connection.query<{ id: string }>(`SELECT waiji_search_cases($1) AS id`, [pattern]);
        return rows.rows.map((row) => row.id).sort();
      },
    );

  const searchPath = (p: Pool, q: string, organizationId: string) =>
    inTransaction(p, { organizationId }, (tx) => searchPathOf(tx, organizationId, q));

  const idsOf = async (organizationId: string, where = 'true') =>
    (
      await kit.sql.query<{ id: string }>(
        `SELECT id FROM "case" WHERE "organizationId" = $1 AND ${where} ORDER BY id`,
        [organizationId],
      )
    ).rows.map((row) => row.id);

  it("answers only the bound organization's cases, whatever the pattern, and nothing without a binding", async () => {
    const [a, b] = [await idsOf(org.a), await idsOf(org.b)];
    expect(a).toHaveLength(5);
    expect(await search('%', org.a)).toEqual(a);
    expect(await search('%', org.b)).toEqual(b);
    const smithA = await search('%smith%', org.a);
    expect(smithA).toEqual(await idsOf(org.a, `"searchText" LIKE '%smith%'`));
    expect(smithA).toHaveLength(3);
    for (const id of smithA) expect(b).not.toContain(id);
    expect(await search('%', undefined)).toEqual([]);
  });

  it('is the only way in: waiji_app cannot read the cases of another organization through it or around it', async () => {
    const leaked = await inTransaction(pool, { organizationId: org.a }, async (_tx, connection) => {
      // No organization can be passed in; the other one's ids do not come back even when asked for by id.
      const b = await idsOf(org.b);
      const rows = await connection.query<{ id: string }>(
        `SELECT id FROM "case" WHERE id IN (SELECT waiji_search_cases('%')) AND id = ANY($1::uuid[])`,
        [b],
      );
      const arity = await connection.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'waiji_search_cases' AND pronargs <> 1`,
      );
      return { rows: rows.rows.length, otherSignatures: arity.rows[0]?.n };
    });
    expect(leaked).toEqual({ rows: 0, otherSignatures: 0 });
  });

  it('lists what the plain LIKE listed: partial names, passport last 4, references, tags, escaped % and _', async () => {
    const terms = [
      'smith',
      'SMITH',
      'mithe',
      '482',
      '4821',
      'ref-100',
      'ref-1002',
      'vip',
      'urgent',
      '50%',
      '%',
      '_',
      'x',
      'zz',
    ];
    for (const q of terms) {
      const page = await inTransaction(
        pool,
        { organizationId: org.a },
        (tx) => listCasePage(tx, { organizationId: org.a, userId: org.a }, { q }, { limit: 100 }, new Date()),
        { readOnly: true },
      );
      const escaped = q.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`);
      const before = await inTransaction(pool, { organizationId: org.a }, async (_tx, connection) =>
        (
          await connection.query<{ id: string }>(
            `SELECT id FROM "case" c WHERE c."organizationId" = $1 AND c."archivedAt" IS NULL AND c."searchText" LIKE $2
             ORDER BY c."updatedAt" DESC, c.id DESC`,
            [org.a, `%${escaped}%`],
          )
        ).rows.map((row) => row.id),
      );
      expect({ q, ids: page.rows.map((row) => row.id) }).toEqual({ q, ids: before });
    }
    // The words do find something (the comparison above is not between two empty lists).
    expect(await searchPath(pool, 'smith', org.a)).toBe('index');
    const smith = await inTransaction(pool, { organizationId: org.a }, (tx) =>
      listCasePage(tx, { organizationId: org.a, userId: org.a }, { q: 'smith' }, { limit: 100 }, new Date()),
    );
    expect(smith.rows).toHaveLength(2);
  });

  it('a word common among the latest cases is a plain LIKE under row-level security, with the same pages', async () => {
    // More matches than the sample in A, a few in B: the page walks A's cases in order and never sees B's.
    for (const [o, n] of [
      [org.a, SEARCH_SAMPLE + 5],
      [org.b, 3],
    ] as const) {
      await kit.sql.query(
        `WITH cl AS (
           INSERT INTO "client" ("organizationId", "passportName", "updatedAt")
           SELECT $1::uuid, 'Common Name ' || g, now() FROM generate_series(1, $2::int) g RETURNING id, "organizationId")
         INSERT INTO "case" ("organizationId", "clientId", type, "updatedAt")
         SELECT "organizationId", id, 'BANK_CARD_VERIFICATION', now() - random() * interval '30 days' FROM cl`,
        [o, n],
      );
    }
    expect(await searchPath(pool, 'common', org.a)).toBe('scan');
    expect(await searchPath(pool, 'common', org.b)).toBe('index');
    const pages: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await inTransaction(pool, { organizationId: org.a }, (tx) =>
        listCasePage(tx, { organizationId: org.a, userId: org.a }, { q: 'common' }, { cursor, limit: 400 }, new Date()),
      );
      pages.push(...page.rows.map((row) => row.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const expected = await idsOf(org.a, `"searchText" LIKE '%common%' AND "archivedAt" IS NULL`);
    expect([...pages].sort()).toEqual(expected);
    expect(pages).toHaveLength(SEARCH_SAMPLE + 5);
    const b = await idsOf(org.b);
    for (const id of pages) expect(b).not.toContain(id);
  });
});
