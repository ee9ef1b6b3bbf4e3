import type { CaseState, CaseType } from './cases';
import { type Deadline, deadlinesFor, defaultPolicy, type Policy, policySources, validatePolicy } from './deadlines';
import type { CaseEventRecord, CaseSnapshot } from './machines';

/** Beijing wall-clock time → instant. */
const bj = (local: string) => new Date(`${local}+08:00`);
const now = bj('2015-10-13T11:00:00'); // Tuesday

const snapshot = (type: CaseType, state: CaseState, extra: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  type,
  state,
  stateEnteredAt: bj('2015-10-01T09:00:00'),
  attempt: 1,
  ...extra,
});
const event = (action: CaseEventRecord['action'], at: Date, extra: Partial<CaseEventRecord> = {}): CaseEventRecord => ({
  action,
  fromState: 'PREPARING',
  toState: 'SUBMITTED',
  at,
  attempt: 1,
  ...extra,
});
const brief = (deadlines: Deadline[]) =>
  deadlines.map((deadline) => [deadline.kind, deadline.dueAt.toISOString(), deadline.key]);
const iso = (local: string) => bj(local).toISOString();

describe('deadlinesFor: deposit expected after 2 working days, then chases every 2 working days (S2, S3, S4)', () => {
  it.each([
    [
      'S3',
      'submitted Friday 10:00: expected Tuesday 10:00, first chase Thursday',
      '2015-10-09T10:00:00',
      now,
      [
        ['DEPOSIT_EXPECTED', iso('2015-10-13T10:00:00'), 'DEPOSIT_EXPECTED:1'],
        ['DEPOSIT_OVERDUE', iso('2015-10-15T10:00:00'), 'DEPOSIT_OVERDUE:1:1'],
      ],
    ],
    [
      'S3',
      'submitted Saturday: weekend days do not count',
      '2015-10-10T10:00:00',
      now,
      [
        ['DEPOSIT_EXPECTED', iso('2015-10-13T10:00:00'), 'DEPOSIT_EXPECTED:1'],
        ['DEPOSIT_OVERDUE', iso('2015-10-15T10:00:00'), 'DEPOSIT_OVERDUE:1:1'],
      ],
    ],
    [
      'S4',
      'submitted Monday: expected Wednesday, chase Friday',
      '2015-10-12T10:00:00',
      now,
      [
        ['DEPOSIT_EXPECTED', iso('2015-10-14T10:00:00'), 'DEPOSIT_EXPECTED:1'],
        ['DEPOSIT_OVERDUE', iso('2015-10-16T10:00:00'), 'DEPOSIT_OVERDUE:1:1'],
      ],
    ],
    // Thursday + 2 working days = Monday; chases Wed, Fri, Tue 10:00 (before now), Thu.
    [
      'S2',
      'a week late: the next chase after now',
      '2015-10-01T10:00:00',
      now,
      [
        ['DEPOSIT_EXPECTED', iso('2015-10-05T10:00:00'), 'DEPOSIT_EXPECTED:1'],
        ['DEPOSIT_OVERDUE', iso('2015-10-15T10:00:00'), 'DEPOSIT_OVERDUE:1:4'],
      ],
    ],
  ] as const)('%s %s', (_source, _label, submitted, at, expected) => {
    expect(
      brief(
        deadlinesFor(
          snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'),
          [event('submit', bj(submitted))],
          defaultPolicy,
          at,
        ),
      ),
    ).toEqual(expected);
  });

  it('S2 exactly at a chase time, the next chase is given', () => {
    const found = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT'),
      [event('submit', bj('2015-10-09T10:00:00'))],
      defaultPolicy,
      bj('2015-10-15T10:00:00'),
    );
    expect(brief(found)[1]).toEqual(['DEPOSIT_OVERDUE', iso('2015-10-19T10:00:00'), 'DEPOSIT_OVERDUE:1:2']);
    expect(found[1]?.audience).toBe('helper');
    expect(found[1]?.reason.en).toContain('chase 2 of 10');
  });

  it('S2 after the last chase there are no more', () => {
    const found = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT'),
      [event('submit', bj('2015-10-09T10:00:00'))],
      defaultPolicy,
      bj('2015-12-31T00:00:00'),
    );
    expect(found.map((deadline) => deadline.kind)).toEqual(['DEPOSIT_EXPECTED']);
  });

  it.each([
    [
      'S2',
      'the latest submit of the attempt',
      { attempt: 2 },
      [
        event('submit', bj('2015-09-01T10:00:00')),
        event('resubmit', bj('2015-10-12T10:00:00'), { attempt: 2 }),
        event('await_deposit', bj('2015-10-12T12:00:00'), { attempt: 2 }),
      ],
      iso('2015-10-14T10:00:00'),
    ],
    [
      'S2',
      'events from another attempt are ignored; submittedAt is used',
      { attempt: 2, submittedAt: bj('2015-10-12T09:00:00') },
      [event('submit', bj('2015-10-09T10:00:00'), { attempt: 1 })],
      iso('2015-10-14T09:00:00'),
    ],
    [
      'S2',
      'events without attempt count',
      {},
      [{ ...event('submit', bj('2015-10-12T08:00:00')), attempt: undefined } as unknown as CaseEventRecord],
      iso('2015-10-14T08:00:00'),
    ],
    [
      'S2',
      'no events and no submittedAt: when the state was entered',
      { stateEnteredAt: bj('2015-10-12T07:00:00') },
      [],
      iso('2015-10-14T07:00:00'),
    ],
    [
      'S2',
      'events that are not events are skipped',
      { submittedAt: bj('2015-10-12T06:00:00') },
      [null, { action: 'submit', at: 'yesterday' }] as unknown as CaseEventRecord[],
      iso('2015-10-14T06:00:00'),
    ],
    [
      'S2',
      'events not a list',
      { submittedAt: bj('2015-10-12T06:00:00') },
      'none' as unknown as CaseEventRecord[],
      iso('2015-10-14T06:00:00'),
    ],
  ])('%s base: %s', (_source, _label, extra, events, expected) => {
    const [first] = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT', extra),
      events,
      defaultPolicy,
      now,
    );
    expect(first?.kind).toBe('DEPOSIT_EXPECTED');
    expect(first?.dueAt.toISOString()).toBe(expected);
  });

  it('S2 without a valid now there is no chase, the rest stays', () => {
    const found = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'),
      [event('submit', bj('2015-10-09T10:00:00'))],
      defaultPolicy,
      new Date(Number.NaN),
    );
    expect(found.map((deadline) => deadline.kind)).toEqual(['DEPOSIT_EXPECTED']);
  });

  it('S2 the policy may count calendar days and chase more often', () => {
    const policy: Policy = {
      ...defaultPolicy,
      depositExpected: { amount: 2, unit: 'days' },
      depositChaseEvery: { amount: 12, unit: 'hours' },
      depositChaseLimit: 3,
    };
    expect(
      brief(
        deadlinesFor(
          snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'),
          [event('submit', bj('2015-10-09T10:00:00'))],
          policy,
          bj('2015-10-11T12:00:00'),
        ),
      ),
    ).toEqual([
      ['DEPOSIT_EXPECTED', iso('2015-10-11T10:00:00'), 'DEPOSIT_EXPECTED:1'],
      ['DEPOSIT_OVERDUE', iso('2015-10-11T22:00:00'), 'DEPOSIT_OVERDUE:1:1'],
    ]);
  });

  it('S2 a chase limit of 0 turns chases off', () => {
    const found = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'),
      [event('submit', bj('2015-10-09T10:00:00'))],
      { ...defaultPolicy, depositChaseLimit: 0 },
      now,
    );
    expect(found.map((deadline) => deadline.kind)).toEqual(['DEPOSIT_EXPECTED']);
  });

  it('S2 working days follow the organization’s time zone', () => {
    // Friday 20:00 in New York is Saturday 08:00 in Beijing.
    const submitted = new Date('2015-10-10T00:00:00Z');
    const [newYork] = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'),
      [event('submit', submitted)],
      { ...defaultPolicy, timeZone: 'America/New_York' },
      now,
    );
    const [beijing] = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'),
      [event('submit', submitted)],
      defaultPolicy,
      now,
    );
    expect(newYork?.dueAt).toEqual(new Date('2015-10-14T00:00:00Z')); // Tuesday 20:00 New York
    expect(beijing?.dueAt).toEqual(bj('2015-10-13T08:00:00')); // Tuesday 08:00 Beijing
  });
});

