import { inflateRawSync } from 'node:zlib';
import { Pool } from 'pg';
import sharp from 'sharp';
import type {
  CaseDocumentsResponse,
  CheckResponse,
  ChecklistResponse,
  DocumentResponse,
  ReviewDocumentResponse,
  TimelineResponse,
  UploadDocumentResponse,
} from '@waiji/contract';
import {
  addMember,
  createCase,
  createClient,
  signUp,
  sql,
  type TestUser,
  testConfig,
  transition,
  useTestApp,
} from '../testing/kit';
import { DocumentRetention } from './document-retention';
import { renderDataPage, degrade, type PassportData } from './inspection/synthetic-page';
import { MrzQueue } from './mrz-queue';
import { DocumentKeyring, openChunk } from './storage/document-keys';
import { rewrapDocumentKeys } from './storage/rewrap';

jest.setTimeout(180_000);

const passport: PassportData = {
  issuingState: 'GBR',
  surname: 'SMITH',
  givenNames: 'JONATHAN MICHAEL',
  documentNumber: '123456789',
  nationality: 'GBR',
  birthDate: '1990-04-12',
  sex: 'M',
  expiryDate: '2031-08-20',
  personalNumber: '12345678',
};

/** A multipart body with the text fields first, then the file. */
function multipart(fields: Record<string, string>, file: Buffer | null, boundary = 'waijiboundary7'): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      file,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

type Answer = { status: number; json: <T>() => T; headers: Record<string, unknown>; raw: Buffer };

