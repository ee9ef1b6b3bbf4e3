// `npm run bench`: the benchmarks one after another, each in its own process (so one's memory or failure does not
// touch the next). Ways to call it:
//   npm run bench                                   every benchmark below except the fault scripts
//   npm run bench -- --only=list,transitions        a chosen few (--skip=a,b leaves some out; --list shows all)
//   npm run bench -- <name> [args…]                 one, with its own arguments, e.g. `reminders 10000 2`
//   npm run bench -- summary                        issue 21's target table (runs the others itself; never by default)
//   npm run bench -- fault:<scenario> [args…]       a fault script of tools/fault/reminders-fault.mjs
//   npm run bench -- --only=seed --reseed           rebuild the 1,000,000-case bench database (.data/bench)
//   BENCH_SECONDS=30 npm run bench -- --only=list   longer measurement
// The cases benchmarks (seed, list, transitions, import) share .data/bench; the seed comes first and does nothing
// when the database is already seeded. Results carry the machine's load average: other work on a shared machine
// makes every figure worse.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const benches = [
  {
    name: 'seed',
    file: 'cases/seed.mjs',
    about: '1,000,000 cases across 1,000 organizations into .data/bench (once; --reseed to redo)',
  },
  {
    name: 'list',
    file: 'cases/list.mjs',
    about: 'GET /api/cases on 50,000 cases at 32 connections vs a raw node:http + pg server; query plans',
  },
  {
    name: 'transitions',
    file: 'cases/transitions.mjs',
    about: 'transitions at 32 connections vs the raw server, then a lost-update check of every case',
  },
  { name: 'import', file: 'cases/import.mjs', about: 'CSV import of 10,000 rows (dry run + commit), API memory' },
  { name: 'startup', file: 'startup.mjs', about: 'npm start to the first 200, idle RSS' },
  { name: 'rls-cost', file: 'rls-cost.mjs', about: 'the cost of row-level security on a list query' },
  { name: 'reports', file: 'reports.mjs', about: 'GET /api/reports/summary on 50,000 cases' },
  {
    name: 'search',
    file: 'search.mjs',
    about: 'text search in an organization of 500,000 cases (--cases=N), one connection, vs LIKE without RLS',
  },
  {
    name: 'ocr',
    file: 'ocr.mjs',
    about: 'screenshots of every known Alipay message (light, dark, photographed) through OCR and the interpreter',
  },
  {
    name: 'reminders',
    file: 'reminders-throughput.mjs',
    about: 'reminder claim-and-enqueue and email delivery throughput',
  },
  {
    name: 'documents',
    file: 'documents.mjs',
    about: 'upload checks of a 4 MB photo, MRZ read time, RSS at 8 concurrent; MRZ accuracy on 200 generated pages',
  },
  {
    name: 'summary',
    file: 'summary.mjs',
    about: "issue 21's target table: the benchmarks above in quick modes, MET/MISSED lines, bench-results.json",
    byNameOnly: true,
  },
];
const fault = {
  file: '../fault/reminders-fault.mjs',
  about: 'fault scripts: two-instances, sigkill, smtp-outage, db-restart',
};

function run(name, file, args) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(here, file), ...args], { stdio: 'inherit', env: process.env });
  console.log(
    `=== ${name} ${result.status === 0 ? 'done' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return result.status === 0;
}

const args = process.argv.slice(2);
if (args.includes('--list')) {
  for (const bench of benches) console.log(`${bench.name.padEnd(12)} ${bench.about}`);
  console.log(`${'fault:<x>'.padEnd(12)} ${fault.about}`);
  process.exit(0);
}

// One benchmark by name, with its own positional arguments.
const [first, ...rest] = args;
if (first && !first.startsWith('--')) {
  if (first.startsWith('fault:')) process.exit(run(first, fault.file, [first.slice('fault:'.length), ...rest]) ? 0 : 1);
  const bench = benches.find((candidate) => candidate.name === first);
  if (!bench) {
    console.error(
      `Unknown benchmark ${first}. Known: ${benches.map((candidate) => candidate.name).join(', ')}, fault:<scenario>`,
    );
    process.exit(2);
  }
  process.exit(run(bench.name, bench.file, rest) ? 0 : 1);
}

const flag = (name) =>
  args
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.split('=')[1]
    ?.split(',')
    .filter(Boolean);
const only = flag('only');
const skip = flag('skip') ?? [];
const unknown = [...(only ?? []), ...skip].filter((name) => !benches.some((bench) => bench.name === name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${benches.map((bench) => bench.name).join(', ')}`);
  process.exit(2);
}
const passOn = args.filter((arg) => !/^--(only|skip)=/.test(arg));
const failed = benches
  .filter((bench) => (only ? only.includes(bench.name) : !bench.byNameOnly) && !skip.includes(bench.name))
  .filter((bench) => !run(`${bench.name}: ${bench.about}`, bench.file, passOn))
  .map((bench) => bench.name);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