describe('deadlinesFor: review due', () => {
  it.each([
    [
      'S3',
      'bank card: 2 days after the amount was entered',
      'BANK_CARD_VERIFICATION',
      'MANUAL_REVIEW',
      [event('confirm_deposit', bj('2015-10-10T15:00:00'))],
      iso('2015-10-12T15:00:00'),
    ],
    [
      'S2',
      'bank card without the event: from entering the state',
      'BANK_CARD_VERIFICATION',
      'MANUAL_REVIEW',
      [],
      iso('2015-10-03T09:00:00'),
    ],
    [
      'S0',
      'appeal submitted: 1 day',
      'RESTRICTION_APPEAL',
      'SUBMITTED',
      [event('submit', bj('2015-10-12T20:00:00'))],
      iso('2015-10-13T20:00:00'),
    ],
    [
      'S0',
      'appeal under review: from submission',
      'RESTRICTION_APPEAL',
      'MANUAL_REVIEW',
      [event('submit', bj('2015-10-12T20:00:00')), event('start_review', bj('2015-10-13T01:00:00'))],
      iso('2015-10-13T20:00:00'),
    ],
    [
      'W',
      'app passport submitted Friday: 2 business days',
      'APP_PASSPORT_VERIFICATION',
      'SUBMITTED',
      [event('submit', bj('2015-10-09T18:00:00'))],
      iso('2015-10-13T18:00:00'),
    ],
    [
      'W',
      'app passport under review',
      'APP_PASSPORT_VERIFICATION',
      'MANUAL_REVIEW',
      [event('submit', bj('2015-10-12T18:00:00'))],
      iso('2015-10-14T18:00:00'),
    ],
  ] as const)('%s %s', (_source, _label, type, state, events, expected) => {
    const found = deadlinesFor(snapshot(type, state), [...events], defaultPolicy, now);
    expect(brief(found)).toEqual([['REVIEW_DUE', expected, 'REVIEW_DUE:1']]);
    expect(found[0]?.audience).toBe('helper');
  });

  it.each([
    ['S2', 'bank card just submitted has no review yet', 'BANK_CARD_VERIFICATION', 'PREPARING'],
    ['S0', 'appeal in preparation', 'RESTRICTION_APPEAL', 'PREPARING'],
    ['S0', 'appeal approved', 'RESTRICTION_APPEAL', 'APPROVED'],
    ['W', 'passport approved', 'APP_PASSPORT_VERIFICATION', 'APPROVED'],
    ['W', 'passport rejected (no reason known)', 'APP_PASSPORT_VERIFICATION', 'REJECTED'],
  ] as const)('%s %s: nothing', (_source, _label, type, state) => {
    expect(deadlinesFor(snapshot(type, state), [], defaultPolicy, now)).toEqual([]);
  });

  it('S0 with no date to count from there is no review deadline', () => {
    const bare = { type: 'RESTRICTION_APPEAL', state: 'SUBMITTED', attempt: 1 } as unknown as CaseSnapshot;
    expect(deadlinesFor(bare, [], defaultPolicy, now)).toEqual([]);
  });
});

