import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const api = path.join(root, 'apps/api/src');

/** The api's own code: no specs, no test kits, no generated client. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['generated', 'testing'].includes(entry.name) ? [] : sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

const files = sources(api).map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));

/** [file, how often] for each file of the api whose code holds `pattern`. */
const occurrences = (pattern: RegExp) =>
  files
    .map(({ file, text }) => [file, text.match(new RegExp(pattern.source, 'g'))?.length ?? 0] as const)
    .filter(([, count]) => count > 0);

/** ARCHITECTURE.md "Inside the api": each data invariant several features write lives in one module of database/. */
describe('one place per data invariant in apps/api/src', () => {
  it.each([
    ['a case event is inserted', /INSERT INTO "case_event"/, 'apps/api/src/database/case-events.ts'],
    ['an outbound email is inserted', /INSERT INTO "outbound_email"/, 'apps/api/src/database/outbox.ts'],
    ['an outbound email is cancelled (deleted)', /DELETE FROM "outbound_email"/, 'apps/api/src/database/outbox.ts'],
  ])('%s in one module only', (_, pattern, only) => {
    expect(occurrences(pattern)).toEqual([[only, 1]]);
  });

  // ARCHITECTURE.md "Tenancy, twice": one transaction API, TenantDatabase (run, system, session).
  it.each([
    ['BEGIN', /[`'"]BEGIN\b(?!:)/, ['apps/api/src/database/migrator.ts', 'apps/api/src/database/transaction.ts']],
    [
      'a role',
      /set_config\('role'|SET ROLE/,
      ['apps/api/src/database/tenant-database.ts', 'apps/api/src/database/transaction.ts'],
    ],
    ["Prisma's own transactions", /\$transaction\(/, ['apps/api/src/database/prisma-join.ts']],
  ])('%s appears in database/ only', (_, pattern, only) => {
    expect(occurrences(pattern).map(([file]) => file)).toEqual(only);
  });
});
