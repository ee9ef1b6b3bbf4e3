import { sha256 } from '../auth/tokens';
import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import {
  type ClaimedReminder,
  planRecipients,
  type RecipientContext,
  type RecipientLinks,
  type ReminderCase,
  type StaffMember,
} from './reminder-recipients';

// The recipient rules of a firing reminder, as tables. Pure: no database, no mail; the tokens are the real ones.

const ORG = '00000000-0000-4000-8000-00000000000a';
const CASE = '00000000-0000-4000-8000-00000000000c';
const CLIENT = '00000000-0000-4000-8000-0000000000c1';
const [OWNER, DIGESTER, HELPER, FORMER] = ['u-owner', 'u-digest', 'u-helper', 'u-former'];
const PORTAL = 'u-portal';
const NOW = new Date('2026-03-10T03:00:00Z'); // 11:00 in Asia/Shanghai

const member = (
  userId: string,
  role: StaffMember['role'],
  notifyInApp: StaffMember['notifyInApp'],
  notifyEmail: StaffMember['notifyEmail'],
  locale = 'en',
): StaffMember => ({
  organizationId: ORG,
  userId,
  role,
  notifyInApp,
  notifyEmail,
  email: `${userId.slice(2)}@example.test`,
  locale,
});

const staff: StaffMember[] = [
  member(OWNER, 'OWNER', 'MINE_AND_UNASSIGNED', 'MINE_AND_UNASSIGNED'),
  // Email off: the digest (when chosen) lists its reminders instead.
  member(DIGESTER, 'HELPER', 'MINE_AND_UNASSIGNED', 'OFF'),
  member(HELPER, 'HELPER', 'MINE_AND_UNASSIGNED', 'MINE_AND_UNASSIGNED', 'zh-CN'),
];

const links: RecipientLinks = {
  publicUrl: 'https://waiji.example',
  unsubscribe: new UnsubscribeTokens(Buffer.alloc(32, 7)),
};

function reminder(overrides: Partial<ClaimedReminder> = {}): ClaimedReminder {
  return {
    id: 'r-1',
    organizationId: ORG,
    caseId: CASE,
    kind: 'DEPOSIT_EXPECTED',
    audience: 'HELPER',
    dueAt: new Date('2026-03-10T02:00:00Z'),
    snoozedUntil: null,
    reason: 'The deposit should have arrived',
    reasonZh: '打款应已到账',
    manual: false,
    createdById: null,
    caseVersion: 3,
    takenOver: false,
    ...overrides,
  };
}

function kase(overrides: Partial<ReminderCase> = {}): ReminderCase {
  return {
    id: CASE,
    organizationId: ORG,
    clientId: CLIENT,
    type: 'BANK_CARD_VERIFICATION',
    state: 'SUBMITTED',
    stateEnteredAt: new Date('2026-03-08T02:00:00Z'),
    attempt: 1,
    submittedAt: new Date('2026-03-08T02:00:00Z'),
    bank: 'BOC',
    cardLast4: '1234',
    retryAfter: null,
    lastReasonCode: null,
    assigneeId: null,
    passportName: 'SMITH JOHN',
    clientEmail: 'client@example.test',
    emailConsent: true,
    preferredLanguage: 'en',
    passportExpiry: null,
    visaExpiry: null,
    organizationName: 'Harbour Helpers',
    timezone: 'Asia/Shanghai',
    quietHoursStart: null,
    quietHoursEnd: null,
    ...overrides,
  };
}

function context(
  row: ReminderCase = kase(),
  members: StaffMember[] = staff,
  watchers: string[] = [],
): RecipientContext {
  return {
    cases: new Map([[row.id, row]]),
    staff: new Map([[ORG, members]]),
    watchers: new Map([[row.id, watchers]]),
    portal: new Map([[CLIENT, [{ userId: PORTAL, clientId: CLIENT }]]]),
  };
}

function plan(r: ClaimedReminder, row: ReminderCase = kase(), members: StaffMember[] = staff, watchers: string[] = []) {
  const result = planRecipients(r, context(row, members, watchers), NOW, links);
  if (!result) throw new Error('no plan');
  return result;
}

