// End-to-end journeys in Debian's Chromium (playwright-core) against the real app: `node apps/web/e2e/run.mjs`.
// Builds what is stale, starts `node tools/start.mjs` (embedded PostgreSQL, in-process mail capture) on free
// ports with a throw-away DATA_DIR, waits for /api/health, runs the journeys, saves screenshots of the main
// screens to docs/screenshots/, stops the server and prints `N passed, N failed` (exit code 1 on a failure).
// Journeys check the pages they reach with axe-core (lib/axe.mjs): a serious or critical violation fails the journey.
//
// Options: --only <name[,name]>  run only these journeys · --keep  leave the data directory for inspection
//          --no-screenshots       skip docs/screenshots/ · CHROMIUM_PATH (default /usr/bin/chromium)
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { journeys } from './journeys.mjs';
import { countA11y, describeA11y } from './lib/axe.mjs';
import { buildIfStale, root, startServer } from './lib/server.mjs';

const argValue = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const only = argValue('only')?.split(',');
const keep = process.argv.includes('--keep');
const screenshots = !process.argv.includes('--no-screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const main = async () => {
  await buildIfStale();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'waiji-e2e-'));
  // mkdtemp makes it 0700; as root, the embedded PostgreSQL runs as `postgres` and must reach its data below it.
  await chmod(dataDir, 0o755);
  const artifacts = path.join(dataDir, 'artifacts');
  await mkdir(artifacts, { recursive: true });
  const screenshotDir = path.join(root, 'docs/screenshots');
  if (screenshots) await mkdir(screenshotDir, { recursive: true });

  console.log(`Starting the app (data in ${dataDir})…`);
  const server = await startServer(dataDir);
  console.log(`App up at ${server.baseUrl}`);
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  let passed = 0;
  let failed = 0;
  const shared = {};
  const a11y = [];
  try {
    for (const journey of journeys) {
      if (only && !only.includes(journey.name)) continue;
      const started = Date.now();
      const context = {
        baseUrl: server.baseUrl,
        browser,
        shared,
        artifacts,
        screenshot: screenshots ? (name) => path.join(screenshotDir, name) : () => undefined,
      };
      try {
        await journey.run(context);
        const found = describeA11y(context.a11y ?? []);
        if (found.length > 0) {
          throw Object.assign(new Error(`accessibility (axe, serious or critical):\n  ${found.join('\n  ')}`), {
            a11y: true,
          });
        }
        passed += 1;
        console.log(`  ✓ ${journey.title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed += 1;
        const lines = error?.a11y
          ? error.message.split('\n')
          : String(error?.stack ?? error)
              .split('\n')
              .slice(0, 6);
        console.log(`  ✕ ${journey.title}\n    ${lines.join('\n    ')}`);
        // A journey that stopped on an error still says what axe had found on the pages before.
        const found = error?.a11y ? [] : describeA11y(context.a11y ?? []);
        if (found.length > 0) console.log(`    and ${found.join('\n    ')}`);
        if (context.page) {
          const shot = path.join(artifacts, `${journey.name}-failure.png`);
          await context.page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
          console.log(`    screenshot: ${shot}`);
        }
      } finally {
        a11y.push(...(context.a11y ?? []));
        await context.browserContext?.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  if (failed === 0 && !keep) await rm(dataDir, { recursive: true, force: true });
  else console.log(`Kept ${dataDir} (server log: ${server.logPath})`);
  if (a11y.length > 0) {
    console.log(
      `axe (serious/critical per page): ${a11y.map((check) => `${check.page} ${countA11y([check])}`).join(' · ')}`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
};

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
