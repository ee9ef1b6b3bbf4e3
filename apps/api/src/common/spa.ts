import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Index = { plain: string; br?: Buffer; gzip?: Buffer };
let index: Index | undefined;

const read = (file: string): Buffer | undefined => (existsSync(file) ? readFileSync(file) : undefined);

/**
 * Remembers the built web app's index.html (and the .br/.gz the build wrote beside it) so client-side routes
 * (e.g. /cases/123) load the app.
 */
export function useWebDist(dir: string): boolean {
  const file = path.join(dir, 'index.html');
  if (!existsSync(file)) {
    index = undefined;
    return false;
  }
  index = { plain: readFileSync(file, 'utf8'), br: read(`${file}.br`), gzip: read(`${file}.gz`) };
  return true;
}

/** Which encoding of the index to send: brotli, then gzip, when the client accepts it (q=0 refuses). */
export function pickEncoding(acceptEncoding: string | undefined, available: { br?: unknown; gzip?: unknown }): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(param)))
      .map(([name]) => name?.trim().toLowerCase()),
  );
  if (available.br && accepted.has('br')) return 'br';
  if (available.gzip && accepted.has('gzip')) return 'gzip';
  return undefined;
}

export function sendSpaIndex(request: FastifyRequest, reply: FastifyReply): boolean {
  if (index === undefined) return false;
  const encoding = pickEncoding(request.headers['accept-encoding'], index);
  void reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
  if (encoding) void reply.header('content-encoding', encoding).send(index[encoding]);
  else void reply.send(index.plain);
  return true;
}
