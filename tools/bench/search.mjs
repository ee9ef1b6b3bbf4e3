// Text search of the case list in one large organization (issue 21): the API's own query (listCasePage with `q`,
// run as waiji_app bound to the organization, through waiji_search_cases) against the same query with a plain
// `searchText LIKE` run by the database owner, which row-level security does not bind (so LIKE is an ordinary
// index condition on the same trigram index). One connection each, the two taking turns term by term.
// Usage: npm run bench -- search [--cases=500000] [--runs=30]
//   The organization "Bench search <cases>" is added to the bench database (.data/bench) the first time; another
//   size is another organization.
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadAverage, percentile, pg, prepare, root, withClient } from './cases/common.mjs';

const require = createRequire(import.meta.url);
const option = (name, fallback) =>
  Number(
    process.argv
      .slice(2)
      .find((arg) => arg.startsWith(`--${name}=`))
      ?.split('=')[1] ?? fallback,
  );

const NAMES = ['Anna', 'Bruno', 'Chen', 'Dana', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemal', 'Lucia'];
const SURNAMES = ['Smith', 'Novak', 'Okafor', 'Tanaka', 'Haddad', 'Larsen', 'Moreau', 'Silva', 'Kowalski', 'Berg'];
const TAGS = ['cohort-2026', 'exchange', 'vip', 'late-docs', 'phd', 'family', 'urgent-visa', 'staff'];
const list = (values) => `ARRAY[${values.map((value) => `'${value}'`).join(',')}]`;

/** The organization of `cases` cases (and as many clients), made once with INSERT … SELECT as the owner. */
async function ensureOrganization(databaseUrl, cases) {
  const name = `Bench search ${cases}`;
  return withClient(databaseUrl, async (c) => {
    const found = await c.query(`SELECT id FROM "organization" WHERE name = $1`, [name]);
    if (found.rows[0]) return found.rows[0].id;
    const started = performance.now();
    await c.query('BEGIN');
    const id = (
      await c.query(`INSERT INTO "organization" (name, kind, "updatedAt") VALUES ($1, 'AGENCY', now()) RETURNING id`, [
        name,
      ])
    ).rows[0].id;
    // The search-text trigger is off for this session (the text is computed inline, as the trigger would).
    await c.query(`SET LOCAL session_replication_role = replica`);
    await c.query(
      `INSERT INTO "client" (id, "organizationId", "passportName", "passportLast4", "externalRef", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1::uuid,
              (${list(NAMES)})[1 + g % ${NAMES.length}] || ' ' || (${list(SURNAMES)})[1 + (g / ${NAMES.length}) % ${SURNAMES.length}] || ' ' || g,
              lpad(((g::bigint * 7919) % 10000)::text, 4, '0'), 'S-' || g, now(), now()
       FROM generate_series(1, $2::int) g`,
      [id, cases],
    );
    await c.query(
      `INSERT INTO "case" ("organizationId", "clientId", type, state, tags, "searchText", "createdAt", "updatedAt", "stateEnteredAt")
       SELECT cl."organizationId", cl.id, 'BANK_CARD_VERIFICATION', (ARRAY['PREPARING','SUBMITTED','AWAITING_DEPOSIT','APPROVED']::"CaseState"[])[1 + n % 4],
              t.tags, lower(concat_ws(' ', cl."passportName", cl."passportLast4", cl."externalRef", array_to_string(t.tags, ' '))),
              now() - n * interval '1 minute', now() - n * interval '1 minute', now()
       FROM (SELECT *, row_number() OVER () AS n FROM "client" WHERE "organizationId" = $1::uuid) cl,
            LATERAL (SELECT CASE WHEN cl.n % 3 = 0 THEN ARRAY[]::text[] ELSE ARRAY[(${list(TAGS)})[1 + (cl.n * 31) % ${TAGS.length}]] END AS tags) t`,
      [id],
    );
    await c.query('COMMIT');
    await c.query(`VACUUM ANALYZE "client"`);
    await c.query(`VACUUM ANALYZE "case"`);
    console.log(
      `search: made "${name}" (${cases.toLocaleString('en')} cases) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    return id;
  });
}

export async function searchBench({ cases = 500_000, runs = 30 } = {}) {
  const db = await prepare();
  const { listCasePage, searchPath } = require(path.join(root, 'apps/api/dist/cases/case-list.js'));
  const { inTransaction } = require(path.join(root, 'apps/api/dist/database/transaction.js'));
  const { Prisma } = require(path.join(root, 'apps/api/dist/generated/prisma/client.js'));
  const pool = new pg.Pool({ connectionString: db.databaseUrl, max: 1 });
  const raw = new pg.Client({ connectionString: db.databaseUrl });
  try {
    const organizationId = await ensureOrganization(db.databaseUrl, cases);
    await raw.connect();
    const userId = (await raw.query(`SELECT id FROM "user" LIMIT 1`)).rows[0].id;
    // A name, a surname's part, a passport's last 4, a reference's part, a tag's part: partial matches all.
    const terms = ['greta', 'okaf', '4821', 's-4711', 'urgent-v'];
    const scope = { organizationId, userId };
    const now = new Date();
    const apiPage = (q) =>
      inTransaction(pool, { organizationId }, (tx) => listCasePage(tx, scope, { q }, { limit: 50 }, now), {
        readOnly: true,
      });
    // The same statement with the plain LIKE, as the owner (no row-level security).
    const rawQuery = async (q) => {
      let captured;
      await listCasePage(
        { $queryRaw: async (strings, ...values) => ((captured = Prisma.sql(strings, ...values)), []) },
        scope,
        { q },
        { limit: 50 },
        now,
      );
      return {
        text: captured.text.replace(/c\.id IN \(SELECT waiji_search_cases\((\$\d+)\)\)/, 'c."searchText" LIKE $1'),
        values: captured.values,
      };
    };
    const rawPage = async (q) => {
      const { text, values } = await rawQuery(q);
      return (await raw.query(text, values)).rows;
    };

    // Same answers, and the plans.
    for (const q of terms) {
      const a = (await apiPage(q)).rows.map((row) => row.id);
      const b = (await rawPage(q)).map((row) => row.id);
      if (JSON.stringify(a.slice(0, 50)) !== JSON.stringify(b.slice(0, 50)))
        throw new Error(`search "${q}": the API and the raw query disagree (${a.length} vs ${b.length} rows)`);
    }
    const matches = await raw.query(
      `SELECT q, (SELECT count(*)::int FROM "case" WHERE "organizationId" = $1 AND "searchText" LIKE '%' || q || '%') AS n FROM unnest($2::text[]) q`,
      [organizationId, terms],
    );
    const paths = [];
    for (const q of terms)
      paths.push(await inTransaction(pool, { organizationId }, (tx) => searchPath(tx, organizationId, q)));
    console.log(
      `search: ${cases.toLocaleString('en')} cases; matches per term (the API's path): ${matches.rows.map((r, i) => `${r.q} ${r.n} (${paths[i]})`).join(', ')}`,
    );

    const before = loadAverage();
    const times = { api: [], raw: [] };
    const perTerm = Object.fromEntries(terms.map((q) => [q, { api: [], raw: [] }]));
    for (let i = 0; i < runs; i += 1) {
      for (const q of terms) {
        let t = performance.now();
        await apiPage(q);
        const api = performance.now() - t;
        t = performance.now();
        await rawPage(q);
        const rawMs = performance.now() - t;
        if (i === 0) continue; // warm-up
        times.api.push(api);
        times.raw.push(rawMs);
        perTerm[q].api.push(api);
        perTerm[q].raw.push(rawMs);
      }
    }
    const sorted = (xs) => [...xs].sort((x, y) => x - y);
    for (const q of terms)
      console.log(
        `  ${`"${q}"`.padEnd(12)} API p50 ${percentile(sorted(perTerm[q].api), 50).toFixed(1)} ms p95 ${percentile(sorted(perTerm[q].api), 95).toFixed(1)} ms | raw p50 ${percentile(sorted(perTerm[q].raw), 50).toFixed(1)} ms p95 ${percentile(sorted(perTerm[q].raw), 95).toFixed(1)} ms`,
      );
    const apiP95 = percentile(sorted(times.api), 95);
    const rawP95 = percentile(sorted(times.raw), 95);
    const apiMean = times.api.reduce((s, x) => s + x, 0) / times.api.length;
    const rawMean = times.raw.reduce((s, x) => s + x, 0) / times.raw.length;
    console.log(
      `search: one connection, ${terms.length} terms × ${runs - 1} runs: API query p95 ${apiP95.toFixed(1)} ms, raw (no RLS, LIKE) p95 ${rawP95.toFixed(1)} ms; throughput ratio ${(rawMean / apiMean).toFixed(2)} (load average before/after ${before} / ${loadAverage()})`,
    );

    // The plan of the API's statement as the API runs it.
    const { text, values } = await rawQuery(terms[2]);
    const apiText = text.replace('c."searchText" LIKE $1', `c.id IN (SELECT waiji_search_cases($1))`);
    const plan = await withClient(db.databaseUrl, async (c) => {
      await c.query('BEGIN READ ONLY');
      await c.query(`SELECT set_config('role', 'waiji_app', true), set_config('app.org_id', $1, true)`, [
        organizationId,
      ]);
      const rows = (await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${apiText}`, values)).rows;
      await c.query('ROLLBACK');
      return rows.map((row) => row['QUERY PLAN']);
    });
    if (process.env.SHOW_PLANS === '1') console.log(plan.map((line) => `      ${line}`).join('\n'));
    else
      console.log(
        `  plan (as waiji_app, "${terms[2]}", index path): ${plan.find((line) => line.startsWith('Execution Time'))}`,
      );
    return { cases, apiP95, rawP95, ratio: rawMean / apiMean, before, after: loadAverage() };
  } finally {
    await raw.end().catch(() => undefined);
    await pool.end();
    await db.stop();
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  await searchBench({ cases: option('cases', 500_000), runs: option('runs', 30) });
}
