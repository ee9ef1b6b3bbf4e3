// Not a benchmark: records a V8 CPU profile of the API serving the primary list query at 32 connections and prints
// the functions with the most self time, grouped by package. Usage: node tools/bench/cases/profile-list.mjs [seconds]
import { readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { BIG_OWNER, fmt, load, login, prepare, request, root, startApi } from './common.mjs';

const seconds = Number(process.argv[2] ?? 10);
const dir = path.join(root, '.data', 'profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const db = await prepare();
try {
  const api = await startApi(db.databaseUrl, {}, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  try {
    const session = await login(api.base, BIG_OWNER);
    const query = 'state=AWAITING_DEPOSIT&sort=updatedAt&order=desc&limit=50';
    const stats = await load({
      pid: api.pid,
      concurrency: 32,
      durationMs: seconds * 1000,
      once: async () => (await request(api.base, 'GET', `/api/cases?${query}`, { headers: session })).status === 200,
    });
    console.log(fmt(stats));
  } finally {
    await api.stop();
  }
} finally {
  await db.stop();
}
const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i += 1) {
  const node = byId.get(profile.samples[i]);
  self.set(node.id, (self.get(node.id) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const group = (url) => {
  if (!url) return '(native/v8)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node core';
  return url.replace(`file://${root}/`, '');
};
const byGroup = new Map();
const byFn = new Map();
for (const [id, time] of self) {
  const node = byId.get(id);
  const g = group(node.callFrame.url);
  byGroup.set(g, (byGroup.get(g) ?? 0) + time);
  const key = `${node.callFrame.functionName || '(anon)'} ${g}:${node.callFrame.lineNumber}`;
  byFn.set(key, (byFn.get(key) ?? 0) + time);
}
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`self time by package:\n${top(byGroup, 25)}\n\nself time by function:\n${top(byFn, 40)}`);
