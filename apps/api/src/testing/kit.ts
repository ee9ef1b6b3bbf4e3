// The api test kit: one entry for specs. `useTestApp` / `useTestDatabase` register the jest hooks that give a describe
// block its own database (a clone of the migrated template), the real Nest app on it and, when asked, a superuser
// connection; the helpers that arrange a test's world are re-exported below, so a spec imports from here only.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import type { MailCapture } from '../mail/mail-capture';
import { MailService } from '../mail/mail.service';
import { createTestApp, type TestAppOptions } from './app';
import { createTestDatabase, type TestDatabase } from './database';

export * from './app';
export * from './arrange';
export * from './database';
export * from './fixtures';
export * from './http';
export * from './mail';

type Env = Record<string, string>;

export type DatabaseKitOptions = {
  /** false: an empty database (no migrations) instead of a clone of the migrated template. */
  migrated?: boolean;
  /** Opens `kit.sql`: a connection as the database owner (a superuser, so RLS does not apply) for arranging and inspecting rows. */
  sql?: boolean;
  /** A fresh database for every test (beforeEach/afterEach) instead of one for the describe block. */
  perTest?: boolean;
};

export type AppKitOptions = Omit<DatabaseKitOptions, 'perTest'> &
  TestAppOptions & {
    /** Settings over the test defaults; a function runs in beforeAll, e.g. after starting an SMTP server the app sends to. */
    env?: Env | (() => Env | Promise<Env>);
  };

export type DatabaseKit = {
  readonly db: TestDatabase;
  readonly sql: Client;
  /** Another app on this database (a second instance, other settings); the kit closes it before dropping the database. */
  openApp(env?: Env, options?: TestAppOptions): Promise<NestFastifyApplication>;
  /** Runs `work` with an app of these settings on this database and closes the app when `work` is done. */
  withApp<T>(env: Env, work: (app: NestFastifyApplication) => Promise<T>): Promise<T>;
};

export type TestKit = DatabaseKit & {
  readonly app: NestFastifyApplication;
  /** The app's in-process SMTP server (absent when the app sends to an SMTP_URL). */
  readonly mail: MailCapture;
};

/** A database of the describe block's own, dropped after it; `kit.db` and (with `sql: true`) `kit.sql` in hooks and tests. */
export function useTestDatabase(options: DatabaseKitOptions = {}): DatabaseKit {
  return useKit(options, undefined);
}

/** The real app on a database of the describe block's own: `kit.app`, `kit.db`, `kit.sql` (with `sql: true`), `kit.mail`. */
export function useTestApp(options: AppKitOptions = {}): TestKit {
  const { env, logDestination, beforeInit, ...database } = options;
  return useKit(database, { env, logDestination, beforeInit });
}

type Parts = { db?: TestDatabase; sql?: Client; app?: NestFastifyApplication };

function useKit(
  options: DatabaseKitOptions,
  appOptions: Pick<AppKitOptions, 'env' | keyof TestAppOptions> | undefined,
): TestKit {
  const hookName = options.perTest ? 'beforeEach' : 'beforeAll';
  let parts: Parts = {};
  let state: 'collecting' | 'open' | 'closed' = 'collecting';
  const opened: NestFastifyApplication[] = [];

  /** A part of the kit, or an error that says why it is not there (read too early, too late, or never asked for). */
  const part = <K extends keyof Parts>(name: K, missing: string): NonNullable<Parts[K]> => {
    const value = parts[name];
    if (value) return value;
    if (state === 'collecting') {
      throw new Error(
        `kit.${name} was read before the kit's ${hookName} ran: read it inside a hook or a test, not in the describe body`,
      );
    }
    if (state === 'closed') throw new Error(`kit.${name} was read after the kit closed it`);
    throw new Error(`kit.${name} is not there: ${missing}`);
  };

  const openApp = async (env: Env = {}, app: TestAppOptions = {}): Promise<NestFastifyApplication> => {
    const opening = await createTestApp(part('db', 'the database did not open').url, env, app);
    opened.push(opening);
    return opening;
  };

  const withApp = async <T>(env: Env, work: (app: NestFastifyApplication) => Promise<T>): Promise<T> => {
    const app = await createTestApp(part('db', 'the database did not open').url, env);
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  };

  const open = async (): Promise<void> => {
    state = 'open';
    const db = await createTestDatabase({ migrated: options.migrated });
    parts = { db };
    if (options.sql) {
      const sql = new Client({ connectionString: db.url });
      await sql.connect();
      parts.sql = sql;
    }
    if (appOptions) {
      const { env, ...app } = appOptions;
      parts.app = await openApp(typeof env === 'function' ? await env() : env, app);
    }
  };

  const close = async (): Promise<void> => {
    const { db, sql } = parts;
    parts = {};
    state = 'closed';
    try {
      // Apps first: their pools hold connections to the database that is dropped last.
      for (const app of opened.splice(0)) await app.close();
      await sql?.end();
    } finally {
      await db?.drop();
    }
  };

  if (options.perTest) {
    beforeEach(open);
    afterEach(close);
  } else {
    beforeAll(open);
    afterAll(close);
  }

  return {
    get db() {
      return part('db', 'the database did not open');
    },
    get sql() {
      return part('sql', 'ask for it with { sql: true }');
    },
    get app() {
      return part(
        'app',
        appOptions ? 'the app did not start' : 'useTestDatabase opens no app; use useTestApp or kit.openApp',
      );
    },
    get mail() {
      const capture = part('app', 'the app did not start').get(MailService).capture;
      if (!capture)
        throw new Error('kit.mail is not there: this app sends to SMTP_URL, so it has no in-process capture');
      return capture;
    },
    openApp,
    withApp,
  };
}
