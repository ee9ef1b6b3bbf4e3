// `npm run bench -- summary`: every figure of issue 21's target table in one go, each as
//   name: value (target) MET|MISSED
// and all of them in bench-results.json (name, value, unit, target, met, the load average before/after each
// benchmark and the whole run). It measures; it does not judge: it exits 0 even when a target is missed (and when a
// benchmark could not run, which shows as FAILED).
// Options:
//   --reseed             rebuild the bench database first (1,000,000 cases; the search organization is then made anew)
//   --search-cases=N     size of the search benchmark's organization (default 500,000)
//   --seconds=N          measured seconds per side of list and transitions (default BENCH_SECONDS or 10)
//   --skip=a,b           leave some out: seed, list, transitions, search, reports, import, startup, documents, ocr
//   --markdown           also print the table as Markdown (for docs/performance.md)
// The cases benchmarks run in this process (their functions return their figures); the others run as their own
// scripts, in quick modes, and their printed lines are read.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAverage, root } from './cases/common.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const reseed = args.includes('--reseed');
const searchCases = Number(option('search-cases') ?? 500_000);
const seconds = Number(option('seconds') ?? process.env.BENCH_SECONDS ?? 10);
const skip = new Set((option('skip') ?? '').split(',').filter(Boolean));
const here = path.join(root, 'tools/bench');

const results = [];
/** The target of a line that only records a figure (no verdict). */
const RECORD = 'for the record';
const runStarted = new Date();
const runLoadBefore = loadAverage();

const verdict = ({ met, target }) =>
  target === RECORD ? '' : met === null ? ' NOT MEASURED' : met ? ' MET' : ' MISSED';

/** One line of the table: printed at once, kept for bench-results.json. */
function record(name, value, unit, target, met, load) {
  const entry = {
    name,
    value,
    unit,
    target,
    met: target === RECORD ? null : met,
    loadBefore: load.before,
    loadAfter: load.after,
  };
  results.push(entry);
  const shown =
    typeof value === 'number' ? `${Number(value.toFixed(value < 10 ? 2 : 0))}${unit ? ` ${unit}` : ''}` : value;
  console.log(`${name}: ${shown} (${target})${verdict(entry)}`);
}

/** Runs one step; a step that throws is a FAILED line, and the summary goes on. */
async function step(name, work) {
  if (skip.has(name)) return;
  console.log(`\n=== summary: ${name} (load average ${loadAverage()})`);
  const before = loadAverage();
  try {
    const report = await work();
    const load = { before, after: loadAverage() };
    for (const line of report) record(...line, load);
  } catch (error) {
    console.error(error);
    const load = { before, after: loadAverage() };
    results.push({ name, value: null, unit: '', target: '', met: false, error: String(error), ...load });
    console.log(`${name}: FAILED (${String(error).split('\n')[0]})`);
  }
}

