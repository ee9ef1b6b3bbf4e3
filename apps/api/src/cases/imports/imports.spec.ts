import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ImportJobResponse } from '@waiji/contract';
import { createTestApp } from '../../testing/app';
import { addMember, sql } from '../../testing/cases-kit';
import { createTestDatabase, type TestDatabase } from '../../testing/database';
import { signUp, type TestUser } from '../../testing/http';

jest.setTimeout(120_000);

const soon = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);

const GOOD = [
  'externalRef,passportName,bankName,passportNumber,birthDate,visaExpiry,email,caseType,bank,cardLast4,tags,priority',
  `STU-001,"Kim, Min-jun",KIM MINJUN,M12345678,2001-02-03,${soon},kim@example.test,BANK_CARD_VERIFICATION,ICBC,1234,cohort-2026;exchange,HIGH`,
  'STU-002,Lena Vogel,,C7654321,,,,RESTRICTION_APPEAL,,,cohort-2026,',
  'STU-003,Tom Baker,,,,,,,,,,',
];

const BAD_ROWS = [
  'STU-004,Bad Date,,,1990-13-45,,,,,,,',
  'STU-005,Full Card,,,,,,BANK_CARD_VERIFICATION,BOC,6222020200112233,,',
  ',No Reference,,,,,,,,,,',
  '"STU-006","Multi',
  'line name",,,,,,NOT_A_TYPE,,,,',
  'STU-001,Duplicate Of Line 2,,,,,,,,,,',
  'STU-007,Too,Few',
];

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('imports: CSV of clients and their cases (dry run, commit, re-import)', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let owner: TestUser;

  const upload = async (user: TestUser, text: string, fileName = 'cohort.csv') =>
    user.request('POST', `/api/imports?fileName=${fileName}`, text, { 'content-type': 'text/csv' });

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db.url);
    owner = await signUp(app, { kind: 'UNIVERSITY' });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('dry-runs a file: row-by-row errors with line numbers, nothing created yet', async () => {
    const response = await upload(owner, csv([...GOOD, ...BAD_ROWS]));
    expect(response.status).toBe(201);
    const job = response.json<ImportJobResponse>();
    expect(job).toMatchObject({ status: 'VALIDATED', fileName: 'cohort.csv', totalRows: 9, validRows: 3, errorCount: 6, processedRows: 0, createdRows: 0 });
    const byLine = job.errors.map((e) => [e.line, e.field ?? null]);
    expect(byLine).toEqual([
      [5, 'birthDate'],
      [6, 'cardLast4'],
      [7, 'externalRef'],
      [8, 'caseType'],
      [10, 'externalRef'],
      [11, null],
    ]);
    expect(job.errors.find((e) => e.line === 10)?.message).toContain('line 2');
    expect(JSON.stringify(job)).not.toContain('6222020200112233');
    const clients = await sql<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM "client" WHERE "organizationId" = $1', [owner.organizationId]);
    expect(clients[0]?.n).toBe(0);
    // staged rows keep passport numbers encrypted
    const staged = await sql<{ data: unknown }>(db.url, 'SELECT data FROM "import_row" WHERE "importJobId" = $1', [job.id]);
    expect(staged).toHaveLength(3);
    expect(JSON.stringify(staged)).not.toContain('M12345678');

    const refused = await owner.post(`/api/imports/${job.id}/commit`, {});
    expect(refused.status).toBe(422);
    const committed = await owner.post(`/api/imports/${job.id}/commit`, { skipInvalid: true });
    expect(committed.status).toBe(200);
    expect(committed.json<ImportJobResponse>()).toMatchObject({ status: 'COMPLETED', processedRows: 3, createdRows: 3, skippedRows: 0, validRows: 3 });
    expect((await owner.post(`/api/imports/${job.id}/commit`, { skipInvalid: true })).status).toBe(409);
  });

  it('commits a clean file as one job and a re-import of the same file creates no duplicates', async () => {
    const org = await signUp(app, { kind: 'UNIVERSITY' });
    const first = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
    expect(first).toMatchObject({ status: 'VALIDATED', totalRows: 3, validRows: 3, errorCount: 0, errors: [] });
    const done = (await org.post(`/api/imports/${first.id}/commit`, {})).json<ImportJobResponse>();
    expect(done).toMatchObject({ status: 'COMPLETED', totalRows: 3, processedRows: 3, createdRows: 3, skippedRows: 0 });
    expect(done.finishedAt).not.toBeNull();
    expect((await org.get(`/api/imports/${first.id}`)).json<ImportJobResponse>()).toEqual(done);

    const clients = await sql<{ externalRef: string; passportName: string; passportLast4: string | null; passportNumberEnc: string | null }>(
      db.url,
      'SELECT "externalRef", "passportName", "passportLast4", "passportNumberEnc" FROM "client" WHERE "organizationId" = $1 ORDER BY "externalRef"',
      [org.organizationId],
    );
    expect(clients.map((c) => [c.externalRef, c.passportName, c.passportLast4])).toEqual([
      ['STU-001', 'Kim, Min-jun', '5678'],
      ['STU-002', 'Lena Vogel', '4321'],
      ['STU-003', 'Tom Baker', null],
    ]);
    expect(clients[0]?.passportNumberEnc).not.toContain('M12345678');
    const kim = await org.get('/api/cases?q=kim');
    const kimCase = kim.json<{ items: { id: string; type: string; bank: string; cardLast4: string; tags: string[]; priority: string; nextDueAt: string | null; version: number }[] }>().items;
    expect(kimCase).toEqual([expect.objectContaining({ type: 'BANK_CARD_VERIFICATION', bank: 'ICBC', cardLast4: '1234', tags: ['cohort-2026', 'exchange'], priority: 'HIGH', version: 0 })]);
    // the visa expiring in 12 days is already a reminder; the case has its checklist and CREATED event
    expect(kimCase[0]?.nextDueAt).not.toBeNull();
    const caseId = kimCase[0]?.id ?? '';
    expect((await sql(db.url, 'SELECT kind FROM "reminder" WHERE "caseId" = $1', [caseId])).map((r) => r['kind'])).toEqual(['DOCUMENT_EXPIRING']);
    expect((await sql(db.url, 'SELECT count(*)::int AS n FROM "checklist_item" WHERE "caseId" = $1', [caseId]))[0]?.['n']).toBe(4);
    expect((await sql(db.url, `SELECT action, "versionAfter" FROM "case_event" WHERE "caseId" = $1`, [caseId]))).toEqual([{ action: 'CREATED', versionAfter: 0 }]);

    const again = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
    const redone = (await org.post(`/api/imports/${again.id}/commit`, {})).json<ImportJobResponse>();
    expect(redone).toMatchObject({ status: 'COMPLETED', processedRows: 3, createdRows: 0, skippedRows: 3 });
    const counts = await sql<{ clients: number; cases: number }>(
      db.url,
      'SELECT (SELECT count(*)::int FROM "client" WHERE "organizationId" = $1) AS clients, (SELECT count(*)::int FROM "case" WHERE "organizationId" = $1) AS cases',
      [org.organizationId],
    );
    expect(counts[0]).toEqual({ clients: 3, cases: 2 });

    // a later file adds a case type to a known client, and only that
    const more = (await upload(org, csv([GOOD[0] as string, 'STU-003,Tom Baker,,,,,,APP_PASSPORT_VERIFICATION,,,,']))).json<ImportJobResponse>();
    expect((await org.post(`/api/imports/${more.id}/commit`, {})).json<ImportJobResponse>()).toMatchObject({ createdRows: 1, skippedRows: 0 });
  });

  it('fails a file it cannot read (unknown column, bad quoting, wrong content type) with the line, and keeps nothing', async () => {
    const unknown = (await upload(owner, csv(['externalRef,passportName,passport_no', 'A,B,C']))).json<ImportJobResponse>();
    expect(unknown).toMatchObject({ status: 'FAILED', validRows: 0 });
    expect(unknown.errors[0]).toMatchObject({ line: 1 });
    expect(unknown.errors[0]?.message).toContain('passport_no');
    expect((await owner.post(`/api/imports/${unknown.id}/commit`, {})).status).toBe(422);
    const missing = (await upload(owner, csv(['externalRef,bankName', 'A,B']))).json<ImportJobResponse>();
    expect(missing.errors[0]?.message).toContain('passportName');
    const quoting = (await upload(owner, csv(['externalRef,passportName', 'A,B', 'C,"unterminated']))).json<ImportJobResponse>();
    expect(quoting).toMatchObject({ status: 'FAILED' });
    expect(quoting.errors[0]).toMatchObject({ line: 3 });
    expect((await sql(db.url, 'SELECT count(*)::int AS n FROM "import_row" WHERE "importJobId" = $1', [quoting.id]))[0]?.['n']).toBe(0);
    const empty = (await upload(owner, '')).json<ImportJobResponse>();
    expect(empty.status).toBe('FAILED');
    const json = await owner.post('/api/imports', { rows: [] });
    expect(json.status).toBe(415);
  });

  it('is for HELPER+ of the organization; others get 403 or 404', async () => {
    const job = (await upload(owner, csv(GOOD.slice(0, 2)))).json<ImportJobResponse>();
    const viewer = await addMember(app, db.url, owner, 'VIEWER');
    expect((await upload(viewer, csv(GOOD))).status).toBe(403);
    expect((await viewer.get(`/api/imports/${job.id}`)).status).toBe(200);
    expect((await viewer.post(`/api/imports/${job.id}/commit`, {})).status).toBe(403);
    const stranger = await signUp(app, { kind: 'AGENCY' });
    expect((await stranger.get(`/api/imports/${job.id}`)).status).toBe(404);
    expect((await stranger.post(`/api/imports/${job.id}/commit`, {})).status).toBe(404);
  });
});
