import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import nodemailer from 'nodemailer';
import sharp from 'sharp';
import type {
  ApplyInboundMessageResponse,
  CaseInboundMailResponse,
  InboundMessageListResponse,
  InboundSettingsResponse,
  PortalInboundAddressResponse,
  TimelineResponse,
} from '@waiji/contract';
import { createClientAndCase, signUp, sql, type TestUser, useTestApp } from '../testing/kit';
import { InboundImapService, PROCESSED_KEYWORD } from './inbound-imap.service';
import { InboundIngestService } from './inbound-ingest.service';
import { InboundSmtpService } from './inbound-smtp.service';

jest.setTimeout(120_000);

const DOMAIN = 'in.waiji.test';
const MAX_BYTES = 200_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Alipay's card rejection (M1) as Alipay sends it: HTML in GBK, the subject encoded too. */
function m1Mail(to: string, messageId: string, sentAt: Date): Buffer {
  const html =
    '<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>' +
    '<img src="https://tracker.example/open.gif" alt="">' +
    '<p>尊敬的用户：</p><p>你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2026年12月07日)使用原银行卡重新认证, 撤销本次认证。</p>' +
    '</body></html>';
  const subject = `=?GBK?B?${iconv.encode('支付宝实名认证结果', 'gbk').toString('base64')}?=`;
  const head = [
    `From: =?GBK?B?${iconv.encode('支付宝', 'gbk').toString('base64')}?= <service@mail.alipay.com>`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Date: ${sentAt.toUTCString()}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=GBK',
    'Content-Transfer-Encoding: base64',
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head), Buffer.from(iconv.encode(html, 'gbk').toString('base64'))]);
}

