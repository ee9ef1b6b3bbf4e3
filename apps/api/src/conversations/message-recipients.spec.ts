import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import type { PortalUser, RecipientLinks, StaffMember } from '../reminders/reminder-recipients';
import { type MessageCase, type NewMessage, planMessageRecipients } from './message-recipients';

// Who hears of a new message, as tables. Pure: no database, no mail; the tokens are the real ones.

const ORG = '00000000-0000-4000-8000-00000000000a';
const CASE = '00000000-0000-4000-8000-00000000000c';
const CLIENT = '00000000-0000-4000-8000-0000000000c1';
const [OWNER, DIGESTER, HELPER, FORMER, PORTAL] = ['u-owner', 'u-digest', 'u-helper', 'u-former', 'u-portal'];
const NOW = new Date('2026-03-10T03:00:00Z'); // 11:00 in Asia/Shanghai

const member = (userId: string, role: StaffMember['role'], email: StaffMember['notifyEmail'], locale = 'en') => ({
  organizationId: ORG,
  userId,
  role,
  notifyInApp: 'MINE_AND_UNASSIGNED' as const,
  notifyEmail: email,
  email: `${userId.slice(2)}@example.test`,
  locale,
});
const staff: StaffMember[] = [
  member(OWNER, 'OWNER', 'MINE_AND_UNASSIGNED'),
  // Email off (a digest reader): in-app only.
  member(DIGESTER, 'HELPER', 'OFF'),
  member(HELPER, 'HELPER', 'MINE_AND_UNASSIGNED', 'zh-CN'),
];
const portal: PortalUser[] = [{ userId: PORTAL, clientId: CLIENT }];
const links: RecipientLinks = {
  publicUrl: 'https://waiji.example',
  unsubscribe: new UnsubscribeTokens(Buffer.alloc(32, 7)),
};

const kase = (overrides: Partial<MessageCase> = {}): MessageCase => ({
  id: CASE,
  organizationId: ORG,
  clientId: CLIENT,
  type: 'BANK_CARD_VERIFICATION',
  state: 'SUBMITTED',
  assigneeId: HELPER,
  passportName: 'LI MING',
  clientEmail: 'li@example.test',
  emailConsent: true,
  preferredLanguage: 'zh',
  organizationName: 'Bridge',
  timezone: 'Asia/Shanghai',
  quietHoursStart: null,
  quietHoursEnd: null,
  ...overrides,
});
const fromClient: NewMessage = { id: 'm-1', authorId: PORTAL, authorName: 'Li', fromClient: true, body: 'Any news?' };
const fromHelper: NewMessage = { id: 'm-2', authorId: HELPER, authorName: '王', fromClient: false, body: '快了。' };

const plan = (
  message: NewMessage,
  overrides: Partial<MessageCase> = {},
  people: { staff: StaffMember[]; watcherIds?: string[]; portal: PortalUser[] } = { staff, portal },
) => planMessageRecipients(message, kase(overrides), people, NOW, links);

describe('who hears of a client’s message', () => {
  it.each([
    ['the assignee only', HELPER, [HELPER], ['message.m-1.user.u-helper']],
    [
      'every staff member when nobody is assigned; those with email OFF in-app only',
      null,
      [OWNER, DIGESTER, HELPER],
      ['message.m-1.user.u-owner', 'message.m-1.user.u-helper'],
    ],
    [
      'every staff member when the assignee left',
      FORMER,
      [OWNER, DIGESTER, HELPER],
      ['message.m-1.user.u-owner', 'message.m-1.user.u-helper'],
    ],
  ])('%s', (_, assigneeId, notified, mailed) => {
    const result = plan(fromClient, { assigneeId });
    expect(result.notifications.map((n) => n.userId)).toEqual(notified);
    expect(result.emails.map((e) => e.key)).toEqual(mailed);
    expect(result.unsubscribe).toBeNull();
  });

  it('a watcher hears of it too, as of their own case', () => {
    const result = plan(fromClient, { assigneeId: HELPER }, { staff, watcherIds: [OWNER], portal });
    expect(result.notifications.map((n) => n.userId)).toEqual([OWNER, HELPER]);
    expect(result.emails.map((e) => e.key)).toEqual(['message.m-1.user.u-owner', 'message.m-1.user.u-helper']);
  });

  it('speaks each helper’s language and links to the case page', () => {
    const result = plan(fromClient, { assigneeId: null });
    expect(result.notifications.find((n) => n.userId === HELPER)?.title).toBe('LI MING 发来消息');
    expect(result.notifications.find((n) => n.userId === OWNER)?.title).toBe('Message from LI MING');
    expect(result.emails.find((e) => e.address === 'owner@example.test')?.text).toContain(
      `https://waiji.example/cases/${CASE}`,
    );
  });

  it('waits for the end of the quiet hours to email, not to notify', () => {
    // 10:00–12:00 in Shanghai: it is 11:00.
    const result = plan(fromClient, { quietHoursStart: 600, quietHoursEnd: 720 });
    expect(result.notifications).toHaveLength(1);
    expect(result.emails[0]?.at).toEqual(new Date('2026-03-10T04:00:00Z'));
  });
});

describe('who hears of a helper’s message', () => {
  it('the client’s portal users in-app and the consenting client by email, in their language, with unsubscribe', () => {
    const result = plan(fromHelper);
    expect(result.notifications).toEqual([{ userId: PORTAL, title: 'Bridge 发来新消息', body: '快了。' }]);
    expect(result.emails).toHaveLength(1);
    const [email] = result.emails;
    expect(email).toMatchObject({ key: `message.m-2.client.${CLIENT}`, address: 'li@example.test' });
    expect(email?.subject).toBe('Bridge：关于您的案件的新消息');
    expect(email?.text).toContain(`https://waiji.example/portal/cases/${CASE}`);
    expect(email?.headers?.['List-Unsubscribe']).toBe(
      `<https://waiji.example/api/unsubscribe/${links.unsubscribe.tokenFor(CLIENT)}>`,
    );
    expect(result.unsubscribe).toEqual({ clientId: CLIENT, hash: links.unsubscribe.hashFor(CLIENT) });
    // The helpers hear nothing of their own side's message.
    expect(result.notifications.some((n) => staff.some((s) => s.userId === n.userId))).toBe(false);
  });

  it.each([
    ['no consent', { emailConsent: false }],
    ['no address', { clientEmail: null }],
    ['an empty address', { clientEmail: '' }],
  ])('no email with %s', (_, overrides) => {
    const result = plan(fromHelper, overrides);
    expect(result.emails).toEqual([]);
    expect(result.unsubscribe).toBeNull();
    expect(result.notifications).toHaveLength(1);
  });

  it('without a portal login, no link to a portal the client cannot open: how to answer instead', () => {
    const result = plan(fromHelper, { preferredLanguage: 'en' }, { staff, portal: [] });
    expect(result.notifications).toEqual([]);
    expect(result.emails[0]?.text).toContain('To answer, contact Bridge as you usually do.');
    expect(result.emails[0]?.text).not.toContain('/portal/');
  });

  it('escapes the message in the HTML part', () => {
    const result = plan({ ...fromHelper, body: '<b>bold</b> & "quoted"' }, { preferredLanguage: 'en' });
    expect(result.emails[0]?.html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(result.emails[0]?.html).not.toContain('<b>bold</b>');
  });
});
