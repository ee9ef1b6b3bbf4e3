import { type CaseState, caseStates, type CaseType, caseTypes } from './cases';
import type { CaseSnapshot } from './machines';
import { machines } from './machines';
import { nextSteps } from './next-steps';
import type { ReasonCode } from './reasons';

const now = new Date('2015-10-13T03:00:00Z');
const snapshot = (type: CaseType, state: CaseState, extra: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  type,
  state,
  stateEnteredAt: now,
  attempt: 1,
  ...extra,
});
const buttons = (snap: CaseSnapshot, at: Date | undefined = now) =>
  nextSteps(snap, at).flatMap((next) => (next.button ? [next.button.zh] : []));

describe('nextSteps: every state of every machine has plain next steps', () => {
  it.each(
    caseTypes.flatMap((type) =>
      machines[type].states.map(
        (state) =>
          [
            type === 'RESTRICTION_APPEAL' ? 'S0' : type === 'APP_PASSPORT_VERIFICATION' ? 'W' : 'S2 S3',
            type,
            state,
          ] as const,
      ),
    ),
  )('%s %s %s', (_source, type, state) => {
    const steps = nextSteps(snapshot(type, state), now);
    expect(steps.length).toBeGreaterThan(0);
    for (const next of steps) {
      expect(next.text.en).not.toBe('');
      expect(next.text.zh).not.toBe('');
      expect(next.source.length).toBeGreaterThan(0);
    }
  });
});

describe('nextSteps: the Chinese buttons of ALIPAY.md', () => {
  it.each<[string, CaseType, CaseState, Partial<CaseSnapshot>, string[]]>([
    ['S2', 'BANK_CARD_VERIFICATION', 'PREPARING', {}, ['账户设置', '立即认证', '外籍', '下一步']],
    ['S2', 'BANK_CARD_VERIFICATION', 'SUBMITTED', {}, ['输入打款金额']],
    ['S3', 'BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT', {}, ['输入打款金额']],
    ['S3', 'BANK_CARD_VERIFICATION', 'MANUAL_REVIEW', {}, ['撤销本次认证申请']],
    ['S2', 'BANK_CARD_VERIFICATION', 'APPROVED', {}, ['添加银行卡']],
    ['S2', 'BANK_CARD_VERIFICATION', 'REJECTED', { lastReasonCode: 'DEPOSIT_FAILED' }, ['撤销本次认证申请']],
    ['S0', 'RESTRICTION_APPEAL', 'PREPARING', {}, ['人工客服']],
    ['W', 'RESTRICTION_APPEAL', 'REJECTED', {}, ['补传']],
    ['W', 'APP_PASSPORT_VERIFICATION', 'PREPARING', {}, []],
  ])('%s %s %s', (_source, type, state, extra, expected) => {
    expect(buttons(snapshot(type, state, extra))).toEqual(expected);
  });
});

describe('nextSteps after a rejection depend on the reason (S2)', () => {
  const retryAfter = new Date('2015-10-18T00:00:00+08:00');
  it.each<[string, string, Partial<CaseSnapshot>, Date | undefined, string]>([
    [
      'S2',
      'card check, before the date: wait until the date',
      { lastReasonCode: 'CARD_CHECK_FAILED', retryAfter },
      now,
      'on or after 2015-10-18',
    ],
    [
      'S2',
      'card check, no now: the date is given',
      { lastReasonCode: 'CARD_CHECK_FAILED', retryAfter },
      undefined,
      'on or after 2015-10-18',
    ],
    [
      'S2',
      'card check, date passed: allowed now',
      { lastReasonCode: 'CARD_CHECK_FAILED', retryAfter },
      new Date('2015-10-20T00:00:00Z'),
      'it is allowed now',
    ],
    [
      'S2',
      'card check, date unknown',
      { lastReasonCode: 'CARD_CHECK_FAILED', retryAfter: null },
      now,
      'the date in the message',
    ],
    ['S2', 'deposit failed: read the reason', { lastReasonCode: 'DEPOSIT_FAILED' }, now, '查看打款失败原因'],
    [
      'S3',
      'documents missing: visa, stamp and signature page',
      { lastReasonCode: 'DOCUMENTS_MISSING' },
      now,
      'signature',
    ],
    ['S4', 'other reason: send the exact message', { lastReasonCode: 'OTHER' as ReasonCode }, now, 'exact message'],
    ['S4', 'reason unknown: send the exact message', {}, now, 'exact message'],
  ])('%s %s', (_source, _label, extra, at, expected) => {
    const text = nextSteps(snapshot('BANK_CARD_VERIFICATION', 'REJECTED', extra), at)
      .map((next) => next.text.en)
      .join(' ');
    expect(text).toContain(expected);
  });
});

describe('nextSteps never throws', () => {
  it.each([
    ['W', 'not an object', null],
    ['W', 'unknown type', { type: 'LOAN', state: 'PREPARING' }],
    ['W', 'unknown state', { type: 'RESTRICTION_APPEAL', state: 'LOST' }],
    ['W', 'state outside the machine', { type: 'RESTRICTION_APPEAL', state: 'AWAITING_DEPOSIT' }],
  ])('%s %s gives []', (_source, _label, value) => {
    expect(nextSteps(value as unknown as CaseSnapshot, now)).toEqual([]);
  });

  it('W every state listed in caseStates is covered by some machine', () => {
    expect(caseStates.filter((state) => !caseTypes.some((type) => machines[type].states.includes(state)))).toEqual([]);
  });
});
