import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { errorBody } from '@waiji/contract';
import { createTestApp } from '../testing/app';
import { createTestDatabase, type TestDatabase } from '../testing/database';
import { BODY_LIMIT_BYTES } from '../main';

describe('HTTP basics: error shape, security headers, docs, web app', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'waiji-web-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Waiji test shell</title><div id="root"></div>');
  writeFileSync(path.join(webDist, 'app.js'), 'console.log("asset")');

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db.url, { WEB_DIST_DIR: webDist });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('answers unknown API routes with 404 in the one error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(errorBody.parse(response.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON with 400, not 500, and no stack trace', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/health', headers: { 'content-type': 'application/json' }, payload: '{"broken": ' });
    expect(response.statusCode).toBe(400);
    const body = errorBody.parse(response.json());
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(response.body).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers an oversized body with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ blob: 'x'.repeat(BODY_LIMIT_BYTES + 10) }),
    });
    expect(response.statusCode).toBe(413);
    expect(errorBody.parse(response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sets security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(json.statusCode).toBe(200);
    expect(json.json().paths).toHaveProperty(['/api/health']);
    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('serves the web app at / and for client-side routes, and its assets', async () => {
    for (const url of ['/', '/cases/123']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Waiji test shell');
    }
    const asset = await app.inject({ method: 'GET', url: '/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toContain('asset');
  });
});