describe('mail in: SMTP listener, matching, one-click apply, IMAP mailbox, safety', () => {
  let smtpPort = 0;
  const kit = useTestApp({
    sql: true,
    env: async () => {
      smtpPort = await freePort();
      return {
        INBOUND_DOMAIN: DOMAIN,
        INBOUND_SMTP_PORT: String(smtpPort),
        INBOUND_SMTP_HOST: '127.0.0.1',
        INBOUND_MAX_BYTES: String(MAX_BYTES),
        INBOUND_MAX_ATTEMPTS: '2',
        OUTBOX_BACKOFF_BASE_MS: '10',
        OUTBOX_BACKOFF_MAX_MS: '20',
      };
    },
  });
  let owner: TestUser;
  let orgAddress: string;

  const transport = () =>
    nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      ignoreTLS: true,
      tls: { rejectUnauthorized: false },
    });

  /** Every queued mail processed, including what the listener started in the background. */
  const settle = async () => {
    const ingest = kit.app.get(InboundIngestService);
    await ingest.idle();
    await ingest.processDue();
    await ingest.idle();
  };

  beforeAll(async () => {
    owner = await signUp(kit.app);
    const settings = await owner.get('/api/inbound-mail/settings');
    expect(settings.status).toBe(200);
    orgAddress = settings.json<InboundSettingsResponse>().address;
    expect(kit.app.get(InboundSmtpService).port).toBe(smtpPort);
  });

  it('a GBK-encoded HTML rejection (M1) sent over SMTP to a case address lands on the case with the M1 reading, and applies in one click', async () => {
    const { caseId, version } = await createClientAndCase(owner, { name: 'ZHANG WEI' });
    const mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(mail.address).toMatch(new RegExp(`^case-[0-9a-f]{12}@${DOMAIN.replace(/\./g, '\\.')}$`));
    expect(mail.items).toEqual([]);

    const sentAt = new Date(Date.now() - 60_000);
    await transport().sendMail({
      envelope: { from: 'service@mail.alipay.com', to: [mail.address] },
      raw: m1Mail(mail.address, '<m1-gbk@mail.alipay.com>', sentAt),
    });
    await settle();

    const after = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(after.items).toHaveLength(1);
    const [email] = after.items;
    expect(email?.status).toBe('MATCHED');
    expect(email?.from).toBe('service@mail.alipay.com');
    expect(email?.subject).toBe('支付宝实名认证结果');
    expect(email?.body).toContain('你的银行卡信息认证失败');
    expect(email?.interpretations[0]?.code).toBe('CARD_CHECK_FAILED');
    expect(email?.interpretations[0]?.retryAfter?.slice(0, 10)).toBe('2026-12-06'); // 2026-12-07 00:00 Beijing
    expect(email?.suggestedAction).toBe('reject');
    // Sanitised: no script, style or remote image survives.
    expect(email?.html).toContain('你的银行卡信息认证失败');
    expect(email?.html).not.toMatch(/script|style|tracker\.example|<img/i);

    const timeline = (await owner.get(`/api/cases/${caseId}/events`)).json<TimelineResponse>();
    const entry = timeline.items.find((item) => item.action === 'EMAIL');
    expect(entry?.data['subject']).toBe('支付宝实名认证结果');
    expect(entry?.interpretations[0]?.code).toBe('CARD_CHECK_FAILED');

    const applied = await owner.post(`/api/inbound-mail/messages/${email?.id}/apply`, { version });
    expect(applied.status).toBe(200);
    const result = applied.json<ApplyInboundMessageResponse>();
    expect(result.action).toBe('reject');
    expect(result.case.state).toBe('REJECTED');
    expect(result.case.retryAfter).toBe(new Date('2026-12-07T00:00:00+08:00').toISOString());
    expect(result.message.status).toBe('APPLIED');
    // Once applied it cannot be applied again.
    expect(
      (await owner.post(`/api/inbound-mail/messages/${email?.id}/apply`, { version: result.case.version })).status,
    ).toBe(409);
  });

  it('a screenshot attached to a client’s mail is read with OCR and interpreted like its text', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'SHOT SENDER', email: 'shot@example.com' });
    const lines = [
      '你的银行卡信息认证失败,请更换银行',
      '卡重新认证或撤销认证5天后',
      '(2031年10月18日)使用原银行卡重',
      '新认证, 撤销本次认证。',
    ];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="390" height="${110 + lines.length * 30}">
      <rect width="100%" height="100%" fill="#ffffff"/>
      <g font-family="WenQuanYi Micro Hei" fill="#333333">${lines
        .map((line, index) => `<text x="16" y="${70 + index * 30}" font-size="17">${line}</text>`)
        .join('')}</g></svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    await transport().sendMail({
      from: 'shot@example.com',
      to: orgAddress,
      subject: 'see the screenshot',
      messageId: '<screenshot@example.com>',
      text: 'This is what Alipay shows me.',
      attachments: [{ filename: 'alipay.png', content: png, contentType: 'image/png' }],
    });
    await settle();
    const mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(mail.items[0]?.body).toContain('[alipay.png]');
    expect(mail.items[0]?.interpretations.map((item) => item.code)).toContain('CARD_CHECK_FAILED');
    expect(mail.items[0]?.attachments.map((item) => item.filename)).toEqual(['alipay.png']);
  });

  it('keeps an attachment as one of the case’s documents through the documents feature', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'DOC SENDER' });
    const address = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>().address;
    const visa = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d8e4f0' } })
      .jpeg()
      .toBuffer();
    await transport().sendMail({
      from: 'doc@example.com',
      to: address,
      subject: 'my visa',
      messageId: '<visa@example.com>',
      text: 'Here is my visa page.',
      attachments: [{ filename: 'visa.jpg', content: visa, contentType: 'image/jpeg' }],
    });
    await settle();
    const [email] = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>().items;
    const attachment = email?.attachments[0];
    expect(attachment?.filename).toBe('visa.jpg');
    const saved = await owner.post(`/api/inbound-mail/messages/${email?.id}/attachments/${attachment?.id}/save`, {
      kind: 'VISA',
    });
    expect(saved.status).toBe(201);
    expect(saved.json<{ document: { kind: string; caseId: string } }>().document).toMatchObject({
      kind: 'VISA',
      caseId,
    });
    expect(
      (await owner.post(`/api/inbound-mail/messages/${email?.id}/attachments/${attachment?.id}/save`, { kind: 'NOPE' }))
        .status,
    ).toBe(400);
  });

  it('refuses unknown recipients at RCPT TO (no open relay)', async () => {
    await expect(
      transport().sendMail({ from: 'a@example.com', to: `case-000000000000@${DOMAIN}`, subject: 'x', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    await expect(
      transport().sendMail({ from: 'a@example.com', to: 'someone@elsewhere.example', subject: 'x', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
  });

  it('holds back an organization over its hourly allowance at RCPT TO (452, try later)', async () => {
    const other = await signUp(kit.app);
    const address = (await other.get('/api/inbound-mail/settings')).json<InboundSettingsResponse>().address;
    await sql(
      kit.db.url,
      `INSERT INTO "inbound_raw" ("organizationId", source, size, status) SELECT $1, 'SMTP', 1, 'DONE' FROM generate_series(1, 300)`,
      [other.organizationId],
    );
    await expect(
      transport().sendMail({ from: 'a@example.com', to: address, subject: 'one too many', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 452 });
    // The first organization is not held back by the second's mail.
    await expect(
      transport().sendMail({
        from: 'a@example.com',
        to: orgAddress,
        subject: 'fine',
        messageId: '<fine@example.com>',
        text: 'x',
      }),
    ).resolves.toBeDefined();
    await settle();
  });

  it('a mail forwarded from a client’s address (Gmail style) matches their open case and reads the original', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'LI NA', email: 'li.na@example.com' });
    await transport().sendMail({
      from: 'Li Na <Li.Na@example.com>',
      to: orgAddress,
      subject: 'Fwd: 支付宝',
      messageId: '<fwd-1@example.com>',
      text: [
        'Please look at this',
        '',
        '---------- Forwarded message ---------',
        'From: 支付宝 <service@mail.alipay.com>',
        'Date: Tue, Dec 1, 2026 at 10:12 AM',
        'Subject: 认证结果',
        'To: <li.na@example.com>',
        '',
        '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。',
      ].join('\n'),
    });
    await settle();
    const mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(mail.items).toHaveLength(1);
    expect(mail.items[0]?.from).toBe('li.na@example.com');
    expect(mail.items[0]?.originalFrom).toBe('service@mail.alipay.com');
    expect(mail.items[0]?.sentAt).toBe('2026-12-01T10:12:00.000Z');
    expect(mail.items[0]?.body).toBe('您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。');
  });

  it('an unknown sender lands in the unmatched inbox; a helper assigns it and the sender is remembered', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'WANG FANG' });
    await transport().sendMail({
      from: 'stranger@example.org',
      to: orgAddress,
      subject: 'hello',
      messageId: '<unknown-1@example.org>',
      text: '抱歉,暂时无法操作。 失败原因 系统出错啦。',
    });
    await settle();
    const inbox = (await owner.get('/api/inbound-mail/messages')).json<InboundMessageListResponse>();
    const waiting = inbox.items.find((item) => item.from === 'stranger@example.org');
    expect(waiting?.status).toBe('UNMATCHED');
    expect(waiting?.case).toBeNull();

    const assigned = await owner.post(`/api/inbound-mail/messages/${waiting?.id}/assign`, { caseId, remember: true });
    expect(assigned.status).toBe(200);
    expect(assigned.json<{ status: string; case: { id: string } }>().case.id).toBe(caseId);

    await transport().sendMail({
      from: 'stranger@example.org',
      to: orgAddress,
      subject: 'again',
      messageId: '<unknown-2@example.org>',
      text: 'second',
    });
    await settle();
    const mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(mail.items.map((item) => item.subject).sort()).toEqual(['again', 'hello']);
  });

  it('a client with several open cases: unmatched, with their cases as candidates', async () => {
    const first = await createClientAndCase(owner, { name: 'CHEN JIE', email: 'chen@example.com' });
    const created = await owner.post('/api/cases', { clientId: first.clientId, type: 'APP_PASSPORT_VERIFICATION' });
    expect(created.status).toBe(201);
    await transport().sendMail({
      from: 'chen@example.com',
      to: orgAddress,
      subject: 'which case?',
      messageId: '<several@example.com>',
      text: 'hi',
    });
    await settle();
    const inbox = (await owner.get('/api/inbound-mail/messages')).json<InboundMessageListResponse>();
    const waiting = inbox.items.find((item) => item.subject === 'which case?');
    expect(waiting?.status).toBe('UNMATCHED');
    expect(waiting?.candidates.map((candidate) => candidate.id).sort()).toEqual(
      [first.caseId, created.json<{ id: string }>().id].sort(),
    );
  });

  it('the same Message-ID twice is one entry; an auto-reply and a bounce are ignored', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'ZHAO LEI' });
    const address = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>().address;
    for (let round = 0; round < 2; round += 1) {
      await transport().sendMail({
        from: 'x@example.com',
        to: address,
        subject: 'twice',
        messageId: '<twice@example.com>',
        text: 'same',
      });
    }
    await transport().sendMail({
      from: 'x@example.com',
      to: address,
      subject: 'Out of office',
      messageId: '<ooo@example.com>',
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'I am away',
    });
    await transport().sendMail({
      from: 'list@example.com',
      to: address,
      subject: 'Newsletter',
      messageId: '<bulk@example.com>',
      headers: { Precedence: 'bulk' },
      text: 'news',
    });
    await settle();
    const mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(mail.items.map((item) => item.subject)).toEqual(['twice']);
    const timeline = (await owner.get(`/api/cases/${caseId}/events`)).json<TimelineResponse>();
    expect(timeline.items.filter((item) => item.action === 'EMAIL')).toHaveLength(1);
    const ignored = await sql<{ status: string; lastError: string }>(
      kit.db.url,
      `SELECT status, "lastError" FROM "inbound_raw" WHERE status = 'IGNORED' ORDER BY "createdAt"`,
    );
    expect(ignored.map((row) => row.lastError)).toEqual(['Auto-Submitted: auto-replied', 'Precedence: bulk']);
  });

  it('an oversize mail is refused and parked visibly, a malformed one parked with its error; the next mail still flows', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'SUN LI' });
    const address = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>().address;
    await expect(
      transport().sendMail({
        from: 'big@example.com',
        to: address,
        subject: 'big',
        text: 'x'.repeat(MAX_BYTES + 10_000),
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    // No From at all: unreadable as a message, parked at once.
    await transport().sendMail({
      envelope: { from: 'broken@example.com', to: [address] },
      raw: 'Subject: broken\r\nMessage-ID: <broken@example.com>\r\n\r\nno sender here',
    });
    await transport().sendMail({
      from: 'ok@example.com',
      to: address,
      subject: 'after',
      messageId: '<after@example.com>',
      text: 'fine',
    });
    await settle();
    const settings = (await owner.get('/api/inbound-mail/settings')).json<InboundSettingsResponse>();
    const errors = settings.parked.map((row) => row.lastError ?? '');
    expect(errors.some((error) => /over the limit of 200000/.test(error))).toBe(true);
    expect(errors.some((error) => /no From address/.test(error))).toBe(true);
    const mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(mail.items.map((item) => item.subject)).toEqual(['after']);
  });

  it('a mail that keeps failing is retried with backoff, then parked; the queue behind it is not held up', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'HU YAN' });
    const address = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>().address;
    // A fault the mail itself does not cause: attachments cannot be stored for now.
    await sql(kit.db.url, 'REVOKE INSERT ON "inbound_attachment" FROM waiji_app');
    try {
      await transport().sendMail({
        from: 'att@example.com',
        to: address,
        subject: 'with attachment',
        messageId: '<attachment@example.com>',
        text: 'see attached',
        attachments: [{ filename: 'screenshot.png', content: Buffer.from('not really a png') }],
      });
      await transport().sendMail({
        from: 'ok2@example.com',
        to: address,
        subject: 'still flows',
        messageId: '<flows@example.com>',
        text: 'x',
      });
      await settle();
      await new Promise((resolve) => setTimeout(resolve, 60));
      await settle();
    } finally {
      await sql(kit.db.url, 'GRANT INSERT ON "inbound_attachment" TO waiji_app');
    }
    const rows = await sql<{ status: string; attempts: number; lastError: string }>(
      kit.db.url,
      `SELECT status, attempts, "lastError" FROM "inbound_raw" WHERE recipient = $1 AND status <> 'DONE'`,
      [address],
    );
    expect(rows).toEqual([expect.objectContaining({ status: 'PARKED', attempts: 2 })]);
    expect(rows[0]?.lastError).toMatch(/permission denied/);
    const settings = (await owner.get('/api/inbound-mail/settings')).json<InboundSettingsResponse>();
    expect(settings.parked.some((row) => /permission denied/.test(row.lastError ?? ''))).toBe(true);
    // Retried once the fault is gone: the mail arrives with its attachment.
    const parkedId = settings.parked.find((row) => /permission denied/.test(row.lastError ?? ''))?.id;
    expect((await owner.post(`/api/inbound-mail/parked/${parkedId}/retry`, {})).status).toBe(200);
    await settle();
    const withAttachment = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    const attached = withAttachment.items.find((item) => item.subject === 'with attachment');
    expect(attached?.attachments).toEqual([expect.objectContaining({ filename: 'screenshot.png', size: 16 })]);
    const download = await owner.get(
      `/api/inbound-mail/messages/${attached?.id}/attachments/${attached?.attachments[0]?.id}`,
    );
    expect(download.status).toBe(200);
    expect(download.text).toBe('not really a png');
    const mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(mail.items.map((item) => item.subject).sort()).toEqual(['still flows', 'with attachment']);
  });

  it('purges processed queue rows after two days and a parked mail’s bytes after thirty, keeping its error', async () => {
    const orgId = owner.organizationId;
    const [done] = await sql<{ id: string }>(
      kit.db.url,
      `INSERT INTO "inbound_raw" ("organizationId", source, size, status, "createdAt") VALUES ($1, 'SMTP', 1, 'DONE', now() - interval '3 days') RETURNING id`,
      [orgId],
    );
    const [parked] = await sql<{ id: string }>(
      kit.db.url,
      `INSERT INTO "inbound_raw" ("organizationId", source, raw, size, status, "lastError", "createdAt")
       VALUES ($1, 'SMTP', 'x', 1, 'PARKED', 'old failure', now() - interval '31 days') RETURNING id`,
      [orgId],
    );
    expect(await kit.app.get(InboundIngestService).purge()).toEqual({ deleted: 1, emptied: 1 });
    const left = await sql<{ id: string; raw: Buffer | null; lastError: string }>(
      kit.db.url,
      `SELECT id, raw, "lastError" FROM "inbound_raw" WHERE id = ANY($1::uuid[])`,
      [[done?.id, parked?.id]],
    );
    expect(left).toEqual([{ id: parked?.id, raw: null, lastError: 'old failure' }]);
  });

  it('auto-applies only for a trusted sender when the organization turned it on', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'MA LIN', email: 'ma.lin@example.com' });
    const m3 = '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。';
    await transport().sendMail({
      from: 'ma.lin@example.com',
      to: orgAddress,
      subject: 'one',
      messageId: '<auto-1@example.com>',
      text: m3,
    });
    await settle();
    let mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    expect(mail.items[0]?.status).toBe('MATCHED');
    expect((await owner.post('/api/inbound-mail/senders', { email: 'Ma.Lin@example.com', trusted: true })).status).toBe(
      200,
    );
    expect((await owner.put('/api/inbound-mail/settings', { autoApplyTrusted: true })).status).toBe(200);
    await owner.post(`/api/inbound-mail/messages/${mail.items[0]?.id}/dismiss`, {});
    await transport().sendMail({
      from: 'ma.lin@example.com',
      to: orgAddress,
      subject: 'two',
      messageId: '<auto-2@example.com>',
      text: m3,
    });
    await settle();
    mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
    const second = mail.items.find((item) => item.subject === 'two');
    expect(second).toMatchObject({ status: 'APPLIED', autoApplied: true, senderTrusted: true });
    const kase = (await owner.get(`/api/cases/${caseId}`)).json<{ state: string }>();
    expect(kase.state).toBe('REJECTED');
    await owner.put('/api/inbound-mail/settings', { autoApplyTrusted: false });
  });

  it('a client sees their own case address in the portal, not another case’s', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'PORTAL ONE' });
    const other = await signUp(kit.app);
    expect((await other.get(`/api/portal/cases/${caseId}/inbound-address`)).status).toBe(404);
    const own = (await owner.get(`/api/portal/cases/${caseId}/inbound-address`)).json<PortalInboundAddressResponse>();
    expect(own.address).toMatch(/^case-/);
  });

  it('drains an IMAP mailbox on a real IMAP server: messages queued, matched and flagged, never deleted', async () => {
    const { caseId } = await createClientAndCase(owner, { name: 'IMAP CLIENT', email: 'imap.client@example.com' });
    const require = createRequire(__filename);
    const hoodiecrow = require('hoodiecrow-imap') as (options: unknown) => {
      listen(port: number, callback: () => void): void;
      close(callback: () => void): void;
      server: { address(): { port: number } };
      storage: { INBOX: { messages: { flags: string[] }[] } };
    };
    const raw = (id: string, subject: string) =>
      `From: imap.client@example.com\r\nTo: visa@agency.example\r\nSubject: ${subject}\r\nMessage-ID: <${id}>\r\nDate: ${new Date().toUTCString()}\r\n\r\n支付宝客服将在2天内为你审核。`;
    const storage = {
      INBOX: {
        messages: [
          { raw: raw('imap-1@example.com', 'via imap 1'), flags: [] },
          { raw: raw('imap-2@example.com', 'via imap 2'), flags: ['\\Seen'] },
        ],
      },
    };
    const server = hoodiecrow({
      plugins: ['IDLE', 'UIDPLUS', 'ENABLE', 'ID'],
      storage,
      users: { agency: { password: 'secret' } },
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    try {
      const port = server.server.address().port;
      const saved = await owner.put('/api/inbound-mail/settings', {
        imap: {
          enabled: true,
          host: '127.0.0.1',
          port,
          tls: false,
          user: 'agency',
          password: 'secret',
          folder: 'INBOX',
        },
      });
      expect(saved.status).toBe(200);
      expect(saved.text).not.toContain('secret');
      const stored = await sql<{ imapPasswordEnc: string }>(
        kit.db.url,
        `SELECT "imapPasswordEnc" FROM "inbound_mailbox" WHERE "organizationId" = $1`,
        [owner.organizationId],
      );
      expect(stored[0]?.imapPasswordEnc).not.toContain('secret');

      const polled = await kit.app.get(InboundImapService).pollDue();
      expect(polled).toEqual({ mailboxes: 1, fetched: 2, failed: 0 });
      await settle();
      const mail = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>();
      expect(mail.items.map((item) => item.subject).sort()).toEqual(['via imap 1', 'via imap 2']);
      expect(mail.items.every((item) => item.source === 'IMAP')).toBe(true);
      const flags = server.storage.INBOX.messages.map((message) => message.flags);
      expect(flags).toHaveLength(2);
      for (const set of flags) expect(set).toEqual(expect.arrayContaining(['\\Seen', PROCESSED_KEYWORD]));

      // The next poll (once due) fetches nothing again.
      await sql(kit.db.url, `UPDATE "inbound_mailbox" SET "imapNextPollAt" = now()`);
      expect(await kit.app.get(InboundImapService).pollDue()).toEqual({ mailboxes: 1, fetched: 0, failed: 0 });
      const settings = (await owner.get('/api/inbound-mail/settings')).json<InboundSettingsResponse>();
      expect(settings.imap).toMatchObject({ enabled: true, passwordSet: true, lastError: null });
    } finally {
      await owner.put('/api/inbound-mail/settings', { imap: null });
      await new Promise<void>((resolve) => server.close(resolve));
    }
  });

  it('emails to a client about their case carry the case address as Reply-To', async () => {
    const { caseId, version } = await createClientAndCase(owner, {
      name: 'REPLY TO',
      email: 'reply.to@example.com',
      consent: true,
    });
    const address = (await owner.get(`/api/cases/${caseId}/inbound-mail`)).json<CaseInboundMailResponse>().address;
    expect((await owner.post(`/api/cases/${caseId}/messages`, { body: 'Hello from your helper' })).status).toBe(201);
    await sql(
      kit.db.url,
      `UPDATE "outbound_email" SET "nextAttemptAt" = now() WHERE "toAddress" = 'reply.to@example.com'`,
    );
    const { tick, mailTo } = await import('../testing/kit');
    await tick(kit.app);
    const sent = await mailTo(kit.app, 'reply.to@example.com');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]?.raw).toMatch(new RegExp(`^Reply-To: ${address.replace(/\./g, '\\.')}`, 'im'));
    expect(version).toBeGreaterThan(0);
  });
});
