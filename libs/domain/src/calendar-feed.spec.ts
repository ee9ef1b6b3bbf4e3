import {
  alarmOffsetMinutes,
  calendarAlarmLabels,
  calendarAlarms,
  calendarScopeLabels,
  calendarScopes,
  reminderDueDay,
} from './calendar-feed';
import { deadlinesFor } from './deadlines';
import { interpretAlipayMessage } from './interpreter';
import { defaultPolicy } from './policy';
import { reminderKinds } from './reminder-kinds';

describe('calendar feed: which reminders are a calendar day', () => {
  it.each([
    // kind, due, policy zone, day (null: a moment)
    ['RETRY_ALLOWED', '2031-10-17T16:00:00Z', 'Europe/Berlin', { year: 2031, month: 10, day: 18 }],
    ['DOCUMENT_EXPIRING', '2031-05-01T22:00:00Z', 'Europe/Berlin', { year: 2031, month: 5, day: 2 }],
    ['DOCUMENT_EXPIRING', '2031-05-01T16:00:00Z', 'Asia/Shanghai', { year: 2031, month: 5, day: 2 }],
    ['DEPOSIT_EXPECTED', '2031-05-01T16:00:00Z', 'Asia/Shanghai', null],
    ['DEPOSIT_OVERDUE', '2031-05-01T16:00:00Z', 'Asia/Shanghai', null],
    ['REVIEW_DUE', '2031-05-01T16:00:00Z', 'Asia/Shanghai', null],
    ['REUPLOAD_WINDOW_CLOSES', '2031-05-01T16:00:00Z', 'Asia/Shanghai', null],
    ['MANUAL', '2031-05-01T16:00:00Z', 'Asia/Shanghai', null],
    ['SOMETHING_NEW', '2031-05-01T16:00:00Z', 'Asia/Shanghai', null],
  ])('W %s due %s (organization in %s) is %j', (kind, due, zone, day) => {
    expect(reminderDueDay({ kind, dueAt: new Date(due) }, zone)).toEqual(day);
  });

  it('W a snoozed reminder is due at the moment the helper chose, whatever its kind', () => {
    const dueAt = new Date('2031-10-17T16:00:00Z');
    expect(
      reminderDueDay({ kind: 'RETRY_ALLOWED', dueAt, snoozedUntil: new Date('2031-10-18T02:00:00Z') }, 'UTC'),
    ).toBe(null);
  });

  it('S2 the retry date Alipay states becomes that day, read in Beijing time', () => {
    const receivedAt = new Date('2031-10-13T03:00:00Z');
    const [interpretation] = interpretAlipayMessage(
      '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2031年10月18日)使用原银行卡重新认证',
      { receivedAt },
    );
    const retryAfter = interpretation?.retryAfter;
    expect(retryAfter).toBeInstanceOf(Date);
    const deadlines = deadlinesFor(
      {
        type: 'BANK_CARD_VERIFICATION',
        state: 'REJECTED',
        stateEnteredAt: receivedAt,
        attempt: 1,
        retryAfter: retryAfter ?? null,
        lastReasonCode: 'CARD_CHECK_FAILED',
      },
      [],
      { ...defaultPolicy, timeZone: 'America/New_York' },
      receivedAt,
    );
    const retry = deadlines.find((deadline) => deadline.kind === 'RETRY_ALLOWED');
    expect(retry && reminderDueDay(retry, 'America/New_York')).toEqual({ year: 2031, month: 10, day: 18 });
  });

  it('S2 a document warning falls on the day 30 days before the expiry, in the organization’s zone', () => {
    const zone = 'Europe/Berlin';
    const deadlines = deadlinesFor(
      {
        type: 'APP_PASSPORT_VERIFICATION',
        state: 'PREPARING',
        stateEnteredAt: new Date('2031-01-01T00:00:00Z'),
        attempt: 1,
        visaExpiry: new Date('2031-07-01T00:00:00Z'),
      },
      [],
      { ...defaultPolicy, timeZone: zone },
      new Date('2031-01-01T00:00:00Z'),
    );
    const expiring = deadlines.find((deadline) => deadline.kind === 'DOCUMENT_EXPIRING');
    expect(expiring && reminderDueDay(expiring, zone)).toEqual({ year: 2031, month: 6, day: 1 });
  });
});

describe('calendar feed: alarms', () => {
  it.each([
    ['NONE', null],
    ['AT_TIME', 9 * 60],
    ['HOUR_BEFORE', 9 * 60],
    ['DAY_BEFORE_9', -15 * 60],
  ] as const)('W an all-day event with %s rings at %p minutes from its midnight', (alarm, minutes) => {
    expect(alarmOffsetMinutes(alarm, { allDay: true })).toBe(minutes);
  });

  it.each([
    ['NONE', '2031-05-06T07:00:00Z', 'Asia/Shanghai', null],
    ['AT_TIME', '2031-05-06T07:00:00Z', 'Asia/Shanghai', 0],
    ['HOUR_BEFORE', '2031-05-06T07:00:00Z', 'Asia/Shanghai', -60],
    // 15:00 Beijing on 6 May; 9:00 Beijing on 5 May is 30 hours before
    ['DAY_BEFORE_9', '2031-05-06T07:00:00Z', 'Asia/Shanghai', -30 * 60],
    // 00:30 Beijing on 7 May (16:30 UTC on the 6th); 9:00 on 6 May is 15.5 hours before
    ['DAY_BEFORE_9', '2031-05-06T16:30:00Z', 'Asia/Shanghai', -(15 * 60 + 30)],
    // Berlin's clocks go forward on 30 March 2031: 10:00 that day (CEST) is only 24 h after 9:00 on the 29th (CET)
    ['DAY_BEFORE_9', '2031-03-30T08:00:00Z', 'Europe/Berlin', -24 * 60],
  ] as const)(
    'W a timed event with %s at %s (%s) rings at %p minutes from its start',
    (alarm, start, zone, minutes) => {
      expect(alarmOffsetMinutes(alarm, { allDay: false, start: new Date(start), timeZone: zone })).toBe(minutes);
    },
  );
});

describe('calendar feed: codes and labels', () => {
  it('W every alarm and scope has a label in English and Chinese', () => {
    for (const alarm of calendarAlarms) {
      expect(calendarAlarmLabels[alarm].en).toMatch(/\S/);
      expect(calendarAlarmLabels[alarm].zh).toMatch(/\p{Script=Han}/u);
    }
    for (const scope of calendarScopes) {
      expect(calendarScopeLabels[scope].en).toMatch(/\S/);
      expect(calendarScopeLabels[scope].zh).toMatch(/\p{Script=Han}/u);
    }
    expect(reminderKinds).toContain('RETRY_ALLOWED');
  });
});