describe('deadlinesFor: after a rejection', () => {
  const retryAfter = bj('2015-10-18T00:00:00');
  it.each([
    [
      'S2',
      'card-check failure: retry allowed on the date',
      { retryAfter, lastReasonCode: 'CARD_CHECK_FAILED' },
      [],
      [['RETRY_ALLOWED', retryAfter.toISOString(), 'RETRY_ALLOWED:1']],
    ],
    [
      'S2',
      'the date from the rejection event',
      {},
      [event('reject', now, { reasonCode: 'CARD_CHECK_FAILED', retryAfter })],
      [['RETRY_ALLOWED', retryAfter.toISOString(), 'RETRY_ALLOWED:1']],
    ],
    ['S2', 'other reasons have no retry date', { retryAfter, lastReasonCode: 'DEPOSIT_FAILED' }, [], []],
    [
      'S2',
      'no date known',
      { lastReasonCode: 'CARD_CHECK_FAILED' },
      [event('reject', now, { reasonCode: 'CARD_CHECK_FAILED' })],
      [],
    ],
    [
      'W',
      '补传 link: 24 h from receipt',
      {},
      [event('reject', now, { reasonCode: 'OTHER', reuploadOffered: true, receivedAt: bj('2015-10-13T08:00:00') })],
      [['REUPLOAD_WINDOW_CLOSES', iso('2015-10-14T08:00:00'), 'REUPLOAD_WINDOW_CLOSES:1']],
    ],
    [
      'W',
      '补传 link: 24 h from the event when receipt unknown',
      {},
      [event('reject', now, { reasonCode: 'OTHER', reuploadOffered: true })],
      [['REUPLOAD_WINDOW_CLOSES', iso('2015-10-14T11:00:00'), 'REUPLOAD_WINDOW_CLOSES:1']],
    ],
    ['W', 'no 补传 link', {}, [event('reject', now, { reasonCode: 'OTHER', reuploadOffered: false })], []],
  ] as const)('%s %s', (_source, _label, extra, events, expected) => {
    const type: CaseType =
      expected[0]?.[0] === 'REUPLOAD_WINDOW_CLOSES' ? 'RESTRICTION_APPEAL' : 'BANK_CARD_VERIFICATION';
    expect(brief(deadlinesFor(snapshot(type, 'REJECTED', extra), [...events], defaultPolicy, now))).toEqual(expected);
  });

  it('S2 the latest rejection of the attempt counts', () => {
    const events = [
      event('reject', bj('2015-10-12T10:00:00'), { reasonCode: 'OTHER', reuploadOffered: true }),
      event('reject', bj('2015-10-13T10:00:00'), { reasonCode: 'OTHER' }),
      event('reject', bj('2015-10-11T10:00:00'), { reasonCode: 'OTHER', reuploadOffered: true }),
    ];
    expect(deadlinesFor(snapshot('RESTRICTION_APPEAL', 'REJECTED'), events, defaultPolicy, now)).toEqual([]);
  });
});

