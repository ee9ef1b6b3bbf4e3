// Shared by tools/fault/reminders-fault.mjs and tools/bench/reminders-throughput.mjs: an embedded PostgreSQL,
// a seeded organization with due reminders, API instances run from apps/api/dist (build first:
// `npx tsc -b apps/api`), and an SMTP sink on loopback that counts Message-IDs. Loopback only.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { startEmbeddedPostgres } = require(path.join(root, 'tools/embedded-postgres.cjs'));
const { SMTPServer } = require('smtp-server');
const pg = require('pg');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(check, { timeoutMs, everyMs = 200, what = 'condition' }) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** A PostgreSQL of our own in a temporary directory; `restart()` stops and starts it on the same port. */
export async function startDatabase({ fsync = true } = {}) {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'waiji-fault-'));
  chmodSync(parent, 0o755);
  const dataDir = path.join(parent, 'pg');
  let server = await startEmbeddedPostgres({ dataDir, fsync });
  const port = server.port;
  const adminUrl = server.url('postgres');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE waiji');
  await admin.end();
  const url = server.url('waiji');
  const migrator = require(path.join(root, 'apps/api/dist/database/migrator.js'));
  await migrator.migrate(url);
  return {
    url,
    port,
    async stop() {
      await server.stop();
    },
    async start() {
      server = await startEmbeddedPostgres({ dataDir, port, fsync });
    },
    async destroy() {
      await server.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

export async function query(url, text, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * One organization, `helpers` HELPER members (immediate email), `reminders` submitted bank-card cases (each
 * with its own consenting client, assigned round-robin) whose DEPOSIT_EXPECTED reminder is due now: every
 * reminder means one email to its helper and one to its client (`dueLater`: due tomorrow, for the caller to make
 * them all due at once). Returns the expected Message-IDs.
 */
export async function seed(url, { reminders, helpers = 20, dueLater = false }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const [{ id: organizationId }] = (
      await client.query(
        `INSERT INTO organization (name, kind, "updatedAt") VALUES ('Fault test agency', 'AGENCY', now()) RETURNING id`,
      )
    ).rows;
    await client.query(
      `WITH u AS (INSERT INTO "user" (email, "displayName", "updatedAt")
                  SELECT 'helper' || g || '@fault.test', 'Helper ' || g, now() FROM generate_series(1, $2::int) g RETURNING id)
       INSERT INTO membership ("organizationId", "userId", role, "updatedAt") SELECT $1, id, 'HELPER', now() FROM u`,
      [organizationId, helpers],
    );
    await client.query(
      `WITH helpers AS (SELECT "userId", row_number() OVER (ORDER BY "userId") - 1 AS n FROM membership WHERE "organizationId" = $1),
       cl AS (INSERT INTO client ("organizationId", "passportName", email, "emailConsent", "preferredLanguage", "updatedAt")
              SELECT $1, 'CLIENT ' || g, 'client' || g || '@fault.test', true, CASE WHEN g % 2 = 0 THEN 'zh' ELSE 'en' END, now()
                FROM generate_series(1, $2::int) g RETURNING id),
       numbered AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM cl),
       cs AS (INSERT INTO "case" ("organizationId", "clientId", type, state, "stateEnteredAt", "submittedAt", "assigneeId", bank, "cardLast4", "updatedAt")
              SELECT $1, numbered.id, 'BANK_CARD_VERIFICATION', 'SUBMITTED', now() - interval '5 days', now() - interval '5 days',
                     (SELECT "userId" FROM helpers WHERE helpers.n = numbered.n % $3::int), 'BOC', '1234', now()
                FROM numbered RETURNING id, "organizationId")
       INSERT INTO reminder ("organizationId", "caseId", kind, key, audience, "dueAt", reason, "reasonZh", "updatedAt")
       SELECT "organizationId", id, 'DEPOSIT_EXPECTED', 'DEPOSIT_EXPECTED:1', 'BOTH', now() + CASE WHEN $4::boolean THEN interval '1 day' ELSE interval '-1 minute' END,
              'The deposit under RMB 1 should have reached the card (officially 1–2 days). Check the bank SMS, an ATM or the counter.',
              '不足 1 元的打款应已到账（官方称 1–2 天）。请查看银行短信、ATM 或柜台。', now()
         FROM cs`,
      [organizationId, reminders, helpers, dueLater],
    );
    const expected = (
      await client.query(
        `SELECT 'reminder.' || r.id || '.user.' || c."assigneeId" AS a, 'reminder.' || r.id || '.client.' || c."clientId" AS b
           FROM reminder r JOIN "case" c ON c.id = r."caseId" WHERE r."organizationId" = $1`,
        [organizationId],
      )
    ).rows.flatMap((r) => [`<${r.a}@waiji>`, `<${r.b}@waiji>`]);
    await client.query('COMMIT');
    return { organizationId, expected };
  } finally {
    await client.end();
  }
}

/** An SMTP server on loopback that counts what arrives by Message-ID; stop() and start() simulate an outage. */
export class Sink {
  constructor() {
    this.counts = new Map();
    this.times = [];
    this.port = 0;
    this.server = undefined;
  }
  async start(port = this.port) {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 100,
      maxClients: 200,
      onData: (stream, _session, callback) => {
        let head = '';
        let done = false;
        stream.on('data', (chunk) => {
          if (done) return;
          head += chunk.toString('utf8');
          if (/\r?\n\r?\n/.test(head)) done = true;
        });
        stream.on('end', () => {
          const unfolded = head.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
          const id = /^Message-ID:\s*(.*)$/im.exec(unfolded)?.[1]?.trim() ?? '(none)';
          this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
          this.times.push(performance.now());
          callback();
        });
      },
    });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    // A client killed mid-session resets its sockets (ECONNRESET): that is the sink's normal life here, not a crash.
    server.on('error', () => undefined);
    this.server = server;
    this.port = server.server.address().port;
    return this.port;
  }
  async stop() {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
  received() {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }
  /** Lost = expected but never received; duplicates = extra copies of a Message-ID; unexpected = ids nobody expected. */
  verdict(expected) {
    const wanted = new Set(expected);
    let lost = 0;
    let duplicates = 0;
    let unexpected = 0;
    for (const id of wanted) if (!this.counts.has(id)) lost += 1;
    for (const [id, count] of this.counts) {
      if (!wanted.has(id)) unexpected += count;
      else duplicates += count - 1;
    }
    return {
      expected: wanted.size,
      received: this.received(),
      distinct: this.counts.size,
      lost,
      duplicates,
      unexpected,
    };
  }
}

/** `node apps/api/dist/main.js` with the scheduler on; its log goes to a file. */
export async function startInstance(name, { url, smtpPort, env = {}, logDir }) {
  const port = await freePort();
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: url,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      SCHEDULER_ENABLED: 'true',
      SCHEDULER_INTERVAL_MS: '200',
      WEB_DIST_DIR: path.join(os.tmpdir(), 'waiji-no-web'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited during start; see ${logFile}`);
      try {
        return (await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200;
      } catch {
        return false;
      }
    },
    { timeoutMs: 60_000, what: `${name} to answer /api/health` },
  );
  return {
    name,
    pid: child.pid,
    logFile,
    exited,
    kill: (signal = 'SIGTERM') => child.kill(signal),
    exitCode: () =>
      child.exitCode !== null || child.signalCode !== null ? (child.exitCode ?? child.signalCode) : null,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export function requireBuild() {
  if (!existsSync(path.join(root, 'apps/api/dist/main.js'))) {
    console.error('apps/api/dist is missing: run `npx tsc -b apps/api` first.');
    process.exit(1);
  }
}

/** Progress counters straight from the database. */
export async function progress(url) {
  const [row] = await query(
    url,
    `SELECT (SELECT count(*) FROM reminder WHERE status = 'SENT')::int AS "remindersSent",
            (SELECT count(*) FROM reminder WHERE status IN ('PENDING', 'CLAIMED') AND coalesce("snoozedUntil", "dueAt") <= now())::int AS "remindersDue",
            (SELECT count(*) FROM outbound_email)::int AS emails,
            (SELECT count(*) FROM outbound_email WHERE status = 'SENT')::int AS "emailsSent",
            (SELECT count(*) FROM outbound_email WHERE status = 'FAILED')::int AS "emailsFailed"`,
  );
  return row;
}