describe('reminder recipients: who is notified in-app and who is emailed', () => {
  it.each<[string, Partial<ClaimedReminder>, Partial<ReminderCase>, string[], string[]]>([
    // name, reminder, case, notified users, email addresses
    [
      'helper reminder, nobody assigned: every staff member; those with email OFF get no email',
      {},
      {},
      [OWNER, DIGESTER, HELPER],
      ['owner@example.test', 'helper@example.test'],
    ],
    ['helper reminder, assigned: the assignee alone', {}, { assigneeId: HELPER }, [HELPER], ['helper@example.test']],
    ['assigned to a member with email OFF: notified, not emailed', {}, { assigneeId: DIGESTER }, [DIGESTER], []],
    [
      'assigned to a former member: every staff member',
      {},
      { assigneeId: FORMER },
      [OWNER, DIGESTER, HELPER],
      ['owner@example.test', 'helper@example.test'],
    ],
    [
      'manual reminder: the assignee and its creator (in membership order)',
      { manual: true, kind: 'MANUAL', createdById: OWNER },
      { assigneeId: HELPER },
      [OWNER, HELPER],
      ['owner@example.test', 'helper@example.test'],
    ],
    [
      'manual reminder created by the assignee: once',
      { manual: true, kind: 'MANUAL', createdById: HELPER },
      { assigneeId: HELPER },
      [HELPER],
      ['helper@example.test'],
    ],
    [
      'planned reminder: its creator does not count',
      { createdById: OWNER },
      { assigneeId: HELPER },
      [HELPER],
      ['helper@example.test'],
    ],
    [
      'client reminder: portal users and the consenting client',
      { audience: 'CLIENT' },
      { assigneeId: HELPER },
      [PORTAL],
      ['client@example.test'],
    ],
    ['client reminder without consent: no email', { audience: 'CLIENT' }, { emailConsent: false }, [PORTAL], []],
    ['client reminder without an address: no email', { audience: 'CLIENT' }, { clientEmail: null }, [PORTAL], []],
    [
      'both: the helpers, then the client',
      { audience: 'BOTH' },
      { assigneeId: HELPER },
      [HELPER, PORTAL],
      ['helper@example.test', 'client@example.test'],
    ],
    [
      'the audience is read case-insensitively',
      { audience: 'both' },
      { assigneeId: HELPER },
      [HELPER, PORTAL],
      ['helper@example.test', 'client@example.test'],
    ],
    ['an unknown audience reaches nobody', { audience: 'NOBODY' }, {}, [], []],
  ])('%s', (_name, r, row, notified, emailed) => {
    const result = plan(reminder(r), kase(row));
    expect(result.notifications.map((n) => n.userId)).toEqual(notified);
    expect(result.emails.map((e) => e.address)).toEqual(emailed);
  });

  it('plans nothing when the case is gone (the fire statement then changes nothing)', () => {
    expect(
      planRecipients(reminder({ caseId: '00000000-0000-4000-8000-0000000000ff' }), context(), NOW, links),
    ).toBeNull();
  });
});

describe('reminder recipients: each member’s scope per channel, watchers, escalations (issue 16)', () => {
  const [MINER, ALLER, VIEWER, ADMIN] = ['u-mine', 'u-all', 'u-viewer', 'u-admin'];
  const team: StaffMember[] = [
    member(OWNER, 'OWNER', 'MINE_AND_UNASSIGNED', 'MINE_AND_UNASSIGNED'),
    member(ADMIN, 'ADMIN', 'MINE', 'MINE'),
    member(HELPER, 'HELPER', 'MINE_AND_UNASSIGNED', 'MINE_AND_UNASSIGNED'),
    member(MINER, 'HELPER', 'MINE', 'MINE'),
    member(ALLER, 'HELPER', 'ALL', 'MINE'),
    member(VIEWER, 'VIEWER', 'MINE_AND_UNASSIGNED', 'MINE_AND_UNASSIGNED'),
  ];
  const mail = (...users: string[]) => users.map((user) => `${user.slice(2)}@example.test`);

  it.each<[string, Partial<ClaimedReminder>, string | null, string[], string[], string[]]>([
    // name, reminder, assignee, watchers, notified users, emailed users
    [
      'assigned: the assignee, and whoever chose all cases in-app; colleagues are not told',
      {},
      HELPER,
      [],
      [HELPER, ALLER],
      mail(HELPER),
    ],
    ['assigned to one who chose only their own: still theirs', {}, MINER, [], [MINER, ALLER], mail(MINER)],
    [
      'unassigned: the team inbox (not those who chose only their own, nor viewers); ALL in-app, its MINE email not',
      {},
      null,
      [],
      [OWNER, HELPER, ALLER],
      mail(OWNER, HELPER),
    ],
    [
      'a watcher hears of a colleague’s case as of their own, a viewer included',
      {},
      HELPER,
      [MINER, VIEWER],
      [HELPER, MINER, ALLER, VIEWER],
      mail(HELPER, MINER, VIEWER),
    ],
    [
      'escalation: the assignee and the owner and admins, whatever their scope',
      { kind: 'CASE_STUCK_ADMINS' },
      HELPER,
      [],
      [OWNER, ADMIN, HELPER, ALLER],
      mail(OWNER, ADMIN, HELPER),
    ],
    [
      'first stuck notice: the assignee only (the admins come later)',
      { kind: 'CASE_STUCK' },
      MINER,
      [],
      [MINER, ALLER],
      mail(MINER),
    ],
  ])('%s', (_name, r, assigneeId, watchers, notified, emailed) => {
    const result = plan(reminder(r), kase({ assigneeId }), team, watchers);
    expect(result.notifications.map((n) => n.userId)).toEqual(notified);
    expect(result.emails.map((e) => e.address)).toEqual(emailed);
  });

  it('an unassigned case reaches the owner and admins in-app when the whole team chose only their own', () => {
    const mineOnly = team.map((m) => ({ ...m, notifyInApp: 'MINE' as const, notifyEmail: 'MINE' as const }));
    const result = plan(reminder(), kase({ assigneeId: null }), mineOnly);
    expect(result.notifications.map((n) => n.userId)).toEqual([OWNER, ADMIN]);
    expect(result.emails).toEqual([]);
  });
});

