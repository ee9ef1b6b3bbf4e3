// Seeds the bench database (.data/bench, embedded PostgreSQL): 1,000,000 cases (and as many clients) across
// 1,000 organizations, with INSERT … SELECT generate_series as the database owner:
//   "Bench big"          50,000 cases of every type and state, 8 helpers (the list benchmark's organization)
//   "Bench transitions"  20,000 restriction appeals in PREPARING (the transitions benchmark cycles them)
//   "Bench import"       empty (the import benchmark's target)
//   997 more organizations sharing the other 930,000 cases.
// Made once; `--reseed` drops and recreates the database. Secondary indexes are dropped during the load and
// rebuilt after it (much faster than maintaining them row by row), then VACUUM ANALYZE.
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  BENCH_PASSWORD,
  BIG_OWNER,
  buildApi,
  DATABASE,
  IMPORT_OWNER,
  root,
  startDatabase,
  TRANSITIONS_OWNER,
  withClient,
} from './common.mjs';

const require = createRequire(import.meta.url);

export const TOTAL_CASES = 1_000_000;
export const BIG_CASES = 50_000;
export const TRANSITION_CASES = 20_000;
export const ORGANIZATIONS = 1_000;

const FIRST = [
  'Anna',
  'Ben',
  'Chloe',
  'David',
  'Emma',
  'Felix',
  'Grace',
  'Hugo',
  'Ines',
  'Jack',
  'Kai',
  'Lena',
  'Marco',
  'Nora',
  'Omar',
  'Paula',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Umar',
  'Vera',
  'Will',
  'Xenia',
  'Yuki',
  'Zoe',
  'Aziz',
  'Bruno',
  'Carla',
  'Dmitri',
  'Elif',
  'Fatima',
  'Goran',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Liam',
  'Maya',
  'Nikolai',
];
const LAST = [
  'Smith',
  'Müller',
  'Garcia',
  'Rossi',
  'Kim',
  'Nguyen',
  'Silva',
  'Novak',
  'Jensen',
  'Dubois',
  'Kowalski',
  'Haddad',
  'Okafor',
  'Tanaka',
  'Ivanova',
  'Larsen',
  'Costa',
  'Yilmaz',
  'Berg',
  'Moreau',
  'Schmidt',
  'Lopez',
  'Park',
  'Ahmed',
  'Khan',
  'Brown',
  'Wilson',
  'Taylor',
  'Martin',
  'Anderson',
  'Thomas',
  'Moore',
  'Jackson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Young',
  'King',
];
const TAGS = [
  'cohort-2025',
  'cohort-2026',
  'exchange',
  'vip',
  'late-docs',
  'phd',
  'masters',
  'staff',
  'family',
  'urgent-visa',
];
const BANKS = [
  'BOC',
  'CMB',
  'ICBC',
  'ABC',
  'CITIC',
  'CGB',
  'CMBC',
  'CEB',
  'HZB',
  'CIB',
  'PAB',
  'PSBC',
  'SPDB',
  'BOCOM',
];

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

