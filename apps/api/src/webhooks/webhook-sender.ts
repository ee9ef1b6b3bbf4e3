import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { isInternalAddress, resolveSafely } from './webhook-url';

/** A new signing secret as Standard Webhooks writes them: whsec_ + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** What a receiver gets: the event's type, when it happened and its payload (docs/integrations.md). */
export function webhookBody(type: string, createdAt: Date, payload: unknown): string {
  return JSON.stringify({ type, timestamp: createdAt.toISOString(), data: payload });
}

/** The three Standard Webhooks headers for this attempt (a retry is signed again with its own timestamp). */
export function signedHeaders(secret: string, eventId: string, body: string, now = new Date()): Record<string, string> {
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(eventId, now, body),
  };
}

export type SendResult = { statusCode: number | null; error: string | null; durationMs: number };

/** How much of a receiver's answer is read (and thrown away) before the connection is dropped. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * One POST to a receiver: no redirects followed, a hard timeout over the whole exchange, and with `allowPrivate`
 * off a DNS lookup that refuses internal addresses. Never throws: the outcome is a status code or an error text.
 */
export function sendWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<SendResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    const pending: { request?: http.ClientRequest } = {};
    const timer = setTimeout(() => {
      pending.request?.destroy(new Error(`timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, error, durationMs: Date.now() - started });
    };
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      finish(null, 'invalid URL');
      return;
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivate && isIP(host) !== 0 && isInternalAddress(host)) {
      finish(null, `EWEBHOOKPRIVATE ${host} is an internal address`);
      return;
    }
    const transport = target.protocol === 'https:' ? https : http;
    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Waiji-Webhooks/1.0',
        },
        agent: false,
        ...(options.allowPrivate ? {} : { lookup: resolveSafely }),
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) {
            response.destroy();
            finish(response.statusCode ?? null, null);
          }
        });
        response.on('end', () => finish(response.statusCode ?? null, null));
        response.on('error', () => finish(response.statusCode ?? null, null));
      },
    );
    pending.request = request;
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish(null, [error.code, error.message].filter(Boolean).join(' ').slice(0, 500)),
    );
    request.end(body);
  });
}