describe('deadlinesFor: documents expiring within 30 days (S2)', () => {
  it.each([
    [
      'S2',
      'passport',
      { passportExpiry: new Date('2015-12-01') },
      defaultPolicy,
      [['DOCUMENT_EXPIRING', iso('2015-11-01T00:00:00'), 'DOCUMENT_EXPIRING:PASSPORT:2015-12-01']],
    ],
    [
      'S2',
      'visa with a 10-day warning',
      { visaExpiry: new Date('2015-12-01') },
      { ...defaultPolicy, documentExpiryWarning: { amount: 10, unit: 'days' } },
      [['DOCUMENT_EXPIRING', iso('2015-11-21T00:00:00'), 'DOCUMENT_EXPIRING:VISA:2015-12-01']],
    ],
    [
      'S2',
      'both, in date order',
      { passportExpiry: new Date('2016-01-10'), visaExpiry: new Date('2015-11-20') },
      defaultPolicy,
      [
        ['DOCUMENT_EXPIRING', iso('2015-10-21T00:00:00'), 'DOCUMENT_EXPIRING:VISA:2015-11-20'],
        ['DOCUMENT_EXPIRING', iso('2015-12-11T00:00:00'), 'DOCUMENT_EXPIRING:PASSPORT:2016-01-10'],
      ],
    ],
    [
      'S2',
      'already expired: due in the past',
      { passportExpiry: new Date('2015-10-01') },
      defaultPolicy,
      [['DOCUMENT_EXPIRING', iso('2015-09-01T00:00:00'), 'DOCUMENT_EXPIRING:PASSPORT:2015-10-01']],
    ],
    ['S2', 'not a date', { passportExpiry: 'soon' as unknown as Date }, defaultPolicy, []],
    ['S2', 'too far in the past to compute', { passportExpiry: new Date('1000-01-05') }, defaultPolicy, []],
  ] as const)('%s %s', (_source, _label, extra, policy, expected) => {
    expect(brief(deadlinesFor(snapshot('RESTRICTION_APPEAL', 'PREPARING', extra), [], policy, now))).toEqual(expected);
  });

  it('S2 approved cases need no document reminders', () => {
    expect(
      deadlinesFor(
        snapshot('BANK_CARD_VERIFICATION', 'APPROVED', { passportExpiry: new Date('2015-11-01') }),
        [],
        defaultPolicy,
        now,
      ),
    ).toEqual([]);
  });
});