describe('documents: requests, encrypted files, review, access, retention, erasure and export', () => {
  const kit = useTestApp({ sql: true, env: { DOCUMENT_MAX_BYTES: '3000000' } });
  let owner: TestUser;
  let page: Buffer;

  const send = async (
    user: TestUser,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    body?: { payload: Buffer; type: string },
  ): Promise<Answer> => {
    const response = await kit.app.inject({
      method,
      url,
      ...(body ? { payload: body.payload } : {}),
      headers: {
        ...(body ? { 'content-type': body.type } : {}),
        cookie: `waiji_session=${user.cookie ?? ''}`,
        ...(method !== 'GET' ? { 'x-csrf-token': user.csrf ?? '' } : {}),
      },
    });
    const raw = response.rawPayload;
    return {
      status: response.statusCode,
      json: <T>() => JSON.parse(raw.toString('utf8')) as T,
      headers: response.headers,
      raw,
    };
  };
  const upload = (
    user: TestUser,
    caseId: string,
    kind: string,
    file: Buffer | null,
    extra: Record<string, string> = {},
  ) =>
    send(user, 'POST', `/api/cases/${caseId}/documents`, {
      payload: multipart({ kind, ...extra }, file),
      type: 'multipart/form-data; boundary=waijiboundary7',
    });
  const counts = async () =>
    (
      await sql<{ documents: number; chunks: number }>(
        kit.db.url,
        `SELECT (SELECT count(*)::int FROM "document") AS documents, (SELECT count(*)::int FROM "document_chunk") AS chunks`,
      )
    )[0];

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    page = await sharp(await renderDataPage(passport, { width: 1400 }))
      .jpeg({ quality: 88 })
      .toBuffer();
  });

  it('runs a request from REQUESTED to UPLOADED, REJECTED (the client told why, in Chinese), UPLOADED again and ACCEPTED; checks and readiness follow', async () => {
    const client = await createClient(owner, {
      passportName: 'Jonathan Smith',
      email: 'jonathan@example.com',
      emailConsent: true,
      preferredLanguage: 'zh',
    });
    const kase = await createCase(owner, client.id);
    const portal = await addMember(kit, owner, 'CLIENT', client.id);
    // An integration listening for documents (its deliveries are recorded in the upload's and review's transactions).
    await sql(
      kit.db.url,
      `INSERT INTO "webhook_endpoint" ("organizationId", url, events, "secretEnc")
       VALUES ($1, 'https://hooks.example.test/waiji', ARRAY['document.uploaded', 'document.reviewed'], 'x')`,
      [owner.organizationId],
    );

    const before = (await send(owner, 'GET', `/api/cases/${kase.id}/documents`)).json<CaseDocumentsResponse>();
    expect(before.requests.map((r) => [r.document, r.required, r.status])).toEqual([
      ['PASSPORT_BIO', true, 'REQUESTED'],
      ['ENTRY_STAMP_OR_RESIDENCE_PERMIT', true, 'REQUESTED'],
      ['VISA', false, 'REQUESTED'],
      ['SIGNATURE_PAGE', false, 'REQUESTED'],
    ]);
    expect(before.readyToSubmit).toBe(false);
    const waiting = await owner.get(`/api/cases?state=PREPARING&documentsReady=false&clientId=${client.id}`);
    expect(waiting.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([kase.id]);

    // The client uploads a blurred photo of the data page from the portal.
    const blurred = await degrade(page, { blur: 9, quality: 80 });
    const first = await upload(portal, kase.id, 'PASSPORT_BIO', blurred);
    expect(first.status).toBe(201);
    const uploaded = first.json<UploadDocumentResponse>();
    expect(uploaded.document).toMatchObject({ kind: 'PASSPORT_BIO', status: 'UPLOADED', mime: 'image/jpeg' });
    expect(uploaded.document.uploadedBy).toMatchObject({ role: 'CLIENT', fromClient: true });
    expect(uploaded.document.findings.map((f) => f.code)).toContain('IMAGE_BLURRY');
    expect(uploaded.request).toMatchObject({ document: 'PASSPORT_BIO', status: 'UPLOADED' });
    // The team (nobody is assigned) hears of it in the app.
    const team = (await owner.get('/api/notifications')).json<{ items: { kind: string; title: string }[] }>();
    expect(team.items.find((n) => n.kind === 'DOCUMENT_UPLOADED')?.title).toBe(
      'Jonathan Smith uploaded the Passport data (bio) page',
    );

    // The helper rejects it with a reason; the client's portal user gets a notice and the client an email in Chinese.
    expect(
      (await send(portal, 'POST', `/api/documents/${uploaded.document.id}/review`, json({ decision: 'accept' })))
        .status,
    ).toBe(403);
    expect(
      (await send(owner, 'POST', `/api/documents/${uploaded.document.id}/review`, json({ decision: 'reject' }))).status,
    ).toBe(400);
    const rejected = await send(
      owner,
      'POST',
      `/api/documents/${uploaded.document.id}/review`,
      json({ decision: 'reject', reason: 'The photo is blurred: hold the phone still.' }),
    );
    expect(rejected.status).toBe(200);
    expect(rejected.json<ReviewDocumentResponse>().request).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'The photo is blurred: hold the phone still.',
    });
    const notices = (await portal.get('/api/notifications')).json<{ items: { kind: string; body: string }[] }>();
    expect(notices.items.find((n) => n.kind === 'DOCUMENT_REVIEW')?.body).toContain('hold the phone still');
    const emails = await sql<{ subject: string; textBody: string }>(
      kit.db.url,
      `SELECT subject, "textBody" FROM "outbound_email" WHERE "toAddress" = 'jonathan@example.com' AND "idempotencyKey" LIKE 'document-review.%'`,
    );
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toBe('请重新上传：护照个人信息页');
    expect(emails[0]?.textBody).toContain('hold the phone still');

    // A sharp retake: its MRZ is read after the answer and compared with the record ("Jonathan Smith").
    const second = (await upload(portal, kase.id, 'PASSPORT_BIO', page)).json<UploadDocumentResponse>();
    expect(second.request.status).toBe('UPLOADED');
    expect(second.document.mrz.status).toBe('PENDING');
    await kit.app.get(MrzQueue).idle();
    const read = (await send(owner, 'GET', `/api/documents/${second.document.id}`)).json<DocumentResponse>();
    expect(read.mrz).toMatchObject({
      status: 'READ',
      fields: { surname: 'SMITH', givenNames: 'JONATHAN MICHAEL', nationality: 'GBR', documentNumberLast4: '6789' },
    });
    expect(JSON.stringify(read)).not.toContain('123456789');
    expect(read.findings.some((f) => f.code.startsWith('MRZ_NAME'))).toBe(true);

    // After a restart the scheduler's sweep finds a reading left PENDING, unless another instance holds its claim.
    const queue = kit.app.get(MrzQueue);
    await sql(
      kit.db.url,
      `UPDATE "document" SET "mrzStatus" = 'PENDING', "mrzFields" = NULL, "mrzLeaseUntil" = now() + interval '1 minute'
        WHERE id = $1`,
      [second.document.id],
    );
    // Both files of the case older than the sweep's grace period, in their order.
    await sql(
      kit.db.url,
      `UPDATE "document" SET "createdAt" = "createdAt" - interval '5 minutes' WHERE "caseId" = $1`,
      [kase.id],
    );
    expect(await queue.sweep()).toBe(0);
    await sql(kit.db.url, `UPDATE "document" SET "mrzLeaseUntil" = now() - interval '1 second' WHERE id = $1`, [
      second.document.id,
    ]);
    expect(await queue.sweep()).toBe(1);
    await queue.idle();
    const [swept] = await sql<{ mrzStatus: string; mrzClaimedBy: string | null }>(
      kit.db.url,
      `SELECT "mrzStatus", "mrzClaimedBy" FROM "document" WHERE id = $1`,
      [second.document.id],
    );
    expect(swept).toEqual({ mrzStatus: 'READ', mrzClaimedBy: null });

    // The helper confirms: the client's record takes the passport's name, number and dates.
    const applied = await send(owner, 'POST', `/api/documents/${second.document.id}/apply-mrz`);
    expect(applied.status).toBe(200);
    expect(applied.json<{ changed: string[] }>().changed).toEqual(
      expect.arrayContaining(['passportName', 'passportNumber', 'birthDate', 'passportExpiry']),
    );
    const record = (await owner.get(`/api/clients/${client.id}`)).json<{
      passportName: string;
      passportLast4: string;
    }>();
    expect(record).toMatchObject({ passportName: 'SMITH JONATHAN MICHAEL', passportLast4: '6789' });

    const accepted = (
      await send(owner, 'POST', `/api/documents/${second.document.id}/review`, json({ decision: 'accept' }))
    ).json<ReviewDocumentResponse>();
    expect(accepted.request?.status).toBe('ACCEPTED');
    expect(accepted.readyToSubmit).toBe(false);

    // The entry stamp is waived with a note; the optional ones do not count: ready to submit, checks clear.
    expect(
      (await owner.put(`/api/cases/${kase.id}/checklist/ENTRY_STAMP_OR_RESIDENCE_PERMIT`, { status: 'WAIVED' })).status,
    ).toBe(400);
    const waived = await owner.put(`/api/cases/${kase.id}/checklist/ENTRY_STAMP_OR_RESIDENCE_PERMIT`, {
      status: 'WAIVED',
      note: 'Residence permit seen in the office',
    });
    expect(waived.json<ChecklistResponse>().items[1]).toMatchObject({
      status: 'WAIVED',
      helperNote: 'Residence permit seen in the office',
    });
    const after = (await send(owner, 'GET', `/api/cases/${kase.id}/documents`)).json<CaseDocumentsResponse>();
    expect(after.readyToSubmit).toBe(true);
    expect(after.documents.map((d) => d.status)).toEqual(['ACCEPTED', 'REJECTED']);
    // Today's 'ready to submit': a PREPARING case whose required documents are all settled.
    const ready = await owner.get(`/api/cases?state=PREPARING&documentsReady=true&clientId=${client.id}`);
    expect(ready.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([kase.id]);
    const notReady = await owner.get(`/api/cases?state=PREPARING&documentsReady=false&clientId=${client.id}`);
    expect(notReady.json<{ items: unknown[] }>().items).toEqual([]);
    const checks = (await owner.post('/api/checks', { caseId: kase.id })).json<CheckResponse>();
    expect(checks.findings.filter((f) => f.code === 'DOCUMENT_MISSING' && f.severity === 'block')).toHaveLength(0);

    // A helper adds a request of their own; the timeline tells the story.
    const added = await owner.post(`/api/cases/${kase.id}/checklist`, {
      anyOf: ['VISA', 'RESIDENCE_PERMIT'],
      note: 'Bring the visa too',
    });
    expect(added.status).toBe(201);
    expect((await owner.post(`/api/cases/${kase.id}/checklist`, { anyOf: ['VISA', 'RESIDENCE_PERMIT'] })).status).toBe(
      409,
    );
    const deliveries = await sql<{ eventType: string; payload: Record<string, unknown> }>(
      kit.db.url,
      `SELECT "eventType", payload FROM "webhook_delivery" WHERE "organizationId" = $1 ORDER BY "createdAt"`,
      [owner.organizationId],
    );
    expect(deliveries.map((d) => [d.eventType, d.payload['decision'] ?? null])).toEqual([
      ['document.uploaded', null],
      ['document.reviewed', 'reject'],
      ['document.uploaded', null],
      ['document.reviewed', 'accept'],
    ]);
    expect(deliveries[0]?.payload).toMatchObject({ caseId: kase.id, kind: 'PASSPORT_BIO' });
    const timeline = (await owner.get(`/api/cases/${kase.id}/events`)).json<TimelineResponse>().items;
    expect(timeline.filter((e) => e.action === 'DOCUMENT').map((e) => e.data['event'])).toEqual([
      'uploaded',
      'rejected',
      'uploaded',
      'accepted',
    ]);
  });

  it('stores only encrypted chunks (no JPEG marker) that open with the master key and not with another', async () => {
    const client = await createClient(owner);
    const kase = await createCase(owner, client.id);
    const big = await sharp({
      create: {
        width: 1800,
        height: 1300,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 95 })
      .toBuffer();
    const answer = await upload(owner, kase.id, 'VISA', big);
    expect(answer.status).toBe(201);
    const id = answer.json<UploadDocumentResponse>().document.id;
    const [doc] = await sql<{ keyId: string; wrappedKey: Buffer; chunkCount: number; organizationId: string }>(
      kit.db.url,
      `SELECT "keyId", "wrappedKey", "chunkCount", "organizationId" FROM "document" WHERE id = $1`,
      [id],
    );
    const chunks = await sql<{ index: number; iv: Buffer; data: Buffer }>(
      kit.db.url,
      `SELECT "index", iv, data FROM "document_chunk" WHERE "documentId" = $1 ORDER BY "index"`,
      [id],
    );
    expect(doc && chunks.length).toBe(doc?.chunkCount);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.data.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    if (!doc) throw new Error('no document row');

    const config = testConfig(kit.db.url);
    const keyring = new DocumentKeyring(config.encryption.key);
    const dataKey = keyring.unwrap({ keyId: doc.keyId, wrapped: doc.wrappedKey }, doc.organizationId, id);
    const plain = Buffer.concat(chunks.map((chunk) => openChunk(dataKey, id, chunk, chunks.length)));
    expect(plain.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const content = await send(owner, 'GET', `/api/documents/${id}/content`);
    expect(content.raw.equals(plain)).toBe(true);

    // Another master key does not open it, nor does a chunk moved to another place.
    const stranger = new DocumentKeyring(Buffer.alloc(32, 7));
    expect(() =>
      stranger.unwrap({ keyId: stranger.currentId, wrapped: doc.wrappedKey }, doc.organizationId, id),
    ).toThrow();
    const [firstChunk] = chunks;
    if (!firstChunk) throw new Error('no chunk');
    expect(() => openChunk(dataKey, id, { ...firstChunk, index: 1 }, chunks.length)).toThrow();
    // Rotation: a keyring whose current key is new still opens it through the previous key.
    const rotated = new DocumentKeyring(Buffer.alloc(32, 9), [config.encryption.key]);
    expect(rotated.unwrap({ keyId: doc.keyId, wrapped: doc.wrappedKey }, doc.organizationId, id)).toEqual(dataKey);
    // `npm run documents:rewrap`'s work: every data key wrapped again by the new key, the chunks untouched.
    const pool = new Pool({ connectionString: kit.db.url, max: 1 });
    try {
      const result = await rewrapDocumentKeys(pool, rotated);
      expect(result).toEqual({ rewrapped: expect.any(Number), failed: 0 });
      expect(result.rewrapped).toBeGreaterThanOrEqual(1);
      expect(await rewrapDocumentKeys(pool, rotated)).toEqual({ rewrapped: 0, failed: 0 });
    } finally {
      await pool.end();
    }
    const [after] = await sql<{ keyId: string; wrappedKey: Buffer }>(
      kit.db.url,
      `SELECT "keyId", "wrappedKey" FROM "document" WHERE id = $1`,
      [id],
    );
    expect(after?.keyId).toBe(rotated.currentId);
    const newOnly = new DocumentKeyring(Buffer.alloc(32, 9));
    expect(
      newOnly.unwrap(
        { keyId: after?.keyId ?? '', wrapped: after?.wrappedKey ?? Buffer.alloc(0) },
        doc.organizationId,
        id,
      ),
    ).toEqual(dataKey);
    expect((await sql(kit.db.url, `SELECT 1 FROM "document_chunk" WHERE "documentId" = $1`, [id])).length).toBe(
      chunks.length,
    );
  });

  it('answers the content short-lived and audited; strangers get 404, a client only their own case, a viewer cannot upload', async () => {
    const client = await createClient(owner);
    const kase = await createCase(owner, client.id);
    const otherClient = await createClient(owner);
    const otherCase = await createCase(owner, otherClient.id);
    const glared = await degrade(page, { glare: [[0.6, 0.35, 0.3, 0.22]], quality: 85 });
    const created = await upload(owner, kase.id, 'PASSPORT_BIO', glared);
    expect(created.status).toBe(201);
    const document = created.json<UploadDocumentResponse>().document;
    expect(document.findings.map((f) => f.code)).toContain('IMAGE_GLARE');
    await kit.app.get(MrzQueue).idle();

    const content = await send(owner, 'GET', `/api/documents/${document.id}/content`);
    expect(content.status).toBe(200);
    expect(content.headers['content-type']).toBe('image/jpeg');
    expect(content.headers['cache-control']).toBe('no-store, private');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(String(content.headers['content-disposition'])).toMatch(
      /^inline; filename="passport_bio-\d{4}-\d{2}-\d{2}\.jpg"$/,
    );
    expect((await send(owner, 'GET', `/api/documents/${document.id}`)).status).toBe(200);
    const audit = await sql<{ action: string; targetId: string }>(
      kit.db.url,
      `SELECT action, "targetId" FROM "audit_log" WHERE "targetId" = $1 ORDER BY at`,
      [document.id],
    );
    expect(audit.map((row) => row.action)).toEqual(['document.uploaded', 'document.downloaded', 'document.viewed']);
    const logged = await sql<{ data: unknown }>(kit.db.url, `SELECT data FROM "audit_log" WHERE "targetId" = $1`, [
      document.id,
    ]);
    expect(JSON.stringify(logged)).not.toContain('123456789');

    const stranger = await signUp(kit.app, { kind: 'AGENCY' });
    for (const answer of [
      await send(stranger, 'GET', `/api/documents/${document.id}`),
      await send(stranger, 'GET', `/api/documents/${document.id}/content`),
      await send(stranger, 'GET', `/api/cases/${kase.id}/documents`),
      await upload(stranger, kase.id, 'VISA', page),
      await send(stranger, 'POST', `/api/documents/${document.id}/review`, json({ decision: 'accept' })),
      await send(stranger, 'DELETE', `/api/documents/${document.id}`),
    ])
      expect(answer.status).toBe(404);

    const portal = await addMember(kit, owner, 'CLIENT', client.id);
    expect((await send(portal, 'GET', `/api/documents/${document.id}/content`)).status).toBe(200);
    expect((await send(portal, 'GET', `/api/cases/${otherCase.id}/documents`)).status).toBe(404);
    expect((await upload(portal, otherCase.id, 'VISA', page)).status).toBe(404);
    expect((await send(portal, 'DELETE', `/api/documents/${document.id}`)).status).toBe(403);
    expect((await send(portal, 'POST', `/api/documents/${document.id}/apply-mrz`)).status).toBe(403);
    // An individual uploads to their own case.
    const individual = await signUp(kit.app, { kind: 'PERSONAL' });
    const own = await createCase(individual, (await createClient(individual)).id);
    expect((await upload(individual, own.id, 'VISA', page)).status).toBe(201);
    expect((await upload(individual, kase.id, 'VISA', page)).status).toBe(404);
    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await upload(viewer, kase.id, 'VISA', page)).status).toBe(403);
    expect((await send(viewer, 'GET', `/api/documents/${document.id}`)).status).toBe(200);

    // A helper deletes the file: the request goes back to REQUESTED, and the deletion is audited.
    expect((await send(owner, 'DELETE', `/api/documents/${document.id}`)).status).toBe(204);
    expect((await send(owner, 'GET', `/api/documents/${document.id}`)).status).toBe(404);
    const list = (await send(owner, 'GET', `/api/cases/${kase.id}/documents`)).json<CaseDocumentsResponse>();
    expect(list.requests[0]).toMatchObject({ document: 'PASSPORT_BIO', status: 'REQUESTED', latestDocument: null });
    expect(
      await sql(kit.db.url, `SELECT 1 FROM "audit_log" WHERE action = 'document.deleted' AND "targetId" = $1`, [
        document.id,
      ]),
    ).toHaveLength(1);
    expect(await sql(kit.db.url, `SELECT 1 FROM "document_chunk" WHERE "documentId" = $1`, [document.id])).toHaveLength(
      0,
    );
  });

  it('turns an EXIF-rotated photo upright and says so; refuses tiny, truncated, wrong-type, oversize and malformed uploads with 4xx, storing nothing', async () => {
    const client = await createClient(owner);
    const kase = await createCase(owner, client.id);
    const sideways = await sharp(page).rotate(270).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const turned = await upload(owner, kase.id, 'SIGNATURE_PAGE', sideways);
    expect(turned.status).toBe(201);
    const stored = turned.json<UploadDocumentResponse>().document;
    expect(stored.findings.map((f) => f.code)).toContain('IMAGE_ROTATED');
    expect(stored.width).toBeGreaterThan(stored.height ?? 0);

    const start = await counts();
    const tiny = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#c0a080' } })
      .jpeg()
      .toBuffer();
    const oversize = await sharp({
      create: {
        width: 2600,
        height: 2000,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 90 },
      },
    })
      .jpeg({ quality: 100 })
      .toBuffer();
    expect(oversize.length).toBeGreaterThan(3_000_000);
    const refusals: [Answer, number, string][] = [
      [await upload(owner, kase.id, 'VISA', tiny), 422, 'IMAGE_TOO_SMALL'],
      [await upload(owner, kase.id, 'VISA', page.subarray(0, Math.floor(page.length / 2))), 422, 'FILE_TRUNCATED'],
      [
        await upload(owner, kase.id, 'VISA', Buffer.from('%!PS-Adobe-3.0 not an image at all\n'.repeat(50))),
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [await upload(owner, kase.id, 'VISA', oversize), 413, 'FILE_TOO_LARGE'],
      [await upload(owner, kase.id, 'SELFIE', page), 400, 'VALIDATION_FAILED'],
      [await upload(owner, kase.id, 'VISA', null), 400, 'BAD_REQUEST'],
      [
        await send(owner, 'POST', `/api/cases/${kase.id}/documents`, json({ kind: 'VISA' })),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ];
    for (const [answer, status, code] of refusals) {
      expect([answer.status, answer.json<{ error: { code: string } }>().error.code]).toEqual([status, code]);
    }
    expect(await counts()).toEqual(start);
    // The connection is still usable after a refused upload.
    expect((await send(owner, 'GET', `/api/cases/${kase.id}/documents`)).status).toBe(200);
  });

  it('purges the files of a case closed longer than the organization’s retention, by the scheduler’s job, audited', async () => {
    const policy = (await owner.get('/api/organization/policy')).json<{
      documentRetentionDays: number;
      timeZone: string;
      quietHours: null;
      policy: object;
    }>();
    expect(policy.documentRetentionDays).toBe(90);
    const saved = await owner.put('/api/organization/policy', {
      timeZone: policy.timeZone,
      quietHours: null,
      policy: {},
      documentRetentionDays: 30,
    });
    expect(saved.json<{ documentRetentionDays: number }>().documentRetentionDays).toBe(30);
    const client = await createClient(owner);
    const open = await createCase(owner, client.id);
    const closed = await createCase(owner, client.id);
    const keep = (await upload(owner, open.id, 'VISA', page)).json<UploadDocumentResponse>().document;
    const purge = (await upload(owner, closed.id, 'VISA', page)).json<UploadDocumentResponse>().document;
    expect((await owner.post(`/api/cases/${closed.id}/archive`)).status).toBe(200);
    const retention = kit.app.get(DocumentRetention);

    expect((await retention.purgeDue(new Date(Date.now() + 29 * 86_400_000))).purged).toBe(0);
    expect((await retention.purgeDue(new Date(Date.now() + 31 * 86_400_000))).purged).toBe(1);
    expect((await retention.purgeDue(new Date(Date.now() + 31 * 86_400_000))).purged).toBe(0);
    const gone = (await send(owner, 'GET', `/api/documents/${purge.id}`)).json<DocumentResponse>();
    expect(gone.purgedAt).not.toBeNull();
    expect((await send(owner, 'GET', `/api/documents/${purge.id}/content`)).status).toBe(404);
    expect((await send(owner, 'GET', `/api/documents/${keep.id}/content`)).status).toBe(200);
    expect(await sql(kit.db.url, `SELECT 1 FROM "document_chunk" WHERE "documentId" = $1`, [purge.id])).toHaveLength(0);
    expect(
      await sql(kit.db.url, `SELECT 1 FROM "audit_log" WHERE action = 'document.purged' AND "targetId" = $1`, [
        purge.id,
      ]),
    ).toHaveLength(1);
  });

  it('exports a client as a ZIP (JSON and the decrypted files) and erases them, keeping the anonymised case outcome', async () => {
    const admin = owner;
    const client = await createClient(admin, {
      passportName: 'Maria Garcia',
      passportNumber: 'X1234567',
      email: 'maria@example.com',
    });
    const kase = await createCase(admin, client.id);
    await admin.post(`/api/cases/${kase.id}/notes`, { body: 'Maria called about her passport' });
    const file = (await upload(admin, kase.id, 'VISA', page)).json<UploadDocumentResponse>().document;
    await transition(admin, kase.id, 0, 'submit', { bank: 'BOC', cardLast4: '1234' });

    const helper = await addMember(kit, admin, 'HELPER');
    expect((await send(helper, 'GET', `/api/clients/${client.id}/export`)).status).toBe(403);
    expect((await send(helper, 'POST', `/api/clients/${client.id}/erase`)).status).toBe(403);

    const exported = await send(admin, 'GET', `/api/clients/${client.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe('application/zip');
    const entries = unzip(exported.raw);
    expect([...entries.keys()].sort()).toEqual(
      ['cases.json', 'client.json', `documents/${kase.id}/visa-${file.id}.jpg`].sort(),
    );
    const clientJson = JSON.parse(entries.get('client.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(clientJson).toMatchObject({
      passportName: 'Maria Garcia',
      passportNumber: 'X1234567',
      email: 'maria@example.com',
    });
    const casesJson = entries.get('cases.json')?.toString('utf8') ?? '';
    expect(casesJson).toContain('Maria called about her passport');
    const photo = entries.get(`documents/${kase.id}/visa-${file.id}.jpg`);
    expect(photo?.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    const erased = await send(admin, 'POST', `/api/clients/${client.id}/erase`);
    expect(erased.status).toBe(200);
    expect(erased.json<{ anonymisedCases: number; deletedDocuments: number }>()).toMatchObject({
      anonymisedCases: 1,
      deletedDocuments: 1,
    });
    const [row] = await sql<Record<string, unknown>>(kit.db.url, `SELECT * FROM "client" WHERE id = $1`, [client.id]);
    expect(row).toMatchObject({
      passportName: 'Erased client',
      email: null,
      passportNumberEnc: null,
      passportLast4: null,
    });
    expect(row?.['erasedAt']).not.toBeNull();
    const [caseRow] = await sql<{ state: string; type: string; cardLast4: string | null }>(
      kit.db.url,
      `SELECT state, type, "cardLast4" FROM "case" WHERE id = $1`,
      [kase.id],
    );
    expect(caseRow).toEqual({ state: 'SUBMITTED', type: 'BANK_CARD_VERIFICATION', cardLast4: null });
    const events = await sql<{ action: string; data: unknown }>(
      kit.db.url,
      `SELECT action, data FROM "case_event" WHERE "caseId" = $1 ORDER BY at`,
      [kase.id],
    );
    expect(events.map((e) => e.action)).toEqual(['CREATED', 'submit']);
    expect(JSON.stringify(events)).not.toContain('Maria');
    expect(await sql(kit.db.url, `SELECT 1 FROM "document" WHERE "caseId" = $1`, [kase.id])).toHaveLength(0);
    expect(await sql(kit.db.url, `SELECT 1 FROM "note" WHERE "caseId" = $1`, [kase.id])).toHaveLength(0);
    const [audit] = await sql<{ actorId: string }>(
      kit.db.url,
      `SELECT "actorId" FROM "audit_log" WHERE action = 'client.erased' AND "targetId" = $1`,
      [client.id],
    );
    expect(audit?.actorId).toBe(admin.me?.user.id);
    // The timeline stays append-only for everyone else.
    await expect(
      sql(kit.db.url, `SET ROLE waiji_system; DELETE FROM "case_event" WHERE "caseId" = '${kase.id}'`),
    ).rejects.toThrow(/append-only/);
  });
});

function json(value: unknown): { payload: Buffer; type: string } {
  return { payload: Buffer.from(JSON.stringify(value)), type: 'application/json' };
}

/** The entries of a ZIP (stored or deflated), read from its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(offset + 10);
    const compressed = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
