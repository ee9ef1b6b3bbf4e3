import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, type Config } from '../config/config';
import { createApp } from '../main';

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', LOG_FORMAT: 'json', ...overrides });
}

/** The real Nest app on a real database, ready for `app.inject()`. */
export async function createTestApp(databaseUrl: string, overrides: Record<string, string> = {}): Promise<NestFastifyApplication> {
  const app = await createApp(testConfig(databaseUrl, overrides));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
