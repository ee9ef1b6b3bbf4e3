// Size budget of the first screen: `node apps/web/scripts/size-budget.mjs [--dist <dir>] [--budget <KB>]`.
// Reads the built index.html, takes the scripts it loads and the modules it preloads, follows their static
// imports (never the lazy `import()` of pages), gzips each file and fails when the total is over the budget
// (200 KB gzipped by default). Run it after `npx vite build --config apps/web/vite.config.ts`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const argValue = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const dist = path.resolve(argValue('dist') ?? fileURLToPath(new URL('../dist', import.meta.url)));
const budgetKb = Number(argValue('budget') ?? 200);
const indexPath = path.join(dist, 'index.html');

if (!existsSync(indexPath)) {
  console.error(
    `✖ ${indexPath} does not exist: build the web app first (npx vite build --config apps/web/vite.config.ts).`,
  );
  process.exit(1);
}

const html = readFileSync(indexPath, 'utf8');
const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`))?.[1];
const entries = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
  // Classic scripts too (public/warm-intl.js): whatever the page loads counts.
  const src = attribute(tag, 'src');
  if (src) entries.add(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
  const href = attribute(tag, 'href');
  if (href && attribute(tag, 'rel') === 'modulepreload') entries.add(href);
}

const fileOf = (url, from = dist) => (url.startsWith('/') ? path.join(dist, url) : path.resolve(from, url));

// `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"` — but not `import("./x.js")`.
const staticImports = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The files `start` loads before it runs: itself and its static imports, transitively. */
const closure = (starts) => {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(staticImports)) queue.push(path.resolve(path.dirname(file), specifier));
  }
  return [...seen];
};

const measure = (files) =>
  files
    .map((file) => {
      const bytes = readFileSync(file);
      return { file: path.relative(dist, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const initial = measure(closure([...entries].map((url) => fileOf(url))));
const total = initial.reduce((sum, item) => sum + item.gzip, 0);

console.log('Initial JavaScript (index.html scripts, modulepreloads and their static imports):');
for (const item of initial)
  console.log(`  ${item.file.padEnd(44)} ${kb(item.raw).padStart(8)} KB raw ${kb(item.gzip).padStart(8)} KB gzip`);

// For information: what the heaviest screens add on top (their lazy chunk and its static imports).
const assets = path.join(dist, 'assets');
const initialFiles = new Set(initial.map((item) => item.file));
const assetNames = existsSync(assets) ? readdirSync(assets) : [];
for (const page of [
  'CaseListPage',
  'TodayPage',
  'CasePage',
  'BoardPage',
  'ReportsPage',
  'PortalHomePage',
  'SignInPage',
  'StartPage',
]) {
  const chunk = assetNames.find((name) => name.startsWith(`${page}-`) && name.endsWith('.js'));
  if (!chunk) continue;
  const extra = measure(closure([path.join(assets, chunk)])).filter((item) => !initialFiles.has(item.file));
  console.log(
    `  + ${page} route: ${kb(extra.reduce((sum, item) => sum + item.gzip, 0))} KB gzip more (lazy, ${extra.length} files)`,
  );
}

const verdict = total <= budgetKb * 1024;
console.log(
  `Initial JS: ${kb(total)} KB gzipped (budget ${budgetKb} KB) — ${verdict ? 'within budget' : 'OVER BUDGET'}`,
);
process.exitCode = verdict ? 0 : 1;
