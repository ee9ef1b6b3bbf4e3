import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';

let hasIndex = false;

/** Whether the built web app's index.html exists, so client-side routes (e.g. /cases/123) can load the app. */
export function useWebDist(dir: string): boolean {
  hasIndex = existsSync(path.join(dir, 'index.html'));
  return hasIndex;
}

/**
 * Answers a client-side route with the app's shell through @fastify/static, the same path `/` takes: its
 * precompressed .br/.gz chosen by Accept-Encoding, and its cache headers (the shell is revalidated).
 */
export function sendSpaIndex(reply: FastifyReply): boolean {
  if (!hasIndex) return false;
  void reply.status(200).sendFile('index.html');
  return true;
}
