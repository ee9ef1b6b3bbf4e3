import { randomUUID } from 'node:crypto';
import type { ClientResponse } from '@waiji/contract';
import { createCase, createClient, signUp, sql, TestUser, useTestApp } from '../testing/kit';
import { encodeCursor } from '../database/keyset';

/** Regressions of the audit's fuzz findings: U+0000 in text and forged pagination cursors both answered 500. */
jest.setTimeout(120_000);

type ErrorReply = {
  error: { code: string; message: string; details?: { issues?: { field: string }[]; field?: string } };
};

describe('hostile input answers 400, never 500', () => {
  const kit = useTestApp();
  let owner: TestUser;
  let client: ClientResponse;

  beforeAll(async () => {
    owner = await signUp(kit.app, { verified: true });
    client = await createClient(owner, { notes: 'before' });
    await createCase(owner, client.id);
  });

  it('refuses U+0000 in a body field, a nested field, an object key, a filter and a path parameter with 400 VALIDATION_FAILED naming the field', async () => {
    const cases: [string, Promise<{ status: number; json: <T>() => T }>, string][] = [
      ['a client’s notes', owner.post('/api/clients', { passportName: 'Nul Test', notes: 'a\u0000b' }), 'notes'],
      ['an update', owner.patch(`/api/clients/${client.id}`, { notes: '\u0000' }), 'notes'],
      ['a nested field', owner.post('/api/saved-views', { name: 'v', filters: { q: 'x\u0000' } }), 'filters.q'],
      [
        'an object key',
        owner.post('/api/checks', { draft: { caseType: 'BANK_CARD_VERIFICATION', ['na\u0000me']: 'x' } }),
        'draft.na\\u0000me',
      ],
      ['the case list’s search', owner.get('/api/cases?q=abc%00def'), 'q'],
      ['the client list’s search', owner.get('/api/clients?q=%00'), 'q'],
      ['a tag filter', owner.get('/api/cases?tag=%00'), 'tag'],
      ['a path parameter', new TestUser(kit.app).get('/api/calendar/%00.ics'), 'file'],
      [
        'the sign-in email',
        new TestUser(kit.app).post('/api/auth/login', { email: 'a\u0000@example.test', password: 'x' }),
        'email',
      ],
    ];
    for (const [label, pending, field] of cases) {
      const reply = await pending;
      expect([label, reply.status, reply.json<ErrorReply>().error.code]).toEqual([label, 400, 'VALIDATION_FAILED']);
      expect(reply.json<ErrorReply>().error.details?.issues?.map((issue) => issue.field)).toContain(field);
    }
    const [stored] = await sql<{ notes: string }>(kit.db.url, `SELECT notes FROM "client" WHERE id = $1`, [client.id]);
    expect(stored?.notes).toBe('before');
    // Other control characters and lone surrogates are stored as sent (PostgreSQL takes them; UTF-8 encoding turns a lone surrogate into U+FFFD).
    expect((await owner.patch(`/api/clients/${client.id}`, { notes: 'tab\there \uD800 bell\u0007' })).status).toBe(200);
  });

  it('refuses a forged or altered cursor on every paginated list with 400 INVALID_CURSOR', async () => {
    const id = randomUUID();
    const forged = [
      'garbage',
      '\u0000', // caught before the list reads it (VALIDATION_FAILED)
      encodeCursor(['+275760-09-13T00:00:00.000Z', id]), // a JavaScript date past PostgreSQL's timestamptz
      encodeCursor(['-271821-04-20T00:00:00.000Z', id]),
      encodeCursor(['2026-01-01T00:00:00.000Z', '-'.repeat(36)]), // 36 characters of [0-9a-f-], not a uuid
      encodeCursor(['2026-01-01T00:00:00.000Z', 'g'.repeat(36)]),
      encodeCursor({ v: '2026-01-01T00:00:00.000Z', id: '-'.repeat(36) }),
      encodeCursor(null),
      Buffer.from(`2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`).toString('base64url'),
    ];
    const caseCursors = [
      encodeCursor({ s: 'state', o: 'asc', v: 'NOT_A_STATE', id }), // was cast to "CaseState" in SQL
      encodeCursor({ s: 'updatedAt', o: 'desc', v: '+275760-09-13T00:00:00.000Z', id }),
      encodeCursor({ s: 'updatedAt', o: 'desc', v: '2026-01-01', id: 'x'.repeat(36) }),
    ];
    // (The CSV export takes the list's filters but streams every page itself: it ignores a cursor.)
    const lists = [
      '/api/cases?',
      '/api/cases?sort=state&',
      '/api/clients?',
      '/api/audit?',
      '/api/notifications?',
      '/api/admin/outbox?',
    ];
    const failures: string[] = [];
    for (const list of lists) {
      for (const cursor of [...forged, ...(list.startsWith('/api/cases') ? caseCursors : [])]) {
        const reply = await owner.get(`${list}cursor=${encodeURIComponent(cursor)}`);
        const code = reply.status === 400 ? reply.json<ErrorReply>().error.code : undefined;
        if (reply.status !== 400 || !['INVALID_CURSOR', 'VALIDATION_FAILED'].includes(code ?? ''))
          failures.push(`${list}cursor=${cursor}: ${reply.status} ${reply.text.slice(0, 100)}`);
        else if (code === 'VALIDATION_FAILED' && cursor !== '\u0000')
          failures.push(`${list}cursor=${cursor}: VALIDATION_FAILED, expected INVALID_CURSOR`);
      }
    }
    expect(failures).toEqual([]);
    // A cursor the list handed out still works.
    await createClient(owner);
    const first = (await owner.get('/api/clients?limit=1')).json<{ nextCursor: string }>();
    expect((await owner.get(`/api/clients?limit=1&cursor=${first.nextCursor}`)).status).toBe(200);
  });
});
