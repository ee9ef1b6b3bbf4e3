import type {
  CaseResponse,
  ClientListResponse,
  CheckResponse,
  ClientResponse,
  ImportJobResponse,
  ReportSummaryResponse,
} from '@waiji/contract';
import { createCase, createClient, move, signUp, sql, type TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(120_000);

// Issue 18 on the real database: the 2026 case types go through create, transitions (their guards answered as
// 4xx), the reminders their states plan, and raise the client's account tier on approval.

describe('alipay 2026 case types over HTTP (issue 18)', () => {
  const kit = useTestApp();
  let owner: TestUser;

  const tierOf = async (clientId: string) =>
    (await sql<{ accountTier: string }>(kit.db.url, `SELECT "accountTier" FROM "client" WHERE id = $1`, [clientId]))[0]
      ?.accountTier;
  const reminderKinds = async (caseId: string) =>
    (
      await sql<{ kind: string; status: string }>(
        kit.db.url,
        `SELECT kind, status FROM "reminder" WHERE "caseId" = $1 ORDER BY "dueAt"`,
        [caseId],
      )
    ).map((row) => `${row.kind}:${row.status}`);

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
  });

  it('W12 W7 a passport scan locks out (SCAN_LOCK_LIFTS planned ~3 h later), is approved after the face check: tier FACE_VERIFIED', async () => {
    const client = await createClient(owner);
    expect(await tierOf(client.id)).toBe('UNVERIFIED');
    let found = await createCase(owner, client.id, { type: 'PASSPORT_SCAN_VERIFICATION' });
    expect(found).toMatchObject({ type: 'PASSPORT_SCAN_VERIFICATION', state: 'PREPARING' });
    expect(found.allowedActions).toEqual(['lock_out', 'start_face_check', 'submit']);

    found = await move(owner, found, 'lock_out', {
      originalMessage: 'Too many attempts. Please try again in 3 hours.',
    });
    expect(found.state).toBe('SCAN_LOCKED');
    const lock = await sql<{ kind: string; dueAt: Date }>(
      kit.db.url,
      `SELECT kind, "dueAt" FROM "reminder" WHERE "caseId" = $1`,
      [found.id],
    );
    expect(lock.map((row) => row.kind)).toEqual(['SCAN_LOCK_LIFTS']);
    const hours = ((lock[0]?.dueAt.getTime() ?? 0) - new Date(found.stateEnteredAt).getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(3, 5);

    found = await move(owner, found, 'lock_lifted');
    found = await move(owner, found, 'start_face_check');
    found = await move(owner, found, 'submit');
    expect(found.state).toBe('MANUAL_REVIEW');
    expect(await reminderKinds(found.id)).toEqual(['REVIEW_DUE:PENDING']);
    found = await move(owner, found, 'approve');
    expect(found.state).toBe('APPROVED');
    expect(await tierOf(client.id)).toBe('FACE_VERIFIED');
  });

  it('W8 W21 an international card declined twice keeps its network, country and decline count; an unsupported card needs another card (422)', async () => {
    const client = await createClient(owner);
    let found: CaseResponse = await createCase(owner, client.id, { type: 'INTERNATIONAL_CARD_BINDING' });
    found = await move(owner, found, 'submit', { cardNetwork: 'VISA', cardIssuingCountry: 'gb', cardLast4: '4242' });
    expect(found).toMatchObject({
      state: 'THREE_DS_PENDING',
      cardNetwork: 'VISA',
      cardIssuingCountry: 'GB',
      cardLast4: '4242',
      cardDeclines: 0,
    });
    found = await move(owner, found, 'issuer_decline', { originalMessage: 'Card Issuing Bank Declined' });
    found = await move(owner, found, 'resubmit', { cardLast4: '4242' });
    found = await move(owner, found, 'issuer_decline');
    expect(found).toMatchObject({ state: 'ISSUER_DECLINED', cardDeclines: 2 });
    // Undoing the second decline takes its count back too.
    const undone = await owner.post(`/api/cases/${found.id}/undo`, { version: found.version });
    expect(undone.status).toBe(200);
    found = (await owner.get(`/api/cases/${found.id}`)).json<CaseResponse>();
    expect(found).toMatchObject({ state: 'THREE_DS_PENDING', cardDeclines: 1, cardNetwork: 'VISA' });
    found = await move(owner, found, 'issuer_decline');
    expect(found.cardDeclines).toBe(2);

    // Another card starts the count again; an unsupported one is refused a retry with the same card.
    found = await move(owner, found, 'resubmit', { cardNetwork: 'JCB', cardLast4: '3530' });
    expect(found.cardDeclines).toBe(0);
    found = await move(owner, found, 'mark_unsupported');
    const same = await owner.post(`/api/cases/${found.id}/transitions`, {
      action: 'resubmit',
      version: found.version,
      payload: { cardLast4: '3530' },
    });
    expect(same.status).toBe(422);
    expect(same.json<{ error: { code: string } }>().error.code).toBe('DOMAIN_RULE');
    found = await move(owner, found, 'resubmit', { cardNetwork: 'MASTERCARD', cardLast4: '5555' });
    found = await move(owner, found, 'approve');
    expect(await tierOf(client.id)).toBe('INTERNATIONAL_CARD_BOUND');

    const bad = await owner.post(`/api/cases/${found.id}/transitions`, {
      action: 'unbind',
      version: found.version,
      payload: { cardIssuingCountry: 'GBR' },
    });
    expect(bad.status).toBe(400);
  });

  it('W15 a quick-bound card unbound: the same card is refused for 24 h (409 COOLDOWN_ACTIVE), REBIND_ALLOWED planned; the tier never goes down', async () => {
    const client = await createClient(owner);
    let found = await createCase(owner, client.id, { type: 'MAINLAND_CARD_QUICK_BINDING' });
    found = await move(owner, found, 'submit', { bank: 'ICBC', cardLast4: '1111' });
    found = await move(owner, found, 'approve');
    expect(await tierOf(client.id)).toBe('MAINLAND_CARD_BOUND');
    found = await move(owner, found, 'unbind');
    expect(found.state).toBe('CARD_UNBOUND');
    expect(found.cooldownUntil).not.toBeNull();
    expect(await reminderKinds(found.id)).toEqual(['REBIND_ALLOWED:PENDING']);
    const same = await owner.post(`/api/cases/${found.id}/transitions`, {
      action: 'resubmit',
      version: found.version,
      payload: { cardLast4: '1111' },
    });
    expect(same.status).toBe(409);
    expect(same.json<{ error: { code: string } }>().error.code).toBe('COOLDOWN_ACTIVE');
    found = await move(owner, found, 'resubmit', { cardLast4: '2222' });
    expect(found.state).toBe('SUBMITTED');

    // A later passport approval does not lower a mainland-card tier.
    let scan = await createCase(owner, client.id, { type: 'PASSPORT_SCAN_VERIFICATION' });
    scan = await move(owner, scan, 'submit');
    await move(owner, scan, 'approve');
    expect(await tierOf(client.id)).toBe('MAINLAND_CARD_BOUND');
  });

  it('S0 W10 W1 the agent appeal: link, upload, still restricted with a 补传 link (24 h), re-upload, lifted', async () => {
    const client = await createClient(owner);
    let found = await createCase(owner, client.id, { type: 'RESTRICTION_APPEAL_AGENT' });
    found = await move(owner, found, 'request_agent');
    found = await move(owner, found, 'receive_upload_link');
    found = await move(owner, found, 'submit');
    expect(await reminderKinds(found.id)).toEqual(['REVIEW_DUE:PENDING']);
    found = await move(owner, found, 'reject', {
      reasonCode: 'OTHER',
      reasonText: 'photo blurred',
      reuploadOffered: true,
    });
    expect(found.state).toBe('STILL_RESTRICTED');
    expect(await reminderKinds(found.id)).toContain('REUPLOAD_WINDOW_CLOSES:PENDING');
    found = await move(owner, found, 'resubmit');
    found = await move(owner, found, 'lift', { originalMessage: 'No current account security issues' });
    expect(found.state).toBe('RESTRICTION_LIFTED');
    expect(found.allowedActions).toEqual([]);
    // An appeal does not change the tier.
    expect(await tierOf(client.id)).toBe('UNVERIFIED');
  });

  it('W17 a document update is reviewed within 24 hours; a legacy bank-card case can be revoked during review (S3)', async () => {
    const client = await createClient(owner);
    let update = await createCase(owner, client.id, { type: 'DOCUMENT_UPDATE' });
    update = await move(owner, update, 'submit');
    const due = await sql<{ kind: string; dueAt: Date }>(
      kit.db.url,
      `SELECT kind, "dueAt" FROM "reminder" WHERE "caseId" = $1`,
      [update.id],
    );
    expect(due.map((row) => row.kind)).toEqual(['REVIEW_DUE']);
    expect(((due[0]?.dueAt.getTime() ?? 0) - new Date(update.stateEnteredAt).getTime()) / 3_600_000).toBeCloseTo(24, 5);

    let legacy = await createCase(owner, client.id, { bank: 'BOC', cardLast4: '1234' });
    legacy = await move(owner, legacy, 'submit');
    legacy = await move(owner, legacy, 'revoke');
    expect(legacy).toMatchObject({ state: 'PREPARING', attempt: 2 });
  });

  it('W18 W20 a client: tier and document set by hand, a renewed passport keeps the old one in the history, the list filters by tier', async () => {
    const client = await createClient(owner, { passportNumber: 'E1234567', passportExpiry: '2026-12-20' });
    expect(client).toMatchObject({ accountTier: 'UNVERIFIED', documentType: 'PASSPORT', passportHistory: [] });
    const renewed = await owner.patch(`/api/clients/${client.id}`, {
      passportNumber: 'K7654321',
      passportExpiry: '2036-12-01',
      accountTier: 'PASSPORT_VERIFIED',
      documentType: 'PERMANENT_RESIDENT_ID',
    });
    expect(renewed.status).toBe(200);
    const after = renewed.json<ClientResponse>();
    expect(after).toMatchObject({
      accountTier: 'PASSPORT_VERIFIED',
      documentType: 'PERMANENT_RESIDENT_ID',
      passportLast4: '4321',
      passportHistory: [{ last4: '4567', expiry: '2026-12-20' }],
    });
    // The same number again is no renewal.
    const same = await owner.patch(`/api/clients/${client.id}`, { passportNumber: 'K7654321' });
    expect(same.json<ClientResponse>().passportHistory).toHaveLength(1);
    const bad = await owner.patch(`/api/clients/${client.id}`, { accountTier: 'GOLD' });
    expect(bad.status).toBe(400);

    const listed = await owner.get('/api/clients?tier=PASSPORT_VERIFIED');
    expect(listed.status).toBe(200);
    const ids = listed.json<ClientListResponse>().items.map((item) => item.id);
    expect(ids).toContain(client.id);
    expect(listed.json<ClientListResponse>().items.every((item) => item.accountTier === 'PASSPORT_VERIFIED')).toBe(
      true,
    );
  });

  it('imports (codes, labels, synonyms), exports and reports by type and outcome accept the new types', async () => {
    const org = await signUp(kit.app, { kind: 'UNIVERSITY' });
    const text = [
      'externalRef,passportName,caseType',
      'N-1,Ana Silva,PASSPORT_SCAN_VERIFICATION',
      'N-2,Ben Ito,境外卡绑定',
      'N-3,Cai Wen,quick binding',
      'N-4,Dee Roy,Document update',
      'N-5,Eli Moss,人工申诉',
    ].join('\r\n');
    const staged = await org.request('POST', '/api/imports?fileName=new-types.csv', `${text}\r\n`, {
      'content-type': 'text/csv',
    });
    expect(staged.status).toBe(201);
    const job = staged.json<ImportJobResponse>();
    expect(job).toMatchObject({ status: 'VALIDATED', validRows: 5, errorCount: 0 });
    expect((await org.post(`/api/imports/${job.id}/commit`, {})).status).toBe(200);
    const types = await sql<{ type: string }>(
      kit.db.url,
      'SELECT c.type::text AS type FROM "case" c JOIN "client" cl ON cl.id = c."clientId" WHERE c."organizationId" = $1 ORDER BY cl."externalRef"',
      [org.organizationId],
    );
    expect(types.map((row) => row.type)).toEqual([
      'PASSPORT_SCAN_VERIFICATION',
      'INTERNATIONAL_CARD_BINDING',
      'MAINLAND_CARD_QUICK_BINDING',
      'DOCUMENT_UPDATE',
      'RESTRICTION_APPEAL_AGENT',
    ]);

    const exported = await org.get('/api/cases/export.csv?type=INTERNATIONAL_CARD_BINDING');
    expect(exported.status).toBe(200);
    expect(exported.text).toContain('Ben Ito');
    expect(exported.text).not.toContain('Ana Silva');

    // Two declines and an approval of international cards, a lifted appeal: outcomes by type.
    const client = await createClient(org);
    let card = await createCase(org, client.id, { type: 'INTERNATIONAL_CARD_BINDING' });
    card = await move(org, card, 'submit', { cardNetwork: 'VISA', cardLast4: '4242' });
    card = await move(org, card, 'issuer_decline');
    card = await move(org, card, 'resubmit', { cardLast4: '4242' });
    card = await move(org, card, 'issuer_decline');
    card = await move(org, card, 'resubmit', { cardLast4: '5555' });
    await move(org, card, 'approve');
    let appeal = await createCase(org, client.id, { type: 'RESTRICTION_APPEAL_AGENT' });
    for (const action of ['request_agent', 'receive_upload_link', 'submit', 'lift'])
      appeal = await move(org, appeal, action);
    // Report days are the organization's (Asia/Shanghai, UTC+8): after 16:00 UTC its today is tomorrow in UTC.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const report = await org.get(`/api/reports/summary?from=${today}&to=${today}`);
    expect(report.status).toBe(200);
    const summary = report.json<ReportSummaryResponse>();
    expect(summary.outcomesByType).toEqual(
      [
        { type: 'INTERNATIONAL_CARD_BINDING', succeeded: 1, failed: 2, decisions: 3, successRate: 1 / 3 },
        { type: 'RESTRICTION_APPEAL_AGENT', succeeded: 1, failed: 0, decisions: 1, successRate: 1 },
      ].map((row) => ({ ...row, successRate: expect.closeTo(row.successRate, 3) })),
    );
    expect(summary.casesByState.counts.map((row) => row.state)).toEqual(
      expect.arrayContaining(['APPROVED', 'RESTRICTION_LIFTED', 'PREPARING']),
    );
    const csv = await org.get(`/api/reports/summary.csv?from=${today}&to=${today}&table=outcomesByType`);
    expect(csv.text.split('\r\n')[0]).toBe('type,succeeded,failed,decisions,successRate');
  });

  it('W8 S2 S3 checks: cardholder name vs passport, nationality, form used, name already set; BOCOM is uncertain', async () => {
    const findings = async (draft: Record<string, unknown>) => {
      const response = await owner.post('/api/checks', { draft });
      expect(response.status).toBe(200);
      return response.json<CheckResponse>().findings.map((finding) => `${finding.code}:${finding.severity}`);
    };
    expect(
      await findings({
        caseType: 'INTERNATIONAL_CARD_BINDING',
        name: 'ANA SILVA',
        cardholderName: 'JOHN DOE',
        cardNetwork: 'OTHER',
        nationality: 'YE',
        formUsed: 'MAINLAND',
        nameAlreadySet: true,
        accountName: 'ANA M SILVA',
      }),
    ).toEqual(
      expect.arrayContaining([
        'CARDHOLDER_NAME_MISMATCH:block',
        'CARD_NETWORK_UNSUPPORTED:warn',
        'NATIONALITY_UNSUPPORTED:warn',
        'WRONG_FORM:block',
        'NAME_LOCKED:block',
      ]),
    );
    expect(
      await findings({ caseType: 'INTERNATIONAL_CARD_BINDING', name: 'Ana Silva', cardholderName: 'SILVA ANA' }),
    ).not.toContain('CARDHOLDER_NAME_MISMATCH:block');
    expect(await findings({ caseType: 'BANK_CARD_VERIFICATION', bank: 'BOCOM' })).toContain(
      'BANK_SUPPORT_UNCERTAIN:warn',
    );
    expect(await findings({ caseType: 'RESTRICTION_APPEAL_AGENT', documents: ['HOLDING_PASSPORT_PHOTO'] })).toEqual([
      'DOCUMENT_MISSING:warn',
    ]);
  });
});