describe('reminder recipients: idempotency keys, unsubscribe link and hash', () => {
  it.each<[string, Partial<ClaimedReminder>, string[], boolean]>([
    ['helper email', { audience: 'HELPER' }, [`reminder.r-1.user.${HELPER}`], false],
    ['client email', { audience: 'CLIENT' }, [`reminder.r-1.client.${CLIENT}`], true],
    ['both', { audience: 'BOTH' }, [`reminder.r-1.user.${HELPER}`, `reminder.r-1.client.${CLIENT}`], true],
  ])('%s', (_name, r, keys, unsubscribes) => {
    const result = plan(reminder(r), kase({ assigneeId: HELPER }));
    expect(result.emails.map((e) => e.key)).toEqual(keys);
    const token = links.unsubscribe.tokenFor(CLIENT);
    expect(result.unsubscribe).toEqual(unsubscribes ? { clientId: CLIENT, hash: sha256(token) } : null);
    const client = result.emails.find((e) => e.key.includes('.client.'));
    expect(client?.headers).toEqual(
      unsubscribes
        ? {
            'List-Unsubscribe': `<https://waiji.example/api/unsubscribe/${token}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : undefined,
    );
    expect(result.emails.filter((e) => e.key.includes('.user.')).map((e) => e.headers)).toEqual(
      keys.some((k) => k.includes('.user.')) ? [{}] : [],
    );
  });
});

describe('reminder recipients: language and wording', () => {
  it.each<[string, Partial<ClaimedReminder>, Partial<ReminderCase>, string, string]>([
    // name, reminder, case, title of the first notification, start of its body
    [
      'an English helper',
      {},
      { assigneeId: OWNER },
      'Deposit should have arrived: SMITH JOHN',
      'The deposit should have arrived',
    ],
    ['a Chinese helper (zh-CN)', {}, { assigneeId: HELPER }, '打款应已到账: SMITH JOHN', '打款应已到账'],
    [
      'a Chinese client',
      { audience: 'CLIENT' },
      { preferredLanguage: 'zh' },
      '打款应已到账: SMITH JOHN',
      '打款应已到账',
    ],
    [
      'no reason stored: the kind label',
      { reason: null, reasonZh: null },
      { assigneeId: OWNER },
      'Deposit should have arrived: SMITH JOHN',
      'Deposit should have arrived',
    ],
    [
      'no Chinese reason: the English one',
      { reasonZh: null },
      { assigneeId: HELPER },
      '打款应已到账: SMITH JOHN',
      'The deposit should have arrived',
    ],
    [
      'a manual reminder says it is a note',
      { manual: true, kind: 'MANUAL', reason: 'Call the client' },
      { assigneeId: OWNER },
      'Reminder: SMITH JOHN',
      'Note: Call the client',
    ],
  ])('%s', (_name, r, row, title, body) => {
    const [first] = plan(reminder(r), kase(row)).notifications;
    expect(first?.title).toBe(title);
    expect(first?.body.startsWith(body)).toBe(true);
  });

  it('links the helper email to the case', () => {
    const [email] = plan(reminder(), kase({ assigneeId: OWNER })).emails;
    expect(email?.text).toContain(`https://waiji.example/cases/${CASE}`);
  });
});

describe('reminder recipients: quiet hours hold emails, never notifications', () => {
  it.each<[string, Partial<ReminderCase>, string | null]>([
    // name, organization settings, when the emails may go (null: now)
    ['no quiet hours', {}, null],
    ['outside quiet hours (13:00–14:00, now 11:00)', { quietHoursStart: 13 * 60, quietHoursEnd: 14 * 60 }, null],
    [
      'inside quiet hours (10:00–12:00): until 12:00 Shanghai',
      { quietHoursStart: 10 * 60, quietHoursEnd: 12 * 60 },
      '2026-03-10T04:00:00.000Z',
    ],
    [
      'inside overnight quiet hours in Berlin (22:00–07:00, now 04:00): until 07:00',
      { timezone: 'Europe/Berlin', quietHoursStart: 22 * 60, quietHoursEnd: 7 * 60 },
      '2026-03-10T06:00:00.000Z',
    ],
    [
      'an invalid zone counts as Shanghai',
      { timezone: 'Not/AZone', quietHoursStart: 10 * 60, quietHoursEnd: 12 * 60 },
      '2026-03-10T04:00:00.000Z',
    ],
  ])('%s', (_name, row, at) => {
    const result = plan(reminder({ audience: 'BOTH' }), kase({ assigneeId: OWNER, ...row }));
    expect(result.emails.map((e) => e.at?.toISOString() ?? null)).toEqual([at, at]);
    expect(result.notifications).toHaveLength(2);
  });
});
