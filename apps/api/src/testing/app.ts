import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { loadConfig, type Config } from '../config/config';
import { createApp } from '../main';

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    LOG_FORMAT: 'json',
    ...overrides,
  });
}

export type TestAppOptions = {
  /** Where the app's log lines go (pino's stream), for tests that read them. */
  logDestination?: DestinationStream;
  /** Runs after Nest built the app and before it starts: the place for Fastify hooks of the test's own. */
  beforeInit?: (app: NestFastifyApplication) => void;
};

/** The real Nest app on a real database, ready for `app.inject()`. */
export async function createTestApp(
  databaseUrl: string,
  overrides: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<NestFastifyApplication> {
  const app = await createApp(testConfig(databaseUrl, overrides), { logDestination: options.logDestination });
  options.beforeInit?.(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
