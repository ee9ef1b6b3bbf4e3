import type {
  CaseResponse,
  ClientListResponse,
  ClientResponse,
  DuplicateClientDetails,
  ErrorBody,
  ImportJobResponse,
  TimelineResponse,
} from '@waiji/contract';
import { createCase, createClient, signUp, sql, type TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(120_000);

type DuplicateAnswer = ErrorBody & { error: { details: DuplicateClientDetails } };

describe('clients: duplicates at creation and import, audited edits, search and case counts', () => {
  const kit = useTestApp();
  let owner: TestUser;
  let other: TestUser;

  const auditOf = (targetId: string) =>
    sql<{ action: string; actorId: string; data: unknown }>(
      kit.db.url,
      'SELECT action, "actorId", data FROM "audit_log" WHERE "targetId" = $1 ORDER BY at',
      [targetId],
    );

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    other = await signUp(kit.app, { kind: 'AGENCY' });
  });

  it('answers 409 DUPLICATE_CLIENT for the same passport last 4 and name (any order, case or punctuation), with the match', async () => {
    const existing = await createClient(owner, { passportName: 'Ana María Silva', passportNumber: 'PA1234567' });
    await createCase(owner, existing.id);

    const again = await owner.post('/api/clients', { passportName: 'SILVA, ana  maría', passportNumber: 'X9934567' });
    expect(again.status).toBe(409);
    const body = again.json<DuplicateAnswer>();
    expect(body.error.code).toBe('DUPLICATE_CLIENT');
    expect(body.error.details.matches).toEqual([
      {
        id: existing.id,
        passportName: 'Ana María Silva',
        passportLast4: '4567',
        email: null,
        matchedOn: ['passport'],
        openCases: 1,
        archivedAt: null,
      },
    ]);
    expect(again.text).not.toContain('PA1234567');

    // Same name with another passport, or the same last 4 with another name: different people.
    expect(
      (await owner.post('/api/clients', { passportName: 'Ana María Silva', passportNumber: 'PA1230000' })).status,
    ).toBe(201);
    expect((await owner.post('/api/clients', { passportName: 'Ana Silva', passportNumber: 'QQ0004567' })).status).toBe(
      201,
    );
    // A name without Latin letters or spaces is compared as it is, never as an empty name.
    await createClient(owner, { passportName: '王磊', passportNumber: 'E00001111' });
    expect((await owner.post('/api/clients', { passportName: '王 磊', passportNumber: 'G77771111' })).status).toBe(409);
    expect((await owner.post('/api/clients', { passportName: '李娜', passportNumber: 'G77771111' })).status).toBe(201);
    // Another organization's clients are never compared.
    expect(
      (await other.post('/api/clients', { passportName: 'Ana María Silva', passportNumber: 'PA1234567' })).status,
    ).toBe(201);
  });

  it('matches the email case-insensitively, and creates anyway with allowDuplicate (audited with the matches)', async () => {
    const existing = await createClient(owner, { passportName: 'Wang Lei', email: 'wang.lei@example.test' });
    const refused = await owner.post('/api/clients', { passportName: 'Lei Wang', email: 'Wang.Lei@Example.TEST' });
    expect(refused.status).toBe(409);
    expect(refused.json<DuplicateAnswer>().error.details.matches.map((m) => [m.id, m.matchedOn])).toEqual([
      [existing.id, ['email']],
    ]);

    const created = await owner.post('/api/clients', {
      passportName: 'Lei Wang',
      email: 'wang.lei@example.test',
      allowDuplicate: true,
    });
    expect(created.status).toBe(201);
    const id = created.json<ClientResponse>().id;
    expect(await auditOf(id)).toEqual([
      { action: 'client.duplicate_created', actorId: owner.me?.user.id, data: { matches: [existing.id] } },
    ]);
    // allowDuplicate on a client that matches nothing is no event at all
    const plain = await owner.post('/api/clients', { passportName: 'Nobody Else', allowDuplicate: true });
    expect(plain.status).toBe(201);
    expect(await auditOf(plain.json<ClientResponse>().id)).toEqual([]);
  });

  it('flags import rows matching an existing client as warnings in the preview, not errors; none once committed', async () => {
    const existing = await createClient(owner, { passportName: 'Kim Min-jun', passportNumber: 'M12345678' });
    const byEmail = await createClient(owner, { passportName: 'Lena Vogel', email: 'lena@example.test' });
    const text = [
      'externalRef,passportName,passportNumber,email',
      'IMP-1,MIN-JUN KIM,M99995678,',
      'IMP-2,Somebody New,Z11112222,',
      'IMP-3,L. Vogel,,LENA@example.test',
    ].join('\r\n');
    const upload = await owner.request('POST', '/api/imports?fileName=dupes.csv', `${text}\r\n`, {
      'content-type': 'text/csv',
    });
    expect(upload.status).toBe(201);
    const job = upload.json<ImportJobResponse>();
    expect(job).toMatchObject({ status: 'VALIDATED', validRows: 3, errorCount: 0, errors: [] });
    expect(job.warnings.map((w) => [w.line, w.matches.map((m) => [m.id, m.matchedOn])])).toEqual([
      [2, [[existing.id, ['passport']]]],
      [4, [[byEmail.id, ['email']]]],
    ]);
    expect(job.warnings[0]?.message).toBe('Matches existing client Kim Min-jun (passport …5678)');
    // the same answer when the preview is read again
    expect((await owner.get(`/api/imports/${job.id}`)).json<ImportJobResponse>().warnings).toEqual(job.warnings);

    const committed = await owner.post(`/api/imports/${job.id}/commit`, {});
    expect(committed.json<ImportJobResponse>()).toMatchObject({ status: 'COMPLETED', createdRows: 3, warnings: [] });
    // re-importing the same file: the rows are those clients (same externalRef), not duplicates of them
    const again = await owner.request('POST', '/api/imports?fileName=dupes.csv', `${text}\r\n`, {
      'content-type': 'text/csv',
    });
    expect(
      again.json<ImportJobResponse>().warnings.map((w) => [w.line, w.matches.map((m) => m.passportName).sort()]),
    ).toEqual([
      [2, ['Kim Min-jun']],
      [4, ['Lena Vogel']],
    ]);
  });

  it('audits a PATCH with the changed field names only (no values), and archive / restore', async () => {
    const client = await createClient(owner, { passportName: 'Olga Petrova', passportNumber: 'R7654321' });
    const patched = await owner.patch(`/api/clients/${client.id}`, {
      bankName: 'PETROVA OLGA',
      phone: '+86 139 0000 0000',
      passportName: 'Olga Petrova',
      passportNumber: 'R7654321',
    });
    expect(patched.status).toBe(200);
    expect(patched.json<ClientResponse>().bankName).toBe('PETROVA OLGA');
    // nothing really changed: no audit row
    expect((await owner.patch(`/api/clients/${client.id}`, { bankName: 'PETROVA OLGA' })).status).toBe(200);
    // validation answers with the field
    const invalid = await owner.patch(`/api/clients/${client.id}`, { email: 'not-an-email' });
    expect(invalid.status).toBe(400);
    expect(invalid.text).toContain('email');

    expect((await owner.post(`/api/clients/${client.id}/archive`)).json<ClientResponse>().archivedAt).not.toBeNull();
    expect((await owner.post(`/api/clients/${client.id}/restore`)).json<ClientResponse>().archivedAt).toBeNull();
    const audit = await auditOf(client.id);
    expect(audit).toEqual([
      { action: 'client.updated', actorId: owner.me?.user.id, data: { fields: ['bankName', 'phone'] } },
      { action: 'client.archived', actorId: owner.me?.user.id, data: { cases: 0 } },
      { action: 'client.restored', actorId: owner.me?.user.id, data: { cases: 0 } },
    ]);
    expect(JSON.stringify(audit)).not.toContain('PETROVA');
    expect(JSON.stringify(audit)).not.toContain('R7654321');
  });

  it('a case PATCH leaves an UPDATED event with what changed', async () => {
    const client = await createClient(owner);
    const created = await createCase(owner, client.id);
    const patched = await owner.patch(`/api/cases/${created.id}`, {
      bank: 'ICBC',
      cardLast4: '4321',
      priority: 'HIGH',
    });
    expect(patched.json<CaseResponse>()).toMatchObject({ bank: 'ICBC', cardLast4: '4321', priority: 'HIGH' });
    const events = (await owner.get(`/api/cases/${created.id}/events`)).json<TimelineResponse>().items;
    const updated = events.filter((event) => event.action === 'UPDATED');
    expect(updated.map((event) => [event.actor?.id, event.data])).toEqual([
      [
        owner.me?.user.id,
        {
          changes: {
            priority: { from: 'NORMAL', to: 'HIGH' },
            bank: { from: null, to: 'ICBC' },
            cardLast4: { from: null, to: '4321' },
          },
        },
      ],
    ]);
  });

  it('lists clients searched by email, with their case counts (all, and open), archived ones on request', async () => {
    const client = await createClient(owner, { passportName: 'Count Me', email: 'count.me@example.test' });
    const open = await createCase(owner, client.id);
    const archived = await createCase(owner, client.id, { type: 'RESTRICTION_APPEAL' });
    await owner.post(`/api/cases/${archived.id}/archive`);
    expect(open.state).toBe('PREPARING');

    const found = (await owner.get('/api/clients?q=COUNT.ME@example')).json<ClientListResponse>().items;
    expect(found.map((item) => [item.id, item.caseCount, item.openCases])).toEqual([[client.id, 2, 1]]);

    await owner.post(`/api/clients/${client.id}/archive`);
    expect((await owner.get('/api/clients?q=count.me')).json<ClientListResponse>().items).toEqual([]);
    const onlyArchived = (await owner.get('/api/clients?q=count.me&archived=only')).json<ClientListResponse>().items;
    expect(onlyArchived.map((item) => [item.id, item.caseCount, item.openCases])).toEqual([[client.id, 2, 0]]);
  });
});
