import { type Deadline, deadlinesFor, defaultPolicy, pastWhenRecorded, type Policy } from './deadlines';
import type { CaseSnapshot } from './machines';
import { interpretAlipayMessage } from './interpreter';
import { STALE_MESSAGE_DAYS, staleMessageDates } from './message-dates';
import {
  type CaseRelation,
  type NotifyScope,
  notifyScopeLabels,
  notifyScopes,
  scopeCovers,
} from './notification-scopes';
import { validatePolicy } from './policy';
import { snoozableKinds } from './reminder-kinds';

// Issue 16: who hears of a case (scopes), stale message dates, deadlines already past when recorded, stuck cases.

const bj = (local: string) => new Date(`${local}+08:00`);
const DAY = 86_400_000;

describe('notify scopes: which cases reach a member on one channel', () => {
  const relations: CaseRelation[] = ['assignee', 'watcher', 'unassigned', 'other'];
  it.each<[NotifyScope, boolean[]]>([
    ['ALL', [true, true, true, true]],
    ['MINE_AND_UNASSIGNED', [true, true, true, false]],
    ['MINE', [true, true, false, false]],
    ['OFF', [false, false, false, false]],
  ])('W %s covers assignee, watcher, unassigned, a colleague’s case: %j', (scope, expected) => {
    expect(relations.map((relation) => scopeCovers(scope, relation))).toEqual(expected);
  });

  it('W every scope has an English and a Chinese label', () => {
    for (const scope of notifyScopes) {
      expect(notifyScopeLabels[scope].en).toMatch(/\S/);
      expect(notifyScopeLabels[scope].zh).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('staleMessageDates: ask before applying a message whose dates lie far in the past', () => {
  const now = bj('2026-12-02T10:00:00');
  // The retry sentence of a failed card check with its date (M1 of the interpreter's examples).
  const withDate = (date: string) =>
    `你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(${date})使用原银行卡重新认证, 撤销本次认证。`;

  it('S2 a retry date in 2015 pasted today is asked about; the same message received in 2015 only for its arrival', () => {
    const found = interpretAlipayMessage(withDate('2015年10月18日'), { receivedAt: now });
    expect(found[0]?.retryAfter?.getUTCFullYear()).toBe(2015);
    expect(staleMessageDates(found, now, now)).toEqual([{ field: 'retryAfter', date: found[0]?.retryAfter }]);
    const receivedThen = bj('2015-10-11T09:00:00');
    const then = interpretAlipayMessage(withDate('2015年10月18日'), { receivedAt: receivedThen });
    expect(staleMessageDates(then, receivedThen, now)).toEqual([{ field: 'receivedAt', date: receivedThen }]);
  });

  it('S2 a retry date a week ahead, or days behind the arrival, is not asked about', () => {
    const ahead = interpretAlipayMessage(withDate('2026年12月09日'), { receivedAt: now });
    expect(ahead[0]?.retryAfter).toBeDefined();
    expect(staleMessageDates(ahead, now, now)).toEqual([]);
    const late = interpretAlipayMessage(withDate('2026年11月20日'), { receivedAt: now });
    expect(staleMessageDates(late, now, now)).toEqual([]);
  });

  it('W the limit is STALE_MESSAGE_DAYS either way; unusable dates ask nothing', () => {
    const edge = new Date(now.getTime() - STALE_MESSAGE_DAYS * DAY);
    expect(staleMessageDates([], edge, now)).toEqual([]);
    expect(staleMessageDates([], new Date(edge.getTime() - 1), now)).toHaveLength(1);
    expect(staleMessageDates([{ retryAfter: new Date(edge.getTime() - 1) }], now, now)).toHaveLength(1);
    expect(staleMessageDates([], new Date(Number.NaN), now)).toEqual([]);
  });
});

describe('pastWhenRecorded: a deadline already over when first met is not reminded of', () => {
  const recordedAt = bj('2026-12-02T10:00:00');
  const at = (local: string) => bj(local);
  it.each<[string, Pick<Deadline, 'dueAt' | 'lapsesAt'>, boolean]>([
    ['due yesterday', { dueAt: at('2026-12-01T10:00:00') }, true],
    ['due tomorrow', { dueAt: at('2026-12-03T10:00:00') }, false],
    ['due now', { dueAt: recordedAt }, false],
    [
      'a warning due last week of a passport expiring next week',
      { dueAt: at('2026-11-25T00:00:00'), lapsesAt: at('2026-12-09T00:00:00') },
      false,
    ],
    [
      'a warning of a passport that expired last month',
      { dueAt: at('2026-10-01T00:00:00'), lapsesAt: at('2026-11-01T00:00:00') },
      true,
    ],
  ])('S2 %s → %s', (_name, deadline, expected) => {
    expect(pastWhenRecorded(deadline, recordedAt)).toBe(expected);
  });

  it('S2 a document expiry warning carries the expiry as lapsesAt', () => {
    const snapshot: CaseSnapshot = {
      type: 'BANK_CARD_VERIFICATION',
      state: 'PREPARING',
      stateEnteredAt: recordedAt,
      attempt: 1,
      passportExpiry: new Date('2026-12-20T00:00:00Z'),
    };
    const [warning] = deadlinesFor(snapshot, [], defaultPolicy, recordedAt);
    expect(warning).toMatchObject({ kind: 'DOCUMENT_EXPIRING', lapsesAt: bj('2026-12-20T00:00:00') });
    expect(pastWhenRecorded(warning as Deadline, recordedAt)).toBe(false);
  });
});

describe('stuck cases: no movement for N days in a waiting state, then M more days to the admins', () => {
  const entered = bj('2026-12-01T09:00:00');
  const snapshot = (state: CaseSnapshot['state']): CaseSnapshot => ({
    type: 'BANK_CARD_VERIFICATION',
    state,
    stateEnteredAt: entered,
    attempt: 2,
    submittedAt: entered,
  });
  const policy = (overrides: Partial<Policy>): Policy => ({ ...defaultPolicy, ...overrides });
  const stuck = (deadlines: Deadline[]) =>
    deadlines.filter((d) => d.kind.startsWith('CASE_STUCK')).map((d) => [d.kind, d.dueAt.toISOString(), d.key]);

  it('S2 off by default: no stuck deadlines', () => {
    expect(stuck(deadlinesFor(snapshot('MANUAL_REVIEW'), [], defaultPolicy, entered))).toEqual([]);
  });

  it('S2 per state: the state’s own days, then the escalation; keyed by the stay', () => {
    const rules = policy({
      stuckManualReview: { amount: 5, unit: 'days' },
      stuckAwaitingDeposit: { amount: 10, unit: 'days' },
      stuckEscalateAfter: { amount: 3, unit: 'days' },
    });
    const stay = `2:MANUAL_REVIEW:${entered.getTime()}`;
    expect(stuck(deadlinesFor(snapshot('MANUAL_REVIEW'), [], rules, entered))).toEqual([
      ['CASE_STUCK', bj('2026-12-06T09:00:00').toISOString(), `CASE_STUCK:${stay}`],
      ['CASE_STUCK_ADMINS', bj('2026-12-09T09:00:00').toISOString(), `CASE_STUCK_ADMINS:${stay}`],
    ]);
    expect(stuck(deadlinesFor(snapshot('AWAITING_DEPOSIT'), [], rules, entered))[0]?.[1]).toBe(
      bj('2026-12-11T09:00:00').toISOString(),
    );
    // SUBMITTED is still off; a state that is not waiting has none.
    expect(stuck(deadlinesFor(snapshot('SUBMITTED'), [], rules, entered))).toEqual([]);
    expect(stuck(deadlinesFor(snapshot('REJECTED'), [], rules, entered))).toEqual([]);
  });

  it('S2 no escalation when M is 0; the reason names the state in both languages', () => {
    const found = deadlinesFor(
      snapshot('SUBMITTED'),
      [],
      policy({ stuckSubmitted: { amount: 2, unit: 'workingDays' } }),
      entered,
    );
    const notices = found.filter((d) => d.kind.startsWith('CASE_STUCK'));
    expect(notices.map((d) => d.kind)).toEqual(['CASE_STUCK']);
    expect(notices[0]?.reason.en).toContain('2 working days');
    expect(notices[0]?.reason.zh).toContain('2 个工作日');
    expect(notices[0]?.audience).toBe('helper');
  });

  it('S2 the stuck fields validate as durations, 0 allowed (off); both stuck kinds are held back by a snooze', () => {
    expect(validatePolicy({ stuckSubmitted: { amount: 0, unit: 'days' } }).ok).toBe(true);
    expect(validatePolicy({ stuckEscalateAfter: { amount: -1, unit: 'days' } }).ok).toBe(false);
    expect(snoozableKinds).toEqual(expect.arrayContaining(['CASE_STUCK', 'CASE_STUCK_ADMINS', 'DEPOSIT_OVERDUE']));
    expect(snoozableKinds).not.toContain('RETRY_ALLOWED');
  });
});
