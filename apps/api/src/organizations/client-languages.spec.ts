import type { ClientResponse, InvitationResponse, MeResponse } from '@waiji/contract';
import {
  createClient,
  createClientAndCase,
  mailPart,
  mailTo,
  signUp,
  sql,
  TEST_PASSWORD,
  TestUser,
  transition,
  uniqueEmail,
  useTestApp,
} from '../testing/kit';

jest.setTimeout(60_000);

// Issue 22: a client's own language beyond English and Chinese, from the invitation to the portal account to the
// email after a rejection.
describe('a client’s own language (Russian here): invitation, portal account, state-change email', () => {
  const kit = useTestApp({ env: { PUBLIC_URL: 'https://app.waiji.example' }, sql: true });
  let owner: TestUser;

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'UNIVERSITY', organizationName: 'Tsinghua ISO', verified: true });
  });

  it('invites a client marked Russian in Russian; their account opens in Russian; choosing Korean in the portal changes their client record', async () => {
    const email = uniqueEmail('ivanova');
    const client = await createClient(owner, { passportName: 'IVANOVA ANNA', email, preferredLanguage: 'ru' });
    expect(client.preferredLanguage).toBe('ru');
    const created = await owner.post('/api/organization/invitations', { email, role: 'CLIENT', clientId: client.id });
    expect(created.status).toBe(201);
    const invitation = created.json<InvitationResponse>();

    const [mail] = await mailTo(kit.app, email);
    if (!mail) throw new Error('no invitation mail');
    expect(mail.subject).toBe('Приглашение от Tsinghua ISO в Waiji');
    const text = mailPart(mail, 'text/plain');
    expect(text).toContain('приглашает вас следить за вашим делом в Alipay вместе с «Tsinghua ISO» в Waiji.');
    // The expiry in Russian, on the organization's clock, the zone named in Russian.
    const until = new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(
      new Date(invitation.expiresAt),
    );
    expect(text).toContain(`Откройте ссылку до ${until}`);
    expect(text).toMatch(/\(Китай/);
    expect(text).not.toMatch(/invited you|邀请/);
    expect(mailPart(mail, 'text/html')).toContain('lang="ru" dir="ltr"');

    // (Mostly Cyrillic text goes out base64-encoded: the link is read from the decoded part.)
    const token = /\/accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
    const anna = new TestUser(kit.app);
    const accepted = await anna.post('/api/auth/invitations/accept', {
      token,
      password: TEST_PASSWORD,
      displayName: 'Anna',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json<MeResponse>().user.locale).toBe('ru');

    const chosen = await anna.patch('/api/auth/profile', { locale: 'ko' });
    expect(chosen.status).toBe(200);
    expect(chosen.json<MeResponse>().user.locale).toBe('ko');
    const reread = (await owner.get(`/api/clients/${client.id}`)).json<ClientResponse>();
    expect(reread.preferredLanguage).toBe('ko');
  });

  it('refuses a language Waiji does not write in, naming the field', async () => {
    const refused = await owner.post('/api/clients', { passportName: 'NOBODY', preferredLanguage: 'xx' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('preferredLanguage');
  });

  it('writes the email after a rejection in Russian, Alipay’s Chinese reason beside its meaning, right to left in Arabic', async () => {
    const address = 'petrov@example.com';
    const { caseId, version } = await createClientAndCase(owner, {
      name: 'PETROV IVAN',
      email: address,
      consent: true,
      language: 'ru',
    });
    await transition(owner, caseId, version, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });
    const [row] = await sql<{ subject: string; textBody: string; htmlBody: string }>(
      kit.db.url,
      `SELECT subject, "textBody", "htmlBody" FROM "outbound_email" WHERE "idempotencyKey" LIKE $1 ORDER BY "createdAt" DESC`,
      [`case-state.${caseId}.%`],
    );
    expect(row?.subject).toBe('Ваше дело в Alipay: Отклонено');
    expect(row?.textBody).toContain('Здравствуйте, PETROV IVAN!');
    expect(row?.textBody).toContain('теперь статус — Отклонено.');
    expect(row?.textBody).toContain('Причина: 缺少其他有效证件 — Не хватает других действительных документов');
    expect(row?.textBody).toContain('Что делать дальше:');
    expect(row?.htmlBody).toContain('<html lang="ru" dir="ltr">');

    const arabic = await createClientAndCase(owner, {
      name: 'HASSAN ALI',
      email: 'hassan@example.com',
      consent: true,
      language: 'ar',
    });
    await transition(owner, arabic.caseId, arabic.version, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });
    const [ar] = await sql<{ subject: string; htmlBody: string }>(
      kit.db.url,
      `SELECT subject, "htmlBody" FROM "outbound_email" WHERE "idempotencyKey" LIKE $1 ORDER BY "createdAt" DESC`,
      [`case-state.${arabic.caseId}.%`],
    );
    expect(ar?.subject).toBe('طلبك في Alipay: مرفوض');
    expect(ar?.htmlBody).toContain('<html lang="ar" dir="rtl">');

    // The export names each client's language (the import reads the same names).
    const exported = (await owner.get('/api/cases/export.csv?sort=createdAt&order=asc')).body;
    expect(exported).toMatch(/PETROV IVAN.*,Russian,/);
    expect(exported).toMatch(/HASSAN ALI.*,Arabic,/);
  });
});
