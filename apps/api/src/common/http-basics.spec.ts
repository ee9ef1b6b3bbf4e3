import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { errorBody } from '@waiji/contract';
import { useTestApp } from '../testing/kit';
import { BODY_LIMIT_BYTES } from '../main';

describe('HTTP basics: error shape, security headers, docs, web app', () => {
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'waiji-web-'));
  writeFileSync(
    path.join(webDist, 'index.html'),
    '<!doctype html><title>Waiji test shell</title><div id="root"></div>',
  );
  writeFileSync(path.join(webDist, 'app.js'), 'console.log("asset")');
  // As the web build leaves them: hashed files under assets/ with .br and .gz beside them.
  const shell = '<!doctype html><title>Waiji test shell</title><div id="root"></div>';
  writeFileSync(path.join(webDist, 'index.html.gz'), gzipSync(shell));
  writeFileSync(path.join(webDist, 'index.html.br'), brotliCompressSync(shell));
  mkdirSync(path.join(webDist, 'assets'));
  const chunk = `export const words = ${JSON.stringify('a helper tracks the case '.repeat(200))};`;
  writeFileSync(path.join(webDist, 'assets', 'page-abc123.js'), chunk);
  writeFileSync(path.join(webDist, 'assets', 'page-abc123.js.br'), brotliCompressSync(chunk));

  const kit = useTestApp({ env: { WEB_DIST_DIR: webDist } });

  it('answers unknown API routes with 404 in the one error shape', async () => {
    const response = await kit.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(errorBody.parse(response.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON with 400, not 500, and no stack trace', async () => {
    const response = await kit.app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken": ',
    });
    expect(response.statusCode).toBe(400);
    const body = errorBody.parse(response.json());
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(response.body).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers an oversized body with 413', async () => {
    const response = await kit.app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ blob: 'x'.repeat(BODY_LIMIT_BYTES + 10) }),
    });
    expect(response.statusCode).toBe(413);
    expect(errorBody.parse(response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sets security headers', async () => {
    const response = await kit.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await kit.app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(json.statusCode).toBe(200);
    expect(json.json().paths).toHaveProperty(['/api/health']);
    const ui = await kit.app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('serves the web app at / and for client-side routes, and its assets', async () => {
    for (const url of ['/', '/cases/123']) {
      const response = await kit.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Waiji test shell');
    }
    const asset = await kit.app.inject({ method: 'GET', url: '/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toContain('asset');
  });

  it('sends the build’s precompressed files to clients that accept them, hashed assets cached for a year', async () => {
    const br = await kit.app.inject({
      method: 'GET',
      url: '/assets/page-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain('a helper tracks the case');

    const plain = await kit.app.inject({ method: 'GET', url: '/assets/page-abc123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('a helper tracks the case');

    // The shell (at / and at every client-side route) is revalidated on each visit so a deploy shows at once.
    for (const url of ['/', '/cases/123']) {
      const gzip = await kit.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
      expect([url, gzip.headers['content-encoding'], gzip.headers['cache-control']]).toEqual([url, 'gzip', 'no-cache']);
      expect(gunzipSync(gzip.rawPayload).toString()).toContain('Waiji test shell');
      const refused = await kit.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.body).toContain('Waiji test shell');
    }
  });

  it('compresses large API answers for clients that accept it, and only for them', async () => {
    const compressed = await kit.app.inject({
      method: 'GET',
      url: '/api/docs/openapi.json',
      headers: { 'accept-encoding': 'br' },
    });
    expect(compressed.headers['content-encoding']).toBe('br');
    const body = brotliDecompressSync(compressed.rawPayload).toString();
    expect(JSON.parse(body)).toHaveProperty(['paths', '/api/health']);
    expect(compressed.rawPayload.length).toBeLessThan(body.length / 3);

    const plain = await kit.app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(body);
  });
});
