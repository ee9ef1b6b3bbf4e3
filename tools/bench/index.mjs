// `npm run bench`: the benchmarks one after another, each in its own process (so one's memory or failure does not
// touch the next). Choose with --only=a,b or --skip=a,b; --list shows them. Other flags are passed on:
//   npm run bench -- --only=seed --reseed      rebuild the 1,000,000-case bench database (.data/bench)
//   npm run bench -- --only=list,transitions   the two API benchmarks on the existing seed
//   BENCH_SECONDS=30 npm run bench -- --only=list
// The cases benchmarks (seed, list, transitions, import) share .data/bench; the seed runs first and is a no-op
// when the database is already seeded. The machine's load average is printed with each result: other work on a
// shared machine makes every figure worse.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const benches = [
  { name: 'seed', file: 'cases/seed.mjs', about: '1,000,000 cases across 1,000 organizations into .data/bench (once; --reseed to redo)' },
  { name: 'list', file: 'cases/list.mjs', about: 'GET /api/cases on 50,000 cases at 32 connections vs a raw node:http + pg server; query plans' },
  { name: 'transitions', file: 'cases/transitions.mjs', about: 'transitions at 32 connections, then a lost-update check of every case' },
  { name: 'import', file: 'cases/import.mjs', about: 'CSV import of 10,000 rows (dry run + commit), API memory' },
  { name: 'startup', file: 'startup.mjs', about: 'npm start to the first 200, idle RSS' },
  { name: 'rls-cost', file: 'rls-cost.mjs', about: 'the cost of row-level security on a list query' },
  { name: 'reports', file: 'reports.mjs', about: 'GET /api/reports/summary on 50,000 cases' },
];

const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]?.split(',').filter(Boolean);
if (process.argv.includes('--list')) {
  for (const bench of benches) console.log(`${bench.name.padEnd(12)} ${bench.about}`);
  process.exit(0);
}
const only = flag('only');
const skip = flag('skip') ?? [];
const unknown = [...(only ?? []), ...skip].filter((name) => !benches.some((bench) => bench.name === name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${benches.map((bench) => bench.name).join(', ')}`);
  process.exit(2);
}
const chosen = benches.filter((bench) => (only ? only.includes(bench.name) : true) && !skip.includes(bench.name));
const passOn = process.argv.slice(2).filter((arg) => !/^--(only|skip)=/.test(arg));

const failed = [];
for (const bench of chosen) {
  console.log(`\n=== ${bench.name}: ${bench.about}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(here, bench.file), ...passOn], { stdio: 'inherit', env: process.env });
  console.log(`=== ${bench.name} ${result.status === 0 ? 'done' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) failed.push(bench.name);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