export async function seed({ reseed = false } = {}) {
  buildApi();
  const { ensureDatabase, migrate } = require(path.join(root, 'apps/api/dist/database/migrator.js'));
  const { hashPassword } = require(path.join(root, 'apps/api/dist/auth/passwords.js'));
  // Bulk load without fsync; the benchmarks restart the server with fsync on.
  const server = await startDatabase({ fsync: false });
  try {
    const adminUrl = server.url('postgres');
    if (reseed) await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`));
    await ensureDatabase(server.databaseUrl);
    await migrate(server.databaseUrl);
    const existing = await withClient(server.databaseUrl, (c) => c.query(`SELECT count(*)::int AS n FROM "case"`));
    if (existing.rows[0].n >= TOTAL_CASES) {
      console.log(`seed: ${existing.rows[0].n.toLocaleString('en')} cases already there (use --reseed to start over)`);
      return;
    }
    if (existing.rows[0].n > 0) throw new Error('The bench database holds a partial seed; run the seed with --reseed');
    const started = performance.now();
    const lap = (label, since) => console.log(`seed: ${label} in ${((performance.now() - since) / 1000).toFixed(1)} s`);
    const passwordHash = await hashPassword(BENCH_PASSWORD);

    await withClient(server.databaseUrl, async (c) => {
      await c.query(`SET maintenance_work_mem = '1GB'`);
      await c.query(`SET work_mem = '256MB'`);
      // Organizations: three named ones first, then 997 that share the rest evenly.
      const rest = TOTAL_CASES - BIG_CASES - TRANSITION_CASES;
      const others = ORGANIZATIONS - 3;
      await c.query(
        `CREATE TEMP TABLE bench_org (id uuid PRIMARY KEY, n int, name text, kind "OrganizationKind", cases int)`,
      );
      await c.query(
        `INSERT INTO bench_org
         SELECT gen_random_uuid(), g,
                CASE g WHEN 1 THEN 'Bench big' WHEN 2 THEN 'Bench transitions' WHEN 3 THEN 'Bench import' ELSE 'Bench org ' || g END,
                (CASE WHEN g = 3 OR g % 3 = 0 THEN 'UNIVERSITY' ELSE 'AGENCY' END)::"OrganizationKind",
                CASE g WHEN 1 THEN $1::int WHEN 2 THEN $2::int WHEN 3 THEN 0 ELSE $3::int / $4::int + (CASE WHEN g - 4 < $3::int % $4::int THEN 1 ELSE 0 END) END
         FROM generate_series(1, $5::int) g`,
        [BIG_CASES, TRANSITION_CASES, rest, others, ORGANIZATIONS],
      );
      await c.query(
        `INSERT INTO "organization" (id, name, kind, "updatedAt") SELECT id, name, kind, now() FROM bench_org`,
      );
      const orgId = async (n) => (await c.query(`SELECT id FROM bench_org WHERE n = $1`, [n])).rows[0].id;
      const [big, transitions, imports] = [await orgId(1), await orgId(2), await orgId(3)];
      const users = [
        [BIG_OWNER, big, 'OWNER'],
        [TRANSITIONS_OWNER, transitions, 'OWNER'],
        [IMPORT_OWNER, imports, 'OWNER'],
        ...Array.from({ length: 8 }, (_, i) => [`helper${i + 1}@big.bench.waiji`, big, 'HELPER']),
      ];
      for (const [email, organizationId, role] of users) {
        const user = await c.query(
          `INSERT INTO "user" (email, "displayName", "passwordHash", "emailVerifiedAt", "updatedAt") VALUES ($1, $2, $3, now(), now()) RETURNING id`,
          [email, email.split('@')[0], passwordHash],
        );
        await c.query(
          `INSERT INTO "membership" ("organizationId", "userId", role, "updatedAt") VALUES ($1, $2, $3, now())`,
          [organizationId, user.rows[0].id, role],
        );
      }
      const helpers = (
        await c.query(`SELECT u.id FROM "user" u WHERE u.email LIKE 'helper%@big.bench.waiji' ORDER BY u.email`)
      ).rows.map((r) => r.id);

      // Secondary indexes out of the way during the load; rebuilt below from their own definitions.
      const indexes = (
        await c.query(
          `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('client', 'case') AND indexname NOT LIKE '%\\_pkey'`,
        )
      ).rows;
      for (const index of indexes) await c.query(`DROP INDEX "${index.indexname}"`);
      // Triggers (foreign keys, the search-text trigger) off for the owner's session: the rows are consistent by
      // construction and the search text is computed inline.
      await c.query(`SET session_replication_role = replica`);

      let since = performance.now();
      await c.query(
        `INSERT INTO "client" (id, "organizationId", "passportName", "bankName", nationality, "passportLast4", "externalRef", "passportExpiry", "visaExpiry", "createdAt", "updatedAt")
         SELECT gen_random_uuid(), o.id,
                (${sqlArray(FIRST)})[1 + (g * 7 + o.n) % ${FIRST.length}] || ' ' || (${sqlArray(LAST)})[1 + (g * 13 + o.n * 3) % ${LAST.length}],
                CASE WHEN g % 3 = 0 THEN upper((${sqlArray(LAST)})[1 + (g * 13 + o.n * 3) % ${LAST.length}] || ' ' || (${sqlArray(FIRST)})[1 + (g * 7 + o.n) % ${FIRST.length}]) END,
                (ARRAY['DE','FR','US','GB','KR','JP','BR','IT','NG','IN'])[1 + g % 10],
                lpad(((g * 7919 + o.n) % 10000)::text, 4, '0'),
                'B' || o.n || '-' || g,
                (current_date + (200 + (g * 37) % 2000))::date,
                CASE WHEN g % 4 = 0 THEN (current_date + (20 + (g * 11) % 700))::date END,
                now() - ((g * 53 + o.n) % 525600) * interval '1 minute',
                now()
         FROM bench_org o, generate_series(1, o.cases) g`,
      );
      lap('1,000,000 clients', since);

      since = performance.now();
      await c.query(
        `INSERT INTO "case" ("organizationId", "clientId", type, state, version, "stateEnteredAt", attempt, "submittedAt", "assigneeId", bank, "cardLast4",
                             tags, priority, "retryAfter", "lastReasonCode", "nextDueAt", "searchText", "createdAt", "updatedAt")
         SELECT s."organizationId", s.id, s.type, s.state, s.version, s."updatedAt", 1,
                CASE WHEN s.state <> 'PREPARING' THEN s."createdAt" END,
                CASE WHEN s.big AND s.r1 < 0.8 THEN ($1::uuid[])[1 + floor(s.r1 * 10)::int % 8] END,
                CASE WHEN s.type = 'BANK_CARD_VERIFICATION' THEN (${sqlArray(BANKS)})[1 + floor(s.r2 * ${BANKS.length})::int] END,
                CASE WHEN s.type = 'BANK_CARD_VERIFICATION' THEN lpad(floor(s.r2 * 10000)::int::text, 4, '0') END,
                s.tags,
                (ARRAY['LOW','NORMAL','NORMAL','NORMAL','HIGH','URGENT']::"Priority"[])[1 + floor(s.r3 * 6)::int],
                CASE WHEN s.state = 'REJECTED' AND s.r3 < 0.5 THEN now() + (s.r2 * 10 - 2) * interval '1 day' END,
                CASE WHEN s.state = 'REJECTED' THEN (ARRAY['CARD_CHECK_FAILED','DEPOSIT_FAILED','DOCUMENTS_MISSING','SYSTEM_ERROR'])[1 + floor(s.r3 * 4)::int] END,
                CASE WHEN s.state IN ('SUBMITTED','AWAITING_DEPOSIT','MANUAL_REVIEW','REJECTED') THEN now() + (s.r1 * 30 - 10) * interval '1 day' END,
                lower(concat_ws(' ', s."passportName", s."bankName", s."passportLast4", s."externalRef", array_to_string(s.tags, ' '))),
                s."createdAt", s."updatedAt"
         -- Every volatile random() sits in the select list of the innermost query, so it is drawn per client; a LATERAL
         -- subquery that only referred to the organization was evaluated once per organization (every case of an
         -- organization in one state).
         FROM (
           SELECT p.*, CASE p.state WHEN 'PREPARING' THEN 0 WHEN 'SUBMITTED' THEN 1 WHEN 'AWAITING_DEPOSIT' THEN 2 WHEN 'MANUAL_REVIEW' THEN 3 WHEN 'REJECTED' THEN 2 ELSE 4 END AS version
           FROM (
           SELECT cl.id, cl."organizationId", cl."passportName", cl."bankName", cl."passportLast4", cl."externalRef", cl."createdAt",
                  cl."createdAt" + (now() - cl."createdAt") * random() AS "updatedAt",
                  o.n = 1 AS big, random() AS r1, random() AS r2, random() AS r3,
                  CASE WHEN o.n = 2 THEN 'RESTRICTION_APPEAL'::"CaseType"
                       ELSE (ARRAY['BANK_CARD_VERIFICATION','BANK_CARD_VERIFICATION','BANK_CARD_VERIFICATION','BANK_CARD_VERIFICATION','BANK_CARD_VERIFICATION',
                                   'BANK_CARD_VERIFICATION','BANK_CARD_VERIFICATION','RESTRICTION_APPEAL','RESTRICTION_APPEAL','APP_PASSPORT_VERIFICATION']::"CaseType"[])[1 + floor(random() * 10)::int] END AS type,
                  CASE WHEN o.n = 2 THEN 'PREPARING'::"CaseState" ELSE (ARRAY['PREPARING','PREPARING','PREPARING','SUBMITTED','SUBMITTED','SUBMITTED','AWAITING_DEPOSIT','AWAITING_DEPOSIT',
                    'AWAITING_DEPOSIT','AWAITING_DEPOSIT','MANUAL_REVIEW','MANUAL_REVIEW','MANUAL_REVIEW','REJECTED','REJECTED','APPROVED','APPROVED','APPROVED','APPROVED','APPROVED']::"CaseState"[])[1 + floor(random() * 20)::int] END AS state,
                  CASE WHEN random() < 0.3 THEN ARRAY[]::text[]
                       ELSE ARRAY[(${sqlArray(TAGS)})[1 + floor(random() * ${TAGS.length})::int]] ||
                            CASE WHEN random() < 0.3 THEN ARRAY[(${sqlArray(TAGS)})[1 + floor(random() * ${TAGS.length})::int]] ELSE ARRAY[]::text[] END END AS tags
           FROM "client" cl JOIN bench_org o ON o.id = cl."organizationId"
         ) p
         ) s`,
        [helpers],
      );
      lap('1,000,000 cases', since);

      await c.query(`SET session_replication_role = origin`);
      since = performance.now();
      for (const index of indexes) await c.query(index.indexdef);
      lap(`${indexes.length} indexes rebuilt`, since);
      since = performance.now();
      await c.query(`VACUUM ANALYZE "client"`);
      await c.query(`VACUUM ANALYZE "case"`);
      await c.query(`ANALYZE`);
      lap('VACUUM ANALYZE', since);
      const counts = await c.query(
        `SELECT (SELECT count(*) FROM "organization")::int AS organizations, (SELECT count(*) FROM "case")::int AS cases,
                (SELECT count(*) FROM "case" WHERE "organizationId" = $1)::int AS big,
                (SELECT count(DISTINCT state) FROM "case" WHERE "organizationId" = $1)::int AS "bigStates"`,
        [big],
      );
      if (counts.rows[0].bigStates < 6)
        throw new Error(
          `the seed put the big organization's cases in only ${counts.rows[0].bigStates} states (expected all 6)`,
        );
      console.log(
        `seed: ${counts.rows[0].cases.toLocaleString('en')} cases in ${counts.rows[0].organizations} organizations (${counts.rows[0].big.toLocaleString('en')} in "Bench big") in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    });
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  await seed({ reseed: process.argv.includes('--reseed') });
}
