// Starting the real app for browser runs (end-to-end journeys, Lighthouse): builds what is stale, then
// `node tools/start.mjs` (embedded PostgreSQL, in-process mail capture) on free ports with the caller's DATA_DIR,
// and waits for /api/health to report the database up.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const buildIfStale = async () => {
  const { isBuildStale } = await import(path.join(root, 'tools/build.mjs'));
  if (!isBuildStale()) return;
  console.log('Building (sources changed since the last build)…');
  const build = spawnSync(process.execPath, [path.join(root, 'tools/build.mjs'), '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed');
};

export const startServer = async (dataDir, extraEnv = {}) => {
  // The captured-mail listing answers only with the start's token; lib/mail.mjs reads it from this process's env.
  process.env.DEV_MAIL_TOKEN ??= randomBytes(18).toString('base64url');
  const port = await freePort();
  const pgPort = await freePort();
  // Mail in: an SMTP listener the journeys send Alipay's emails to (journey-mail-in.mjs).
  process.env.E2E_INBOUND_SMTP_PORT ??= String(await freePort());
  const logPath = path.join(dataDir, 'server.log');
  const log = createWriteStream(logPath);
  const child = spawn(process.execPath, [path.join(root, 'tools/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      WAIJI_SKIP_BUILD: '1',
      // Fast ticks so reminders and emails move while a journey runs.
      SCHEDULER_INTERVAL_MS: process.env.SCHEDULER_INTERVAL_MS ?? '5000',
      // A client's state-change email waits out the 10-minute undo window in production; journeys that read it
      // cannot wait that long.
      CLIENT_NOTICE_DELAY_SECONDS: process.env.CLIENT_NOTICE_DELAY_SECONDS ?? '3',
      INBOUND_SMTP_PORT: process.env.E2E_INBOUND_SMTP_PORT,
      INBOUND_DOMAIN: process.env.INBOUND_DOMAIN ?? 'in.e2e.example',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  let ready = false;
  while (!ready && Date.now() < deadline) {
    const done = await Promise.race([exited.then(() => true), sleep(500).then(() => false)]);
    if (done) throw new Error(`the server exited during start-up; see ${logPath}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      ready = response.ok && (await response.json()).db === 'up';
    } catch {
      // not listening yet
    }
  }
  if (!ready) {
    child.kill('SIGTERM');
    throw new Error(`/api/health did not answer within 3 minutes; see ${logPath}`);
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
    if (!stopped) child.kill('SIGKILL');
    log.end();
  };
  return { baseUrl, stop, logPath };
};
