import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';

let indexHtml: string | undefined;

/** Remembers the built web app's index.html so client-side routes (e.g. /cases/123) load the app. */
export function useWebDist(dir: string): boolean {
  const file = path.join(dir, 'index.html');
  indexHtml = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  return indexHtml !== undefined;
}

export function sendSpaIndex(reply: FastifyReply): boolean {
  if (indexHtml === undefined) return false;
  void reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  return true;
}
