import { digestEmail } from './digest-content';
import { zonedTime, zoneName } from './content';
import { clientEmail, helperEmail, type ReminderFacts } from './reminder-content';

// Every email names the zone of the times it gives, in the reader's language (issue: expiry given in GMT).

const facts: ReminderFacts = {
  caseId: '00000000-0000-4000-8000-000000000001',
  caseType: 'BANK_CARD_VERIFICATION',
  state: 'AWAITING_DEPOSIT',
  clientName: 'WANG FANG',
  organizationName: 'Fudan ISO',
  kind: 'DEPOSIT_EXPECTED',
  manual: false,
  // 2026-03-10 00:30 UTC is 08:30 in Beijing and 01:30 in Berlin.
  dueAt: new Date('2026-03-10T00:30:00Z'),
  timeZone: 'Asia/Shanghai',
  reason: { en: 'The deposit should have arrived.', zh: '小额打款应已到账。' },
  steps: [],
  caseUrl: 'https://app.waiji.example/cases/1',
};

describe('times in emails: the organization’s clock, its zone named in the reader’s language', () => {
  it.each([
    ['Asia/Shanghai', 'en', '2026-03-10 08:30 (Beijing time)'],
    ['Asia/Shanghai', 'zh', '2026-03-10 08:30（北京时间）'],
    ['Europe/Berlin', 'en', '2026-03-10 01:30 (Europe/Berlin time)'],
    ['Europe/Berlin', 'zh', '2026-03-10 01:30（Europe/Berlin 时间）'],
  ] as const)('%s in %s → %s', (zone, language, shown) => {
    expect(zonedTime(facts.dueAt, zone, language)).toBe(shown);
  });

  it('says Beijing time for the zones that keep it, the IANA name otherwise', () => {
    expect(zoneName('Asia/Chongqing', 'en')).toBe('Beijing time');
    expect(zoneName('Asia/Urumqi', 'zh')).toBe('Asia/Urumqi 时间');
  });

  it('dates a reminder in the reader’s language with the zone named', () => {
    expect(helperEmail(facts, 'en').text).toContain(
      'Due: Deposit should have arrived — 2026-03-10 08:30 (Beijing time)',
    );
    expect(clientEmail({ ...facts, timeZone: 'Europe/Berlin' }, 'zh', 'https://x.example/u').text).toMatch(
      /到期：.+ — 2026-03-10 01:30（Europe\/Berlin 时间）/,
    );
  });

  it('says which zone the digest’s times are in', () => {
    const digest = {
      date: '2026-03-10',
      timeZone: 'Asia/Shanghai',
      organizationName: 'Fudan ISO',
      dueToday: [{ caseId: facts.caseId, clientName: 'WANG FANG', kind: 'DEPOSIT_EXPECTED', dueAt: facts.dueAt }],
      overdue: [],
      waiting: [],
      totals: { dueToday: 1, overdue: 0, waiting: 0 },
      caseUrl: () => facts.caseUrl,
    };
    expect(digestEmail(digest, 'en').text).toContain('Times are Beijing time.');
    const zh = digestEmail(digest, 'zh');
    expect(zh.text).toContain('时间均为北京时间。');
    expect(zh.html).toContain('时间均为北京时间。');
  });
});
