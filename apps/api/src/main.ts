import 'reflect-metadata';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { constants as zlib } from 'node:zlib';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import fastifyMultipart from '@fastify/multipart';
import { Logger } from 'nestjs-pino';
import { Pool } from 'pg';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { ConfigError, loadConfig, type Config } from './config/config';
import { ensureDatabase, migrate } from './database/migrator';
import { DEMO_LOGIN, seedDemo } from './database/seed';
import { useWebDist } from './common/spa';
import { servePortalPages } from './common/portal-page';
import { serveOpenApi } from './common/openapi';
import { rejectNulCharacters } from './common/nul-characters';

export const BODY_LIMIT_BYTES = 1_048_576;

function webDistDir(config: Config): string {
  return config.webDistDir ?? path.resolve(__dirname, '../../web/dist');
}

/** Builds the Nest application without listening; tests use this directly. */
export async function createApp(
  config: Config,
  options: { logDestination?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: config.trustProxy });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.logDestination),
    adapter,
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  rejectNulCharacters(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // blob: the document review shows a file fetched with the session (GET /api/documents/:id/content).
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.env === 'production',
  });

  // API answers (a page of 50 cases is ~38 KB of JSON, ~5 KB compressed) are compressed per response at a cheap
  // level; the web app's files were compressed once at build time (apps/web/build/precompress.ts) and are sent as
  // they are. Clients that send no Accept-Encoding (the benchmarks, curl) get plain bodies.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });

  // API answers carry client data (names, cases, the passport reveal): no browser or proxy may keep a copy. Routes
  // that choose their own caching (the calendar feed) set the header themselves.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
        void reply.header('cache-control', 'no-store');
      return payload;
    });

  const dist = webDistDir(config);
  if (existsSync(dist) && useWebDist(dist)) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      // Vite puts a content hash in every file name under assets/: those never change, so browsers keep them a
      // year; everything else (index.html, favicon) is revalidated on each visit so a deploy shows at once.
      setHeaders: (reply, file) => {
        void reply.header(
          'cache-control',
          file.startsWith(path.join(dist, 'assets') + path.sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    servePortalPages(app.getHttpAdapter().getInstance(), dist);
  }

  // File uploads (documents, screenshots) for the whole app, registered once: each route reads its parts with its own
  // limits (request.file({ limits })); these are the ceilings no route can raise.
  await app.register(fastifyMultipart, { limits: { fileSize: 25 * 1024 * 1024, files: 1, fields: 10, parts: 12 } });

  serveOpenApi(app);
  return app;
}

export type BootstrapOptions = {
  /** Runs after the app has closed on SIGINT/SIGTERM, before exit (the launcher stops its database here). */
  afterClose?: () => Promise<void>;
};

/** Production start: migrate, seed, listen, and shut down cleanly on SIGINT/SIGTERM. */
export async function bootstrap(
  env: Record<string, string | undefined> = process.env,
  options: BootstrapOptions = {},
): Promise<NestFastifyApplication> {
  const config = loadConfig(env);
  if (config.migrateOnStart) {
    await ensureDatabase(config.databaseUrl);
    const result = await migrate(config.databaseUrl, { log: (line) => console.log(line) });
    if (result.applied.length === 0)
      console.log(`Database is up to date (${result.alreadyApplied.length} migrations).`);
  }
  if (config.seedDemo) {
    const pool = new Pool({ connectionString: config.databaseUrl, max: 1 });
    try {
      const { created } = await seedDemo(pool);
      if (created) console.log('Seeded the demo organization.');
    } finally {
      await pool.end();
    }
  }
  const app = await createApp(config);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${config.port} is already in use. Stop the other process or set PORT to a free port.`,
      );
    }
    throw error;
  }
  handleSignals(app, options.afterClose);
  console.log(`\nWaiji is running at ${config.publicUrl}  (API docs: ${config.publicUrl}/api/docs)`);
  if (!isLoopbackHost(config.host))
    console.log(
      `Listening on ${config.host}: reachable from other machines. Put it behind a TLS proxy (README: Running on a server).`,
    );
  if (config.devMailToken) {
    console.log(
      `No SMTP_URL: mail is not sent. Read it here (this machine only): ${config.publicUrl}/api/dev/mail?token=${config.devMailToken}`,
    );
  }
  if (config.seedDemo) console.log(`Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n`);
  return app;
}

export class StartupError extends Error {}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Nest's own shutdown hooks re-raise the signal after closing, which would skip `afterClose`; we own it. */
function handleSignals(app: NestFastifyApplication, afterClose?: () => Promise<void>): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) {
      console.error(`Received ${signal} again; exiting now.`);
      process.exit(1);
    }
    closing = true;
    console.log(`Received ${signal}; shutting down…`);
    app
      .close()
      .then(() => afterClose?.())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Shutdown failed:', error);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** For `node dist/main.js`: exit non-zero with a readable message on bad configuration. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

if (require.main === module) {
  bootstrap().catch((error: unknown) => {
    console.error(describeStartupFailure(error));
    process.exit(1);
  });
}