/** A bench script as a child process; resolves with its output (also shown as it comes). */
function script(file, scriptArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, file), ...scriptArgs], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${file} exited with ${code}`))));
  });
}

const number = (text, pattern) => {
  const found = pattern.exec(text);
  if (!found) throw new Error(`no figure matching ${pattern} in the output`);
  return Number(found[1]);
};

/** The lines a script already prints as `… (target) MET|MISSED`, as they are: the name before the first colon. */
const verdictLines = (prefix, output) =>
  output
    .split('\n')
    .filter((line) => /\b(MET|MISSED)\s*$/.test(line) || /\)\s+(MET|MISSED)\b/.test(line))
    .map((line) => {
      const met = /\bMET\b/.test(line) && !/\bMISSED\b/.test(line);
      const target = /\((target [^()]*|[^()]*[≤≥][^()]*|—)\)/.exec(line);
      const value = line
        .slice(line.indexOf(':') + 1)
        .replace(target?.[0] ?? '\u0000', '')
        .replace(/\s+(MET|MISSED)\b/, '')
        .replace(/\s+/g, ' ')
        .trim();
      return [`${prefix}: ${line.split(':')[0].trim()}`, value, '', target?.[1] ?? '', met];
    });

if (!skip.has('seed') && (reseed || !existsSync(path.join(root, '.data/bench/pg/PG_VERSION')))) {
  await step('seed', async () => {
    const { seed } = await import('./cases/seed.mjs');
    const started = performance.now();
    await seed({ reseed: true });
    return [['seed (1,000,000 cases)', (performance.now() - started) / 1000, 's', 'made once', true]];
  });
}

await step('list', async () => {
  const { listBench } = await import('./cases/list.mjs');
  const result = await listBench({ seconds });
  const lines = [];
  for (const mode of ['primary', 'mix of 5 filters']) {
    const { apiStats, rawStats } = result[mode];
    const label = mode === 'primary' ? 'list' : 'list (5 filters in turn)';
    lines.push(
      [
        `${label} throughput API/raw`,
        apiStats.perSecond / rawStats.perSecond,
        '×',
        '≥ 0.85',
        apiStats.perSecond / rawStats.perSecond >= 0.85,
      ],
      [`${label} p95 API/raw`, apiStats.p95 / rawStats.p95, '×', '≤ 1.3', apiStats.p95 / rawStats.p95 <= 1.3],
      [
        `${label} API`,
        `${apiStats.perSecond.toFixed(0)} req/s, p95 ${apiStats.p95.toFixed(1)} ms (raw ${rawStats.perSecond.toFixed(0)} req/s, p95 ${rawStats.p95.toFixed(1)} ms)`,
        '',
        RECORD,
        true,
      ],
    );
  }
  return lines;
});

await step('transitions', async () => {
  const { transitionsBench } = await import('./cases/transitions.mjs');
  const { stats, rawStats, lost, mismatched } = await transitionsBench({ seconds });
  const cpu = stats.cpu && rawStats.cpu ? stats.cpu.postgresMs / rawStats.cpu.postgresMs : NaN;
  return [
    [
      'transitions throughput API/raw',
      stats.perSecond / rawStats.perSecond,
      '×',
      '≥ 0.85',
      stats.perSecond / rawStats.perSecond >= 0.85,
    ],
    ['transitions p95 API/raw', stats.p95 / rawStats.p95, '×', '≤ 1.3', stats.p95 / rawStats.p95 <= 1.3],
    ['transitions lost updates', lost + mismatched, 'cases', '0', lost + mismatched === 0],
    ['transitions PostgreSQL CPU per transition API/raw', cpu, '×', '≤ 1.2', cpu <= 1.2],
    [
      'transitions API',
      `${stats.perSecond.toFixed(0)}/s, p95 ${stats.p95.toFixed(1)} ms, PostgreSQL ${stats.cpu?.postgresMs.toFixed(2)} ms/transition (raw ${rawStats.perSecond.toFixed(0)}/s, p95 ${rawStats.p95.toFixed(1)} ms, PostgreSQL ${rawStats.cpu?.postgresMs.toFixed(2)} ms)`,
      '',
      RECORD,
      true,
    ],
  ];
});

await step('search', async () => {
  const { searchBench } = await import('./search.mjs');
  const result = await searchBench({ cases: searchCases, runs: 20 });
  const size = `${(result.cases / 1000).toFixed(0)}k cases`;
  return [
    [`search p95, one connection (${size})`, result.apiP95, 'ms', '≤ 50 ms', result.apiP95 <= 50],
    [`search API/raw without RLS (${size})`, result.ratio, '×', '≥ 0.85', result.ratio >= 0.85],
  ];
});

await step('reports', async () => {
  const output = await script('reports.mjs', ['--runs', '5']);
  const year = number(output, /366 days to today\s+wall median\s+(\d+) ms/);
  const month = number(output, /30 days to today\s+wall median\s+(\d+) ms/);
  return [
    ['reports summary, 366 days (50k cases)', year, 'ms', '≤ 300 ms', year <= 300],
    ['reports summary, 30 days (50k cases)', month, 'ms', '≤ 300 ms', month <= 300],
  ];
});

await step('import', async () => {
  const { importBench } = await import('./cases/import.mjs');
  const result = await importBench({ rows: 10_000 });
  const total = result.uploadSeconds + result.commitSeconds;
  return [
    ['import 10,000 rows (dry run + commit)', total, 's', '≤ 3 s', total <= 3],
    ['import API peak RSS', result.peakDuring, 'MB', 'bounded (for the record)', true],
  ];
});

await step('startup', async () => {
  const output = await script('startup.mjs', ['2']);
  const ready = number(output, /median[^:]*: start → first 200 ([\d.]+) s/);
  const rss = number(output, /idle RSS (\d+) MB \(target/);
  return [
    ['startup, first 200', ready, 's', '≤ 2 s', ready <= 2],
    ['startup, idle RSS', rss, 'MB', '≤ 200 MB', rss <= 200],
  ];
});

if (existsSync(path.join(here, 'documents.mjs')))
  await step('documents', async () =>
    verdictLines('documents', await script('documents.mjs', ['--quick', '--count=16'])),
  );
if (existsSync(path.join(here, 'ocr.mjs')))
  await step('ocr', async () => verdictLines('ocr', await script('ocr.mjs', ['--limit', '8'])));

record('first screen, Lighthouse mobile /cases and portal', 'not measured by this summary', '', '≥ 95', null, {
  before: loadAverage(),
  after: loadAverage(),
});

const file = path.join(root, 'bench-results.json');
writeFileSync(
  file,
  `${JSON.stringify(
    {
      startedAt: runStarted.toISOString(),
      finishedAt: new Date().toISOString(),
      loadAverageBefore: runLoadBefore,
      loadAverageAfter: loadAverage(),
      options: { reseed, searchCases, seconds, skip: [...skip] },
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\n=== summary (load average before ${runLoadBefore}, after ${loadAverage()})`);
for (const entry of results)
  console.log(
    `${entry.name}: ${entry.error ? 'FAILED' : typeof entry.value === 'number' ? Number(entry.value.toFixed(2)) : entry.value}${entry.unit && entry.unit !== '×' ? ` ${entry.unit}` : entry.unit === '×' ? '×' : ''} (${entry.target})${entry.error ? '' : verdict(entry)}`,
  );
console.log(`written to ${path.relative(root, file)}`);
if (args.includes('--markdown')) {
  // The table for docs/performance.md.
  console.log(`\n| figure | value | target | met | load average before / after |\n| --- | --- | --- | --- | --- |`);
  for (const entry of results) {
    const value = entry.error
      ? 'FAILED'
      : typeof entry.value === 'number'
        ? `${Number(entry.value.toFixed(2))}${entry.unit === '×' ? '×' : entry.unit ? ` ${entry.unit}` : ''}`
        : String(entry.value);
    const met = entry.target === RECORD ? '' : entry.met === null ? 'not measured' : entry.met ? 'MET' : 'MISSED';
    console.log(
      `| ${entry.name} | ${value.replace(/\|/g, '/')} | ${entry.target} | ${met} | ${entry.loadBefore} / ${entry.loadAfter} |`,
    );
  }
}
process.exit(0);
