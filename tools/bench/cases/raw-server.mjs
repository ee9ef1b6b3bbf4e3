// The comparison server of the benchmarks: node:http + pg, no framework, no ORM, no session lookup (the caller's
// organization and user come in headers). It runs exactly the SQL the API runs, with the API's own code from
// apps/api/dist: GET /cases = the case list (query builder, tenant transaction, same contract validation, same
// JSON); POST /cases/:id/transitions = the transition (load, machine, the one conditional statement, the client's
// notices, COMMIT).
// Usage: node raw-server.mjs <databaseUrl> <port> <poolSize>
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { apiEnv, root } from './common.mjs';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');
const { caseListQuery, transitionRequest } = require('@waiji/contract');
const { loadForTransition, toTimelineEntry } = require(path.join(root, 'apps/api/dist/cases/case-rows.js'));
const { performTransition } = require(path.join(root, 'apps/api/dist/cases/transitions.service.js'));
const { ApiError, statusFor } = require(path.join(root, 'apps/api/dist/common/api-error.js'));
const { listCasePage } = require(path.join(root, 'apps/api/dist/cases/case-list.js'));
const { toCaseResponse } = require(path.join(root, 'apps/api/dist/cases/case-rows.js'));
const { inTransaction } = require(path.join(root, 'apps/api/dist/database/transaction.js'));
const { ClientNotices } = require(path.join(root, 'apps/api/dist/cases/client-notices.js'));
const { loadConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));

const [databaseUrl, port, poolSize] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: Number(poolSize) });
// The client's in-app notice and email of a state change are written in the transition's transaction, as the API does.
const notices = new ClientNotices(loadConfig(apiEnv(databaseUrl, port)));

http
  .createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const organizationId = req.headers['x-organization'];
      const userId = req.headers['x-user'];
      const transition = /^\/cases\/([0-9a-f-]{36})\/transitions$/.exec(url.pathname);
      if (req.method === 'POST' && transition) {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const input = transitionRequest.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        if (!input.success) {
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: input.error.issues }));
          return;
        }
        const auth = { userId, organizationId, role: 'OWNER', clientId: null, email: '', sessionId: '', ip: undefined };
        const { retryAfter, receivedAt, ...rest } = input.data.payload ?? {};
        const payload = {
          ...rest,
          ...(retryAfter ? { retryAfter: new Date(retryAfter) } : {}),
          ...(receivedAt ? { receivedAt: new Date(receivedAt) } : {}),
        };
        const now = new Date();
        try {
          const done = await inTransaction(pool, { organizationId }, async (tx) => {
            const current = await loadForTransition(tx, organizationId, transition[1], userId);
            return performTransition(
              tx,
              auth,
              current,
              { action: input.data.action, version: input.data.version, payload },
              now,
              notices,
            );
          });
          res
            .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
            .end(JSON.stringify({ case: toCaseResponse(done.row, now), event: toTimelineEntry(done.event) }));
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          res
            .writeHead(statusFor(error.code), { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } }));
        }
        return;
      }
      const params = {};
      for (const key of url.searchParams.keys()) {
        const all = url.searchParams.getAll(key);
        params[key] = all.length > 1 ? all : all[0];
      }
      const parsed = caseListQuery.safeParse(params);
      if (!parsed.success) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: parsed.error.issues }));
        return;
      }
      const { view: _view, cursor, limit, ...filters } = parsed.data;
      const now = new Date();
      const page = await inTransaction(
        pool,
        { organizationId },
        (tx) => listCasePage(tx, { organizationId, userId }, filters, { cursor, limit }, now),
        { readOnly: true },
      );
      const body = JSON.stringify({
        items: page.rows.map((row) => toCaseResponse(row, now)),
        nextCursor: page.nextCursor,
      });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  })
  .listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
