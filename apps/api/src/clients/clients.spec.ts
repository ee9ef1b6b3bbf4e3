import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import type { ClientListResponse, ClientResponse } from '@waiji/contract';
import { addMember, createCase, createClient, signUp, sql, type TestUser, useTestApp } from '../testing/kit';

const PASSPORT = 'E98765432';

// Hooks and tests hit a real database on a shared 2-core machine; the project's testTimeout does not reach hooks here.
jest.setTimeout(120_000);

describe('clients: CRUD, archive, encrypted passport numbers', () => {
  // Every log line at the most verbose level is captured, to prove the passport number never reaches it.
  const kit = useTestApp({ env: { LOG_LEVEL: 'trace', LOG_FORMAT: 'json' } });
  let owner: TestUser;
  let logs: string[];

  beforeAll(async () => {
    logs = [];
    const root = PinoLogger.root as unknown as Record<symbol, unknown>;
    root[pino.symbols.streamSym] = { write: (line: string) => void logs.push(line) };
    owner = await signUp(kit.app, { kind: 'AGENCY' });
  });

  it('creates a client with the passport number encrypted at rest (AES-256-GCM) and answers only its last 4', async () => {
    const response = await owner.post('/api/clients', {
      passportName: 'John Michael Smith',
      bankName: 'SMITH JOHN MICHAEL',
      nationality: 'GB',
      birthDate: '1990-05-17',
      passportNumber: 'e987 65432',
      passportExpiry: '2031-03-01',
      visaType: 'X1',
      visaExpiry: '2027-07-31',
      phone: '+86 138 0013 8000',
      email: 'John@Example.com',
      preferredLanguage: 'en',
      notes: 'Student, arrives in September',
      externalRef: 'S-1001',
    });
    expect(response.status).toBe(201);
    const created = response.json<ClientResponse>();
    expect(created).toMatchObject({
      passportName: 'John Michael Smith',
      bankName: 'SMITH JOHN MICHAEL',
      birthDate: '1990-05-17',
      passportExpiry: '2031-03-01',
      visaExpiry: '2027-07-31',
      hasPassportNumber: true,
      passportLast4: '5432',
      email: 'john@example.com',
      externalRef: 'S-1001',
      archivedAt: null,
    });
    expect(response.text).not.toContain(PASSPORT);
    const [row] = await sql<{ passportNumberEnc: string; passportLast4: string }>(
      kit.db.url,
      'SELECT "passportNumberEnc", "passportLast4" FROM "client" WHERE id = $1',
      [created.id],
    );
    expect(row?.passportLast4).toBe('5432');
    expect(row?.passportNumberEnc).not.toContain(PASSPORT);
    // iv (12) + tag (16) + 9 bytes of ciphertext
    expect(Buffer.from(row?.passportNumberEnc ?? '', 'base64')).toHaveLength(12 + 16 + PASSPORT.length);
  });

  it('reveals the full number to a HELPER+ only, writing an audit row each time', async () => {
    const client = await createClient(owner, { passportNumber: 'P1234567' });
    const reveal = await owner.post(`/api/clients/${client.id}/reveal-passport`);
    expect(reveal.status).toBe(200);
    expect(reveal.json()).toEqual({ passportNumber: 'P1234567' });
    const audit = await sql(
      kit.db.url,
      `SELECT action, "actorId", "targetType", "targetId", data FROM "audit_log" WHERE "targetId" = $1`,
      [client.id],
    );
    expect(audit).toEqual([
      {
        action: 'client.pii_revealed',
        actorId: owner.me?.user.id,
        targetType: 'client',
        targetId: client.id,
        data: { field: 'passportNumber' },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain('P1234567');

    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await viewer.post(`/api/clients/${client.id}/reveal-passport`)).status).toBe(403);
    expect((await viewer.get(`/api/clients/${client.id}`)).status).toBe(200);
    expect((await viewer.post('/api/clients', { passportName: 'Nope' })).status).toBe(403);
    const helper = await addMember(kit, owner, 'HELPER');
    expect((await helper.post(`/api/clients/${client.id}/reveal-passport`)).json()).toEqual({
      passportNumber: 'P1234567',
    });
    const count = await sql<{ n: number }>(
      kit.db.url,
      `SELECT count(*)::int AS n FROM "audit_log" WHERE "targetId" = $1`,
      [client.id],
    );
    expect(count[0]?.n).toBe(2);
  });

  it('never puts a passport number in a list response, a case answer or a log line', async () => {
    const numbers = ['K55501234', 'Z00999888', 'AB7654321'];
    for (const passportNumber of numbers) {
      const client = await createClient(owner, { passportNumber });
      await createCase(owner, client.id);
      await owner.post(`/api/clients/${client.id}/reveal-passport`);
      await owner.patch(`/api/clients/${client.id}`, { passportNumber });
    }
    const bodies = [
      (await owner.get('/api/clients?limit=200')).text,
      (await owner.get('/api/clients?q=1234')).text,
      (await owner.get('/api/cases?limit=200')).text,
      (await owner.get('/api/cases/export.csv')).text,
    ];
    expect(bodies[0]).toContain('"passportLast4":"1234"');
    for (const body of bodies) for (const number of [...numbers, PASSPORT]) expect(body).not.toContain(number);
    expect(logs.length).toBeGreaterThan(10);
    const allLogs = logs.join('\n');
    expect(allLogs).toContain('/api/clients');
    for (const number of [...numbers, PASSPORT, 'P1234567']) expect(allLogs).not.toContain(number);
  });

  it('updates a client, keeps the case search text in step, and re-plans reminders when an expiry changes', async () => {
    const client = await createClient(owner, {
      passportName: 'Maria Garcia',
      passportNumber: 'X11112222',
      visaExpiry: '2099-01-01',
    });
    const opened = await createCase(owner, client.id, { tags: ['cohort-2026'] });
    expect(
      (await owner.get('/api/cases?q=garcia')).json<{ items: { id: string }[] }>().items.map((c) => c.id),
    ).toContain(opened.id);

    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const updated = await owner.patch(`/api/clients/${client.id}`, {
      passportName: 'Maria Lopez',
      passportNumber: 'Y33334444',
      visaExpiry: soon,
    });
    expect(updated.status).toBe(200);
    expect(updated.json()).toMatchObject({ passportName: 'Maria Lopez', passportLast4: '4444', visaExpiry: soon });
    expect((await owner.get('/api/cases?q=garcia')).json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await owner.get('/api/cases?q=lopez')).json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([
      opened.id,
    ]);
    expect((await owner.get('/api/cases?q=4444')).json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([
      opened.id,
    ]);
    const reminders = await sql<{ kind: string; key: string; status: string }>(
      kit.db.url,
      `SELECT kind, key, status FROM "reminder" WHERE "caseId" = $1`,
      [opened.id],
    );
    expect(reminders).toEqual([
      { kind: 'DOCUMENT_EXPIRING', key: `DOCUMENT_EXPIRING:VISA:${soon}`, status: 'PENDING' },
    ]);
    const detail = (await owner.get(`/api/cases/${opened.id}`)).json<{ nextDueAt: string }>();
    expect(detail.nextDueAt).not.toBeNull();

    // Clearing the number keeps no trace of it.
    const cleared = await owner.patch(`/api/clients/${client.id}`, { passportNumber: null });
    expect(cleared.json()).toMatchObject({ hasPassportNumber: false, passportLast4: null });
    expect((await owner.post(`/api/clients/${client.id}/reveal-passport`)).json()).toEqual({ passportNumber: null });
  });

  it('archives a client with its live cases and restores exactly those', async () => {
    const client = await createClient(owner);
    const first = await createCase(owner, client.id);
    const second = await createCase(owner, client.id, { type: 'RESTRICTION_APPEAL' });
    await owner.post(`/api/cases/${second.id}/archive`);
    const archived = await owner.post(`/api/clients/${client.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.json<ClientResponse>().archivedAt).not.toBeNull();
    expect((await owner.get(`/api/cases/${first.id}`)).json<{ archivedAt: string | null }>().archivedAt).not.toBeNull();
    const listed = (await owner.get('/api/clients?limit=200')).json<ClientListResponse>().items.map((c) => c.id);
    expect(listed).not.toContain(client.id);
    expect((await owner.get('/api/clients?archived=only')).json<ClientListResponse>().items.map((c) => c.id)).toContain(
      client.id,
    );
    expect((await owner.post('/api/cases', { clientId: client.id, type: 'BANK_CARD_VERIFICATION' })).status).toBe(422);

    const restored = await owner.post(`/api/clients/${client.id}/restore`);
    expect(restored.json<ClientResponse>().archivedAt).toBeNull();
    expect((await owner.get(`/api/cases/${first.id}`)).json<{ archivedAt: string | null }>().archivedAt).toBeNull();
    expect(
      (await owner.get(`/api/cases/${second.id}`)).json<{ archivedAt: string | null }>().archivedAt,
    ).not.toBeNull();
  });

  it('pages the client list with an opaque cursor and searches names, last 4 and references', async () => {
    const other = await signUp(kit.app, { kind: 'UNIVERSITY' });
    for (let i = 0; i < 5; i += 1)
      await createClient(other, {
        passportName: `Student ${i}`,
        externalRef: `U-${i}`,
        passportNumber: `Q000${i}9999`,
      });
    const first = (await other.get('/api/clients?limit=2')).json<ClientListResponse>();
    expect(first.items).toHaveLength(2);
    const second = (await other.get(`/api/clients?limit=2&cursor=${first.nextCursor}`)).json<ClientListResponse>();
    const third = (await other.get(`/api/clients?limit=2&cursor=${second.nextCursor}`)).json<ClientListResponse>();
    expect(third.nextCursor).toBeNull();
    const names = [...first.items, ...second.items, ...third.items].map((c) => c.passportName);
    expect(new Set(names).size).toBe(5);
    expect((await other.get('/api/clients?q=u-3')).json<ClientListResponse>().items.map((c) => c.externalRef)).toEqual([
      'U-3',
    ]);
    expect((await other.get('/api/clients?cursor=garbage')).status).toBe(400);
  });

  it('validates input (400 naming the field), refuses duplicate references (409), hides other organizations (404)', async () => {
    const bad = await owner.post('/api/clients', {
      passportName: '',
      passportNumber: 'no!',
      birthDate: '17/05/1990',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    const message = bad.json<{ error: { message: string } }>().error.message;
    for (const field of ['passportName', 'passportNumber', 'birthDate']) expect(message).toContain(field);
    await createClient(owner, { externalRef: 'DUP-1' });
    const duplicate = await owner.post('/api/clients', { passportName: 'Again', externalRef: 'DUP-1' });
    expect(duplicate.status).toBe(409);

    const stranger = await signUp(kit.app, { kind: 'AGENCY' });
    const mine = await createClient(owner, { passportNumber: 'S12345678' });
    expect((await stranger.get(`/api/clients/${mine.id}`)).status).toBe(404);
    expect((await stranger.patch(`/api/clients/${mine.id}`, { passportName: 'Hacked' })).status).toBe(404);
    expect((await stranger.post(`/api/clients/${mine.id}/reveal-passport`)).status).toBe(404);
    expect((await stranger.post(`/api/clients/${mine.id}/archive`)).status).toBe(404);
    expect((await stranger.get('/api/clients/not-a-uuid')).status).toBe(404);
    expect((await stranger.get('/api/clients')).json<ClientListResponse>().items).toHaveLength(0);
  });
});
