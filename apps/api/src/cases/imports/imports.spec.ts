import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ImportJobResponse } from '@waiji/contract';
import { TenantDatabase } from '../../database/tenant-database';
import { replanCases } from '../../reminders/reminder-planner';
import { SchedulerService } from '../../scheduler/scheduler.service';
import { addMember, signUp, sql, type TestUser, useTestApp } from '../../testing/kit';
import { ImportsService } from './imports.service';

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
  'STU-007,Too,Many,,,,,,,,,,,extra',
];

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('imports: CSV of clients and their cases (dry run, commit, re-import)', () => {
  const kit = useTestApp();
  let owner: TestUser;

  const upload = async (user: TestUser, text: string, fileName = 'cohort.csv') =>
    user.request('POST', `/api/imports?fileName=${fileName}`, text, { 'content-type': 'text/csv' });

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'UNIVERSITY' });
  });

  it('dry-runs a file: row-by-row errors with line numbers, nothing created yet', async () => {
    const response = await upload(owner, csv([...GOOD, ...BAD_ROWS]));
    expect(response.status).toBe(201);
    const job = response.json<ImportJobResponse>();
    expect(job).toMatchObject({
      status: 'VALIDATED',
      fileName: 'cohort.csv',
      totalRows: 9,
      validRows: 3,
      errorCount: 6,
      processedRows: 0,
      createdRows: 0,
    });
    const byLine = job.errors.map((e) => [e.line, e.field ?? null]);
    expect(byLine).toEqual([
      [5, 'birthDate'],
      [6, 'cardLast4'],
      [7, 'externalRef'],
      // a quoted field may span lines (the next record is line 10), but a name may not hold a line break
      [8, 'passportName'],
      [8, 'caseType'],
      // the same client again, with another name
      [10, 'passportName'],
      [11, null],
    ]);
    expect(job.errors.find((e) => e.line === 10)?.message).toBe(
      "Row 9, column 'passportName': 'Duplicate Of Line 2' differs from row 2, which has the same client; a client’s details must be the same on each of their rows",
    );
    expect(JSON.stringify(job)).not.toContain('6222020200112233');
    const clients = await sql<{ n: number }>(
      kit.db.url,
      'SELECT count(*)::int AS n FROM "client" WHERE "organizationId" = $1',
      [owner.organizationId],
    );
    expect(clients[0]?.n).toBe(0);
    // staged rows keep passport numbers encrypted
    const staged = await sql<{ data: unknown }>(kit.db.url, 'SELECT data FROM "import_row" WHERE "importJobId" = $1', [
      job.id,
    ]);
    expect(staged).toHaveLength(3);
    expect(JSON.stringify(staged)).not.toContain('M12345678');

    const refused = await owner.post(`/api/imports/${job.id}/commit`, {});
    expect(refused.status).toBe(422);
    const committed = await owner.post(`/api/imports/${job.id}/commit`, { skipInvalid: true });
    expect(committed.status).toBe(200);
    expect(committed.json<ImportJobResponse>()).toMatchObject({
      status: 'COMPLETED',
      processedRows: 3,
      createdRows: 3,
      skippedRows: 0,
      validRows: 3,
    });
    expect((await owner.post(`/api/imports/${job.id}/commit`, { skipInvalid: true })).status).toBe(409);
  });

  it('commits a clean file as one job and a re-import of the same file creates no duplicates', async () => {
    const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
    const first = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
    expect(first).toMatchObject({ status: 'VALIDATED', totalRows: 3, validRows: 3, errorCount: 0, errors: [] });
    const done = (await org.post(`/api/imports/${first.id}/commit`, {})).json<ImportJobResponse>();
    expect(done).toMatchObject({ status: 'COMPLETED', totalRows: 3, processedRows: 3, createdRows: 3, skippedRows: 0 });
    expect(done.finishedAt).not.toBeNull();
    expect((await org.get(`/api/imports/${first.id}`)).json<ImportJobResponse>()).toEqual(done);

    const clients = await sql<{
      externalRef: string;
      passportName: string;
      passportLast4: string | null;
      passportNumberEnc: string | null;
    }>(
      kit.db.url,
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
    const kimCase = kim.json<{
      items: {
        id: string;
        type: string;
        bank: string;
        cardLast4: string;
        tags: string[];
        priority: string;
        nextDueAt: string | null;
        version: number;
      }[];
    }>().items;
    expect(kimCase).toEqual([
      expect.objectContaining({
        type: 'BANK_CARD_VERIFICATION',
        bank: 'ICBC',
        cardLast4: '1234',
        tags: ['cohort-2026', 'exchange'],
        priority: 'HIGH',
        version: 0,
      }),
    ]);
    // the visa expiring in 12 days is already a reminder; the case has its checklist and CREATED event
    expect(kimCase[0]?.nextDueAt).not.toBeNull();
    const caseId = kimCase[0]?.id ?? '';
    expect(
      (await sql(kit.db.url, 'SELECT kind FROM "reminder" WHERE "caseId" = $1', [caseId])).map((r) => r['kind']),
    ).toEqual(['DOCUMENT_EXPIRING']);
    expect(
      (await sql(kit.db.url, 'SELECT count(*)::int AS n FROM "checklist_item" WHERE "caseId" = $1', [caseId]))[0]?.[
        'n'
      ],
    ).toBe(4);
    expect(
      await sql(kit.db.url, `SELECT action, "versionAfter" FROM "case_event" WHERE "caseId" = $1`, [caseId]),
    ).toEqual([{ action: 'CREATED', versionAfter: 0 }]);

    const again = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
    const redone = (await org.post(`/api/imports/${again.id}/commit`, {})).json<ImportJobResponse>();
    expect(redone).toMatchObject({ status: 'COMPLETED', processedRows: 3, createdRows: 0, skippedRows: 3 });
    const counts = await sql<{ clients: number; cases: number }>(
      kit.db.url,
      'SELECT (SELECT count(*)::int FROM "client" WHERE "organizationId" = $1) AS clients, (SELECT count(*)::int FROM "case" WHERE "organizationId" = $1) AS cases',
      [org.organizationId],
    );
    expect(counts[0]).toEqual({ clients: 3, cases: 2 });

    // a later file adds a case type to a known client, and only that
    const more = (
      await upload(org, csv([GOOD[0] as string, 'STU-003,Tom Baker,,,,,,APP_PASSPORT_VERIFICATION,,,,']))
    ).json<ImportJobResponse>();
    expect((await org.post(`/api/imports/${more.id}/commit`, {})).json<ImportJobResponse>()).toMatchObject({
      createdRows: 1,
      skippedRows: 0,
    });
  });

  it('plans each new case with its insert: reminders from the client as stored, nextDueAt the earliest, nothing left for a replan', async () => {
    const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
    const later = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    // A client known already, whose visa expires soon: a later file's other date for them changes nothing.
    const known = (
      await upload(org, csv(['externalRef,passportName,visaExpiry', `STU-010,Ana Silva,${soon}`]))
    ).json<ImportJobResponse>();
    expect((await org.post(`/api/imports/${known.id}/commit`, {})).status).toBe(200);
    const file = (
      await upload(
        org,
        csv([
          'externalRef,passportName,passportExpiry,visaExpiry,caseType',
          `STU-010,Ana Silva,,${later},APP_PASSPORT_VERIFICATION`,
          `STU-011,Ben Ode,${soon},,RESTRICTION_APPEAL`,
          `STU-012,Cleo Ray,${later},,RESTRICTION_APPEAL`,
        ]),
      )
    ).json<ImportJobResponse>();
    expect((await org.post(`/api/imports/${file.id}/commit`, {})).json<ImportJobResponse>()).toMatchObject({
      createdRows: 3,
    });
    const cases = await sql<{ id: string; ref: string; nextDueAt: Date | null; stateEnteredAt: Date }>(
      kit.db.url,
      `SELECT c.id, cl."externalRef" AS ref, c."nextDueAt", c."stateEnteredAt" FROM "case" c JOIN "client" cl ON cl.id = c."clientId"
        WHERE c."organizationId" = $1 ORDER BY ref`,
      [org.organizationId],
    );
    const reminders = await sql<{ ref: string; key: string; dueAt: Date }>(
      kit.db.url,
      `SELECT cl."externalRef" AS ref, r.key, r."dueAt" FROM "reminder" r JOIN "case" c ON c.id = r."caseId" JOIN "client" cl ON cl.id = c."clientId"
        WHERE r."organizationId" = $1 AND r.status = 'PENDING' AND r.key LIKE 'DOCUMENT_EXPIRING:%' ORDER BY ref`,
      [org.organizationId],
    );
    expect(reminders.map((r) => [r.ref, r.key])).toEqual([
      ['STU-010', `DOCUMENT_EXPIRING:VISA:${soon}`],
      ['STU-011', `DOCUMENT_EXPIRING:PASSPORT:${soon}`],
      ['STU-012', `DOCUMENT_EXPIRING:PASSPORT:${later}`],
    ]);
    for (const kase of cases) {
      const [earliest] = await sql<{ dueAt: Date | null }>(
        kit.db.url,
        `SELECT min("dueAt") AS "dueAt" FROM "reminder" WHERE "caseId" = $1 AND status = 'PENDING'`,
        [kase.id],
      );
      expect([kase.ref, kase.nextDueAt]).toEqual([kase.ref, earliest?.dueAt ?? null]);
    }
    expect(cases.every((kase) => kase.nextDueAt !== null)).toBe(true);
    // What the planner decides reading the cases back at the moment they were created: nothing to write.
    const replanned = await kit.app.get(TenantDatabase).run({ organizationId: org.organizationId }, (tx) =>
      replanCases(
        tx,
        org.organizationId,
        cases.map((kase) => kase.id),
        cases[0]?.stateEnteredAt,
      ),
    );
    expect(replanned).toHaveLength(3);
    for (const plan of replanned) expect(plan).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
  });

  it('refuses a file it cannot read (unknown column, bad quoting, wrong content type) with 422 and the line, and keeps nothing', async () => {
    const refused = async (text: string) => {
      const response = await upload(owner, text);
      expect(response.status).toBe(422);
      const { error } = response.json<{
        error: {
          code: string;
          message: string;
          details: { importId: string; line: number; errors: { line: number; message: string }[] };
        };
      }>();
      expect(error.code).toBe('DOMAIN_RULE');
      return error;
    };
    const unknown = await refused(csv(['externalRef,passportName,shoe_size', 'A,B,C']));
    expect(unknown.message).toMatch(/^Line 1: .*shoe_size/);
    expect(unknown.details.line).toBe(1);
    // the refused upload stays visible as a FAILED job, and cannot be committed
    const job = (await owner.get(`/api/imports/${unknown.details.importId}`)).json<ImportJobResponse>();
    expect(job).toMatchObject({ status: 'FAILED', validRows: 0 });
    expect(job.errors[0]).toMatchObject({ line: 1 });
    expect((await owner.post(`/api/imports/${unknown.details.importId}/commit`, {})).status).toBe(422);
    expect((await refused(csv(['externalRef,bankName', 'A,B']))).message).toContain("'Name on passport' is missing");
    const quoting = await refused(csv(['externalRef,passportName', 'A,B', 'C,"unterminated']));
    expect(quoting.details.line).toBe(3);
    expect(
      (
        await sql(kit.db.url, 'SELECT count(*)::int AS n FROM "import_row" WHERE "importJobId" = $1', [
          quoting.details.importId,
        ])
      )[0]?.['n'],
    ).toBe(0);
    expect((await refused('')).message).toContain('empty');
    const json = await owner.post('/api/imports', { rows: [] });
    expect(json.status).toBe(415);
  });

  it('is for HELPER+ of the organization; others get 403 or 404', async () => {
    const job = (await upload(owner, csv(GOOD.slice(0, 2)))).json<ImportJobResponse>();
    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await upload(viewer, csv(GOOD))).status).toBe(403);
    expect((await viewer.get(`/api/imports/${job.id}`)).status).toBe(200);
    expect((await viewer.post(`/api/imports/${job.id}/commit`, {})).status).toBe(403);
    const stranger = await signUp(kit.app, { kind: 'AGENCY' });
    expect((await stranger.get(`/api/imports/${job.id}`)).status).toBe(404);
    expect((await stranger.post(`/api/imports/${job.id}/commit`, {})).status).toBe(404);
  });

  describe('over a real keep-alive connection', () => {
    let port: number;
    beforeAll(async () => {
      await kit.app.listen({ port: 0, host: '127.0.0.1' });
      port = (kit.app.getHttpServer().address() as AddressInfo).port;
    });

    type Answer = {
      status: number;
      headers: http.IncomingHttpHeaders;
      text: string;
      localPort: number | undefined;
      ms: number;
    };

    /** One request as `user` through `agent` (one socket, kept alive); fails if no answer within `timeoutMs`. */
    const send = (
      agent: http.Agent,
      user: TestUser,
      method: 'GET' | 'POST',
      path: string,
      body?: string,
      timeoutMs = 2_000,
    ): Promise<Answer> =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const request = http.request(
          {
            host: '127.0.0.1',
            port,
            method,
            path,
            agent,
            headers: {
              cookie: `waiji_session=${user.cookie ?? ''}`,
              'x-csrf-token': user.csrf ?? '',
              ...(body !== undefined ? { 'content-type': 'text/csv' } : {}),
            },
          },
          (response) => {
            // Read now: once the answer has ended, the socket goes back to the agent and the response lets go of it.
            const localPort = response.socket.localPort;
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                text,
                localPort,
                ms: Date.now() - started,
              }),
            );
          },
        );
        request.setTimeout(timeoutMs, () =>
          request.destroy(new Error(`no answer to ${method} ${path} within ${timeoutMs} ms`)),
        );
        request.on('error', reject);
        request.end(body);
      });

    const bigRows = (count: number) => 'STU-X,Some Name\r\n'.repeat(count);

    it.each([
      [
        'refused at its header (the rest of a 1.7 MB file unread)',
        () => `externalRef,passportName,shoe_size\r\n${bigRows(100_000)}`,
        422,
      ],
      [
        'refused part-way by bad quoting (1.7 MB after it)',
        () => `externalRef,passportName\r\n${bigRows(1_000)}C,"unterminated\r\n${bigRows(100_000)}`,
        422,
      ],
      ['refused by role before anything is read', () => `externalRef,passportName\r\n${bigRows(100_000)}`, 403],
    ])(
      'an upload %s answers at once with a JSON error, and the next request on the same connection is answered',
      async (_name, file, status) => {
        const user = status === 403 ? await addMember(kit, owner, 'VIEWER') : owner;
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
          const refused = await send(agent, user, 'POST', '/api/imports?fileName=big.csv', file(), 10_000);
          // before the fix: the rest of the file stayed on the socket and this waited for the keep-alive timeout (~73 s)
          const next = await send(agent, user, 'GET', '/api/auth/me');
          expect(refused.status).toBe(status);
          expect(refused.headers['content-type']).toContain('application/json');
          expect(JSON.parse(refused.text)).toEqual({
            error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
          });
          expect(next.status).toBe(200);
          expect(next.ms).toBeLessThan(2_000);
          expect(next.localPort).toBe(refused.localPort);
        } finally {
          agent.destroy();
        }
      },
    );

    it('a valid upload over the same kind of connection still answers 201 and keeps the connection', async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const created = await send(agent, owner, 'POST', '/api/imports?fileName=ok.csv', csv(GOOD), 10_000);
        expect(created.status).toBe(201);
        expect(JSON.parse(created.text)).toMatchObject({ status: 'VALIDATED', validRows: 3 });
        const next = await send(agent, owner, 'GET', '/api/auth/me');
        expect(next.status).toBe(200);
        expect(next.localPort).toBe(created.localPort);
      } finally {
        agent.destroy();
      }
    });
  });

  describe('a job left RUNNING by a process that died (lease) and staged rows kept too long (purge)', () => {
    const stagedOf = async (jobId: string) =>
      (
        await sql<{ n: number }>(kit.db.url, 'SELECT count(*)::int AS n FROM "import_row" WHERE "importJobId" = $1', [
          jobId,
        ])
      )[0]?.n;
    const counts = async (organizationId: string) =>
      (
        await sql<{ clients: number; cases: number }>(
          kit.db.url,
          'SELECT (SELECT count(*)::int FROM "client" WHERE "organizationId" = $1) AS clients, (SELECT count(*)::int FROM "case" WHERE "organizationId" = $1) AS cases',
          [organizationId],
        )
      )[0];
    /** What a process killed mid-commit leaves: RUNNING, claimed by an instance that is gone, its lease run out. */
    const crashMidCommit = (jobId: string, user: TestUser, leaseUntil = "now() - interval '1 minute'") =>
      sql(
        kit.db.url,
        `UPDATE "import_job" SET status = 'RUNNING', "claimedBy" = 'dead-host:1:abc', "leaseUntil" = ${leaseUntil}, "committedById" = $2 WHERE id = $1`,
        [jobId, user.me?.user.id],
      );

    it('a re-commit takes the interrupted commit over and finishes it, creating nothing twice; no staged rows are left', async () => {
      const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
      // rows a batch had committed before the crash: their clients exist already
      const before = (await upload(org, csv([GOOD[0] as string, GOOD[1] as string]))).json<ImportJobResponse>();
      expect((await org.post(`/api/imports/${before.id}/commit`, {})).status).toBe(200);
      const job = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
      await crashMidCommit(job.id, org);

      const resumed = await org.post(`/api/imports/${job.id}/commit`, {});
      expect(resumed.status).toBe(200);
      expect(resumed.json<ImportJobResponse>()).toMatchObject({
        status: 'COMPLETED',
        processedRows: 3,
        createdRows: 2,
        skippedRows: 1,
      });
      expect(await counts(org.organizationId)).toEqual({ clients: 3, cases: 2 });
      expect(await stagedOf(job.id)).toBe(0);
      const [lease] = await sql(kit.db.url, 'SELECT "claimedBy", "leaseUntil" FROM "import_job" WHERE id = $1', [
        job.id,
      ]);
      expect(lease).toEqual({ claimedBy: null, leaseUntil: null });
    });

    it('a commit whose instance is alive (lease not run out) is still refused with 409, and the tick leaves it alone', async () => {
      const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
      const job = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
      await crashMidCommit(job.id, org, "now() + interval '1 minute'");
      expect((await org.post(`/api/imports/${job.id}/commit`, {})).status).toBe(409);
      await kit.app.get(ImportsService).recoverInterrupted();
      expect((await org.get(`/api/imports/${job.id}`)).json<ImportJobResponse>().status).toBe('RUNNING');
      expect(await stagedOf(job.id)).toBe(3);
    });

    it('the scheduler tick resumes an interrupted commit by itself, and fails an interrupted upload, deleting its rows', async () => {
      const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
      const commit = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
      await crashMidCommit(commit.id, org);
      const uploading = (
        await upload(org, csv([GOOD[0] as string, 'STU-009,Half Read,,,,,,,,,,']))
      ).json<ImportJobResponse>();
      // an upload killed while reading the file: RUNNING, never committed, its lease run out
      await sql(
        kit.db.url,
        `UPDATE "import_job" SET status = 'RUNNING', "claimedBy" = 'dead-host:1:abc', "leaseUntil" = now() - interval '1 minute' WHERE id = $1`,
        [uploading.id],
      );

      await kit.app.get(SchedulerService).run('imports');

      expect((await org.get(`/api/imports/${commit.id}`)).json<ImportJobResponse>()).toMatchObject({
        status: 'COMPLETED',
        createdRows: 3,
      });
      expect(await counts(org.organizationId)).toEqual({ clients: 3, cases: 2 });
      const failed = (await org.get(`/api/imports/${uploading.id}`)).json<ImportJobResponse>();
      expect(failed.status).toBe('FAILED');
      expect(failed.errors[0]?.message).toContain('interrupted');
      expect(await stagedOf(uploading.id)).toBe(0);
      expect((await org.post(`/api/imports/${uploading.id}/commit`, {})).status).toBe(422);
    });

    it('deletes staged rows not committed within the retention (24 h) and says so on the job; newer ones stay', async () => {
      const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
      const stale = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
      const fresh = (await upload(org, csv(GOOD))).json<ImportJobResponse>();
      await sql(kit.db.url, `UPDATE "import_job" SET "createdAt" = now() - interval '25 hours' WHERE id = $1`, [
        stale.id,
      ]);
      expect(await stagedOf(stale.id)).toBe(3);

      const purged = await kit.app.get(ImportsService).purgeStaged();
      expect(purged).toEqual({ jobs: 1, rows: 3 });

      expect(await stagedOf(stale.id)).toBe(0);
      expect(await stagedOf(fresh.id)).toBe(3);
      const expired = (await org.get(`/api/imports/${stale.id}`)).json<ImportJobResponse>();
      expect(expired.status).toBe('FAILED');
      expect(expired.errors[0]?.message).toContain('Not committed in time');
      expect((await org.post(`/api/imports/${stale.id}/commit`, {})).status).toBe(422);
      expect((await org.post(`/api/imports/${fresh.id}/commit`, {})).json<ImportJobResponse>()).toMatchObject({
        status: 'COMPLETED',
        createdRows: 3,
      });
    });
  });
});