describe('deadlinesFor: everything together, sorted, bilingual', () => {
  it('S2 S3 deposit and documents of one case', () => {
    const found = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT', { visaExpiry: new Date('2015-11-01') }),
      [event('submit', bj('2015-10-12T10:00:00'))],
      defaultPolicy,
      now,
    );
    expect(found.map((deadline) => deadline.kind)).toEqual([
      'DOCUMENT_EXPIRING',
      'DEPOSIT_EXPECTED',
      'DEPOSIT_OVERDUE',
    ]);
    for (const deadline of found) {
      expect(deadline.reason.en).not.toBe('');
      expect(deadline.reason.zh).not.toBe('');
      expect(deadline.source.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['W', 'not an object', null],
    ['W', 'unknown type', { type: 'LOAN', state: 'SUBMITTED', attempt: 1 }],
    ['W', 'unknown state', { type: 'RESTRICTION_APPEAL', state: 'LOST', attempt: 1 }],
    [
      'W',
      'state outside the machine',
      { type: 'RESTRICTION_APPEAL', state: 'AWAITING_DEPOSIT', attempt: 1, stateEnteredAt: now },
    ],
  ])('%s %s gives []', (_source, _label, value) => {
    expect(deadlinesFor(value as unknown as CaseSnapshot, [], defaultPolicy, now)).toEqual([]);
  });

  it('S2 dates beyond the supported range are skipped, not thrown', () => {
    const edge = new Date('8999-12-28T00:00:00Z');
    const nearEnd = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED', { submittedAt: edge, attempt: 1.5 }),
      [],
      defaultPolicy,
      edge,
    );
    expect(nearEnd.map((deadline) => deadline.kind)).toEqual(['DEPOSIT_EXPECTED']);
    const beyond = deadlinesFor(
      snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED', { submittedAt: new Date('8999-12-31T00:00:00Z') }),
      [],
      defaultPolicy,
      edge,
    );
    expect(beyond).toEqual([]);
  });

  it('W an invalid policy falls back field by field to the defaults', () => {
    const broken = {
      timeZone: 'Atlantis/Nowhere',
      depositExpected: { amount: -1, unit: 'days' },
      depositChaseLimit: 'many',
    } as unknown as Policy;
    const events = [event('submit', bj('2015-10-09T10:00:00'))];
    const withBroken = deadlinesFor(snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'), events, broken, now);
    expect(withBroken).toEqual(
      deadlinesFor(snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'), events, defaultPolicy, now),
    );
    expect(
      deadlinesFor(snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'), events, 'strict' as unknown as Policy, now),
    ).toEqual(withBroken);
  });
});

describe('validatePolicy', () => {
  it.each([
    ['W', 'nothing: the defaults', undefined, defaultPolicy],
    ['W', 'null: the defaults', null, defaultPolicy],
    ['W', 'undefined fields are skipped', { timeZone: undefined }, defaultPolicy],
    [
      'S2',
      'calendar days and another zone',
      { timeZone: 'Europe/Berlin', depositExpected: { amount: 3, unit: 'days' } },
      { ...defaultPolicy, timeZone: 'Europe/Berlin', depositExpected: { amount: 3, unit: 'days' } },
    ],
    [
      'W',
      'fractional hours',
      { reuploadWindow: { amount: 1.5, unit: 'hours' } },
      { ...defaultPolicy, reuploadWindow: { amount: 1.5, unit: 'hours' } },
    ],
    [
      'W',
      'zero hours',
      { reuploadWindow: { amount: 0, unit: 'hours' } },
      { ...defaultPolicy, reuploadWindow: { amount: 0, unit: 'hours' } },
    ],
    ['S2', 'chase limit', { depositChaseLimit: 3 }, { ...defaultPolicy, depositChaseLimit: 3 }],
  ])('%s %s', (_source, _label, input, expected) => {
    expect(validatePolicy(input)).toEqual({ ok: true, policy: expected });
  });

  it.each([
    ['W', 'not an object', 'fast', 'policy'],
    ['W', 'unknown zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['W', 'fractional chase limit', { depositChaseLimit: 1.5 }, 'depositChaseLimit'],
    ['W', 'chase limit too high', { depositChaseLimit: 101 }, 'depositChaseLimit'],
    ['W', 'fractional days', { depositExpected: { amount: 1.5, unit: 'days' } }, 'depositExpected'],
    ['W', 'negative', { bankReviewDue: { amount: -1, unit: 'hours' } }, 'bankReviewDue'],
    ['W', 'too long', { appealReviewDue: { amount: 4000, unit: 'days' } }, 'appealReviewDue'],
    ['W', 'unknown unit', { passportReviewDue: { amount: 1, unit: 'weeks' } }, 'passportReviewDue'],
    ['W', 'amount not a number', { documentExpiryWarning: { amount: '30', unit: 'days' } }, 'documentExpiryWarning'],
    ['W', 'duration not an object', { reuploadWindow: 24 }, 'reuploadWindow'],
    [
      'W',
      'chasing every 0 would never end',
      { depositChaseEvery: { amount: 0, unit: 'workingDays' } },
      'depositChaseEvery',
    ],
    ['W', 'unknown field', { coffeeBreak: { amount: 1, unit: 'hours' } }, 'coffeeBreak'],
  ])('%s %s → INVALID_POLICY on %s', (_source, _label, input, fieldName) => {
    expect(validatePolicy(input)).toMatchObject({ ok: false, error: { code: 'INVALID_POLICY', field: fieldName } });
  });

  it('S2 S3 S4 W every policy field names its sources', () => {
    for (const key of Object.keys(defaultPolicy) as Array<keyof Policy>) {
      expect(policySources[key].source.length).toBeGreaterThan(0);
      expect(policySources[key].note.zh).not.toBe('');
    }
  });
});
