import { ConfigError, loadConfig } from './config';

const valid = { DATABASE_URL: 'postgresql://u:p@localhost:5432/waiji' };
const KEY = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('applies defaults to a minimal environment', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      logFormat: 'pretty',
      migrateOnStart: true,
      seedDemo: true,
    });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('logs JSON in production unless told otherwise', () => {
    const production = {
      ...valid,
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://mail.example.com:587',
      ENCRYPTION_KEY: KEY,
    };
    expect(loadConfig(production).logFormat).toBe('json');
    expect(loadConfig({ ...production, LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  });

  it('refuses to run in production without SMTP_URL, and marks cookies Secure there', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/SMTP_URL/);
    expect(
      loadConfig({ ...valid, NODE_ENV: 'production', SMTP_URL: 'smtps://u:p@mail.example.com', ENCRYPTION_KEY: KEY })
        .session.cookieSecure,
    ).toBe(true);
    expect(loadConfig(valid).session.cookieSecure).toBe(false);
  });

  it('refuses to run in production without ENCRYPTION_KEY; elsewhere derives a fixed development key', () => {
    const production = { ...valid, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.com:587' };
    expect(() => loadConfig(production)).toThrow(/ENCRYPTION_KEY/);
    expect(loadConfig({ ...production, ENCRYPTION_KEY: KEY }).encryption).toEqual({
      key: Buffer.alloc(32, 7),
      source: 'environment',
      previous: [],
    });
    // After a rotation the former keys (comma-separated) still open what they wrapped.
    const earlier = Buffer.alloc(32, 9).toString('base64');
    expect(
      loadConfig({ ...production, ENCRYPTION_KEY: KEY, ENCRYPTION_KEYS_PREVIOUS: earlier }).encryption.previous,
    ).toEqual([Buffer.alloc(32, 9)]);
    const development = loadConfig(valid).encryption;
    expect(development.source).toBe('development');
    expect(development.key).toHaveLength(32);
    expect(loadConfig(valid).encryption.key.equals(development.key)).toBe(true);
  });

  it.each([
    [{ ...valid, ENCRYPTION_KEY: 'too-short' }, 'ENCRYPTION_KEY', '32 bytes'],
    [{ ...valid, ENCRYPTION_KEY: Buffer.alloc(31).toString('base64') }, 'ENCRYPTION_KEY', '32 bytes'],
    [{}, 'DATABASE_URL', 'is required'],
    [{ ...valid, PORT: 'eighty' }, 'PORT', ''],
    [{ ...valid, PORT: '70000' }, 'PORT', ''],
    [{ ...valid, DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL', 'postgresql://'],
    [{ ...valid, NODE_ENV: 'staging' }, 'NODE_ENV', ''],
    [{ ...valid, MIGRATE_ON_START: 'maybe' }, 'MIGRATE_ON_START', ''],
    [{ ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL', ''],
  ])('names the bad variable: %j → %s', (env, variable, fragment) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problem = (error as ConfigError).problems.find((p) => p.variable === variable);
    expect(problem).toBeDefined();
    expect(problem?.message).toContain(fragment);
    expect((error as ConfigError).message).toContain(variable);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...valid, PORT: '' }).port).toBe(3000);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/DATABASE_URL[\s\S]*PORT|PORT[\s\S]*DATABASE_URL/);
  });
});
