import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { escapeHtml } from '../notifications/content';
import { sendSpaIndex } from './spa';

/** The web build's server renderer (apps/web/src/ssr/renderPortal.tsx, built into apps/web/dist-ssr), as used here. */
type PortalPage = { html: string; state: string; lang: string; dir: 'ltr' | 'rtl' };
type PortalRenderer = {
  renderPortal(input: {
    path: string;
    session: unknown;
    data: { list: unknown[] } | { detail: unknown };
    acceptLanguage: string | undefined;
  }): Promise<PortalPage>;
};

/** JSON inside <script type="application/json">: nothing in it may close the element or start a comment. */
const jsonInHtml = (json: string): string =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * index.html with a server-rendered page in #root (styled by the app's one stylesheet, which index.html links): its
 * language and direction on <html>, the state it was drawn from after #root; and without the session preload, which
 * the state answers. The page's code is not preloaded: on a slow connection it would share the bandwidth with the
 * stylesheet the first paint waits for (measured: first paint 2.6 s instead of 1.8 s on Lighthouse's phone).
 */
export const pageHtml = (template: string, page: PortalPage): string => {
  const root = /<div id="root">(?:<div id="boot-header"[^>]*>[^<]*<\/div>)?<\/div>/;
  if (!root.test(template)) throw new Error('index.html has no #root holding the boot header alone');
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(page.lang)}" dir="${page.dir}"`)
    .replace(/<link rel="preload" href="\/api\/auth\/me"[^>]*>\s*/, '')
    .replace(
      root,
      () =>
        `<div id="root" data-server-rendered="">${page.html}</div>` +
        `<script type="application/json" id="server-rendered-state">${jsonInHtml(page.state)}</script>`,
    );
};

const logger = new Logger('PortalPage');

/**
 * A client's portal (/portal, /portal/cases/:caseId) rendered on the server: the case is on the screen at the first
 * paint instead of after the app's code, the client's language pack and the case have loaded (~1.5 s sooner on a
 * phone on a slow network), and the app takes the page over where it stands (main.tsx). The page is drawn from the
 * API's own answers for the request's session (GET /api/auth/me and the portal's, through fastify.inject: the same
 * guards, tenancy and audit as the app's own requests). Anyone else — signed out, a helper, an individual — and any
 * failure gets the app's shell, as every other page does.
 */
export function servePortalPages(fastify: FastifyInstance, webDist: string): void {
  const rendererFile = path.join(path.dirname(webDist), 'dist-ssr', 'renderPortal.mjs');
  if (!existsSync(rendererFile)) return;
  const template = readFileSync(path.join(webDist, 'index.html'), 'utf8');
  let renderer: Promise<PortalRenderer> | undefined;
  // Loaded on the first portal page, not at start (React's server renderer and the app: ~300 ms, ~40 MB).
  const loadRenderer = (): Promise<PortalRenderer> =>
    (renderer ??= (import(rendererFile) as Promise<PortalRenderer>).catch((error: unknown) => {
      renderer = undefined;
      throw error;
    }));

  const answer = async (request: FastifyRequest, url: string) => {
    // The request's own session and browser: the answer is what the app would get for this request.
    const headers: Record<string, string> = {};
    for (const name of ['cookie', 'user-agent', 'accept-language'] as const) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    return fastify.inject({ method: 'GET', url, headers, remoteAddress: request.ip });
  };

  const handler = async (request: FastifyRequest<{ Params: { caseId?: string } }>, reply: FastifyReply) => {
    if (request.headers.cookie) {
      try {
        const me = await answer(request, '/api/auth/me');
        const session = me.statusCode === 200 ? (me.json() as { role?: string }) : null;
        if (session?.role === 'CLIENT') {
          const { caseId } = request.params;
          const data = await answer(
            request,
            caseId ? `/api/portal/cases/${encodeURIComponent(caseId)}` : '/api/portal/cases',
          );
          if (data.statusCode === 200) {
            const body = data.json() as { items?: unknown[] };
            const page = await (
              await loadRenderer()
            ).renderPortal({
              path: request.url.split('?')[0] ?? '/portal',
              session,
              data: caseId ? { detail: body } : { list: body.items ?? [] },
              acceptLanguage: request.headers['accept-language'],
            });
            return reply
              .status(200)
              .header('cache-control', 'no-store')
              .header('vary', 'cookie')
              .type('text/html; charset=utf-8')
              .send(pageHtml(template, page));
          }
        }
      } catch (error) {
        // The shell draws the page as it always did; the reason is logged without the page's data.
        logger.warn(`portal page not server-rendered: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (!sendSpaIndex(reply)) return reply.status(404).send();
    return reply;
  };
  fastify.get('/portal', handler);
  fastify.get('/portal/cases/:caseId', handler);
}
