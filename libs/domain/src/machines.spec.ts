import { type CaseAction, caseActions, type CaseState, caseStates, type CaseType, caseTypes } from './cases';
import { applyAction } from './apply-action';
import {
  type ActionPayload,
  allowedActions,
  type CaseSnapshot,
  guards,
  initialSnapshot,
  machineFor,
  machines,
  parseDepositAmount,
  sameCardCooldown,
} from './machines';

const now = new Date('2015-10-13T03:00:00Z');
const later = new Date('2015-10-20T03:00:00Z');
const retryDay = new Date('2015-10-18T00:00:00+08:00');
const M1 =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';

const snapshot = (type: CaseType, state: CaseState, extra: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  type,
  state,
  stateEnteredAt: new Date('2015-10-01T00:00:00Z'),
  attempt: 1,
  submittedAt: null,
  bank: 'BOC',
  cardLast4: '1234',
  retryAfter: null,
  lastReasonCode: null,
  ...extra,
});

const validPayload: Record<CaseAction, ActionPayload> = {
  submit: {},
  await_deposit: {},
  confirm_deposit: { amount: '0.0974' },
  start_review: {},
  approve: {},
  reject: { reasonCode: 'OTHER', reasonText: 'Photo too dark' },
  // Another card: NEW_CARD_NEEDED (an unsupported card) wants one; no other guard minds it.
  resubmit: { cardLast4: '9999' },
  revoke: {},
  lock_out: {},
  lock_lifted: {},
  start_face_check: {},
  issuer_decline: {},
  mark_unsupported: {},
  risk_hold: {},
  unbind: {},
  request_agent: {},
  receive_upload_link: {},
  lift: {},
};

/** What a state needs for its guarded transitions to be possible: an open 补传 window after a failed appeal. */
const setupFor = (state: CaseState): Partial<CaseSnapshot> =>
  state === 'STILL_RESTRICTED' ? { retryAfter: later } : {};

/** The transitions of DESIGN.md "Cases and their machines", written out independently of the table. */
const expectedTransitions: Record<CaseType, Partial<Record<CaseState, Partial<Record<CaseAction, CaseState>>>>> = {
  BANK_CARD_VERIFICATION: {
    PREPARING: { submit: 'SUBMITTED' },
    SUBMITTED: { await_deposit: 'AWAITING_DEPOSIT', reject: 'REJECTED', revoke: 'PREPARING' },
    AWAITING_DEPOSIT: { confirm_deposit: 'MANUAL_REVIEW', reject: 'REJECTED', revoke: 'PREPARING' },
    MANUAL_REVIEW: { approve: 'APPROVED', reject: 'REJECTED', revoke: 'PREPARING' },
    REJECTED: { resubmit: 'SUBMITTED' },
    APPROVED: {},
  },
  APP_PASSPORT_VERIFICATION: {
    PREPARING: { submit: 'SUBMITTED' },
    SUBMITTED: { start_review: 'MANUAL_REVIEW', reject: 'REJECTED' },
    MANUAL_REVIEW: { approve: 'APPROVED', reject: 'REJECTED' },
    REJECTED: { resubmit: 'SUBMITTED' },
    APPROVED: {},
  },
  RESTRICTION_APPEAL: {
    PREPARING: { submit: 'SUBMITTED' },
    SUBMITTED: { start_review: 'MANUAL_REVIEW', reject: 'REJECTED' },
    MANUAL_REVIEW: { approve: 'APPROVED', reject: 'REJECTED' },
    REJECTED: { resubmit: 'SUBMITTED' },
    APPROVED: {},
  },
  PASSPORT_SCAN_VERIFICATION: {
    PREPARING: { lock_out: 'SCAN_LOCKED', start_face_check: 'FACE_CHECK', submit: 'MANUAL_REVIEW' },
    SCAN_LOCKED: { lock_lifted: 'PREPARING' },
    FACE_CHECK: { lock_out: 'SCAN_LOCKED', submit: 'MANUAL_REVIEW' },
    MANUAL_REVIEW: { approve: 'APPROVED', reject: 'REJECTED' },
    REJECTED: { resubmit: 'PREPARING' },
    APPROVED: {},
  },
  INTERNATIONAL_CARD_BINDING: {
    PREPARING: { submit: 'THREE_DS_PENDING' },
    THREE_DS_PENDING: {
      approve: 'APPROVED',
      issuer_decline: 'ISSUER_DECLINED',
      mark_unsupported: 'CARD_UNSUPPORTED',
      risk_hold: 'RISK_CONTROL',
    },
    ISSUER_DECLINED: { resubmit: 'THREE_DS_PENDING' },
    CARD_UNSUPPORTED: { resubmit: 'THREE_DS_PENDING' },
    RISK_CONTROL: { resubmit: 'THREE_DS_PENDING' },
    APPROVED: {},
  },
  MAINLAND_CARD_QUICK_BINDING: {
    PREPARING: { submit: 'SUBMITTED' },
    SUBMITTED: { start_review: 'MANUAL_REVIEW', approve: 'APPROVED', reject: 'REJECTED' },
    MANUAL_REVIEW: { approve: 'APPROVED', reject: 'REJECTED' },
    REJECTED: { resubmit: 'SUBMITTED' },
    APPROVED: { unbind: 'CARD_UNBOUND' },
    CARD_UNBOUND: { resubmit: 'SUBMITTED' },
  },
  DOCUMENT_UPDATE: {
    PREPARING: { submit: 'MANUAL_REVIEW' },
    MANUAL_REVIEW: { approve: 'APPROVED', reject: 'REJECTED' },
    REJECTED: { resubmit: 'MANUAL_REVIEW' },
    APPROVED: {},
  },
  RESTRICTION_APPEAL_AGENT: {
    PREPARING: { request_agent: 'AGENT_REQUESTED' },
    AGENT_REQUESTED: { receive_upload_link: 'UPLOAD_LINK_RECEIVED' },
    UPLOAD_LINK_RECEIVED: { submit: 'SUBMITTED' },
    SUBMITTED: { start_review: 'MANUAL_REVIEW', lift: 'RESTRICTION_LIFTED', reject: 'STILL_RESTRICTED' },
    MANUAL_REVIEW: { lift: 'RESTRICTION_LIFTED', reject: 'STILL_RESTRICTED' },
    STILL_RESTRICTED: { request_agent: 'AGENT_REQUESTED', resubmit: 'SUBMITTED' },
    RESTRICTION_LIFTED: {},
  },
};
const sourceOf: Record<CaseType, string> = {
  BANK_CARD_VERIFICATION: 'S2 S3 S4',
  APP_PASSPORT_VERIFICATION: 'W',
  RESTRICTION_APPEAL: 'S0',
  PASSPORT_SCAN_VERIFICATION: 'W7 W12',
  INTERNATIONAL_CARD_BINDING: 'W8 W11',
  MAINLAND_CARD_QUICK_BINDING: 'W9 W13 W15',
  DOCUMENT_UPDATE: 'W17',
  RESTRICTION_APPEAL_AGENT: 'S0 W10',
};

const everyCombination = caseTypes.flatMap((type) =>
  caseStates.flatMap((state) =>
    caseActions.map(
      (action) => [sourceOf[type], type, state, action, expectedTransitions[type][state]?.[action] ?? null] as const,
    ),
  ),
);

describe('applyAction: every type × state × action', () => {
  it.each(everyCombination)('%s %s: %s --%s--> %s', (_source, type, state, action, to) => {
    const result = applyAction(snapshot(type, state, setupFor(state)), action, validPayload[action], now);
    if (to === null) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('ILLEGAL_TRANSITION');
    } else {
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.snapshot.state).toBe(to);
        expect(result.snapshot.stateEnteredAt).toBe(now);
        expect(result.event).toMatchObject({ action, fromState: state, toState: to, at: now });
      }
    }
  });
});

describe('allowedActions', () => {
  it.each(caseTypes.flatMap((type) => caseStates.map((state) => [sourceOf[type], type, state] as const)))(
    '%s %s in %s',
    (_source, type, state) => {
      expect(allowedActions(type, state)).toEqual(Object.keys(expectedTransitions[type][state] ?? {}));
    },
  );

  it.each([
    ['S2', 'same card before the date: no resubmit', { now, retryAfter: retryDay, sameCard: true }, []],
    ['S2', 'same card on the date', { now: retryDay, retryAfter: retryDay, sameCard: true }, ['resubmit']],
    ['S2', 'different card before the date', { now, retryAfter: retryDay, sameCard: false }, ['resubmit']],
    ['S2', 'card not said', { now, retryAfter: retryDay }, ['resubmit']],
    ['S2', 'no retry-after date', { now, retryAfter: null, sameCard: true }, ['resubmit']],
    ['S2', 'no now', { retryAfter: retryDay, sameCard: true }, ['resubmit']],
  ])('%s %s', (_source, _label, context, expected) => {
    expect(allowedActions('BANK_CARD_VERIFICATION', 'REJECTED', context)).toEqual(expected);
  });

  it.each([
    ['W', 'unknown type', 'CAR_LOAN', 'PREPARING'],
    ['W', 'unknown state', 'BANK_CARD_VERIFICATION', 'LOST'],
    ['W', 'state outside the machine', 'RESTRICTION_APPEAL', 'AWAITING_DEPOSIT'],
  ])('%s %s lists nothing', (_source, _label, type, state) => {
    expect(allowedActions(type as CaseType, state as CaseState, 'ctx' as never)).toEqual([]);
  });
});

describe('confirm_deposit amount: 0 < amount < 1 CNY, at most 4 decimals (S2, S3)', () => {
  it.each([
    ['S2', 0.0974, '0.0974'],
    ['S2', '0.0974', '0.0974'],
    ['S2', 0.9999, '0.9999'],
    ['S2', '0.9999', '0.9999'],
    ['S2', 0.0001, '0.0001'],
    ['S2', '.5', '0.5'],
    ['S2', '0.50', '0.50'],
    ['S2', ' 0.0974 ', '0.0974'],
    ['S2', '￥0.0974', '0.0974'],
    ['S2', '¥ 0.0974', '0.0974'],
    ['S2', '0.0974元', '0.0974'],
    ['S2', 'RMB 0.5', '0.5'],
    ['S2', '０.０９７４', '0.0974'],
    ['S2', 1, null],
    ['S2', '1.00', null],
    ['S2', 1.0, null],
    ['S2', 0, null],
    ['S2', '0', null],
    ['S2', '0.0000', null],
    ['S2', 0.00001, null],
    ['S2', '0.00005', null],
    ['S2', '0.10000', null],
    ['S2', 0.12345, null],
    ['S2', -0.5, null],
    ['S2', '-0.5', null],
    ['S2', '0,0974', '0.0974'],
    ['S2', '0,5 元', '0.5'],
    ['S2', '1,5', null],
    ['S2', '0,00974', null],
    ['S2', 1e-7, null],
    ['S2', Number.NaN, null],
    ['S2', Number.POSITIVE_INFINITY, null],
    ['S2', '', null],
    ['S2', 'abc', null],
    ['S2', true, null],
    ['S2', undefined, null],
    ['S2', { amount: 0.5 }, null],
  ])('%s %p → %p', (_source, amount, expected) => {
    expect(parseDepositAmount(amount)).toBe(expected);
    const result = applyAction(
      snapshot('BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT'),
      'confirm_deposit',
      { amount: amount as number },
      now,
    );
    if (expected === null) {
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'amount' } });
    } else {
      expect(result).toMatchObject({
        ok: true,
        snapshot: { state: 'MANUAL_REVIEW' },
        event: { depositAmount: expected },
      });
    }
  });
});

describe('reject: a reason code is required and the original message kept (S2, S4)', () => {
  const card = snapshot('BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT');
  it.each([
    ['S2', 'no reason', {}, 'reasonCode'],
    ['S2', 'unknown reason', { reasonCode: 'BAD_LUCK' }, 'reasonCode'],
    ['S2', 'OTHER without text', { reasonCode: 'OTHER' }, 'reasonText'],
    ['S2', 'OTHER with blank text', { reasonCode: 'OTHER', reasonText: '  ' }, 'reasonText'],
    ['S2', 'reason text not text', { reasonCode: 'DEPOSIT_FAILED', reasonText: 5 }, 'reasonText'],
    ['S2', 'message not text', { reasonCode: 'DEPOSIT_FAILED', originalMessage: {} }, 'originalMessage'],
    ['S2', 'receivedAt not a date', { reasonCode: 'DEPOSIT_FAILED', receivedAt: '2015-10-13' }, 'receivedAt'],
    ['S2', 'receivedAt invalid', { reasonCode: 'DEPOSIT_FAILED', receivedAt: new Date(Number.NaN) }, 'receivedAt'],
    ['S2', 'retryAfter not a date', { reasonCode: 'CARD_CHECK_FAILED', retryAfter: 'soon' }, 'retryAfter'],
    ['S2', 'retryAfterDays fractional', { reasonCode: 'CARD_CHECK_FAILED', retryAfterDays: 1.5 }, 'retryAfterDays'],
    ['S2', 'retryAfterDays negative', { reasonCode: 'CARD_CHECK_FAILED', retryAfterDays: -1 }, 'retryAfterDays'],
    ['S2', 'retryAfterDays over a year', { reasonCode: 'CARD_CHECK_FAILED', retryAfterDays: 366 }, 'retryAfterDays'],
    [
      'W',
      'reuploadOffered not boolean',
      { reasonCode: 'OTHER', reasonText: 'x', reuploadOffered: 'yes' },
      'reuploadOffered',
    ],
    ['S2', 'card check without any date', { reasonCode: 'CARD_CHECK_FAILED' }, 'retryAfter'],
    [
      'S2',
      'card check with a message without N or date',
      { reasonCode: 'CARD_CHECK_FAILED', originalMessage: '你的银行卡信息认证失败' },
      'retryAfter',
    ],
  ])('%s %s → INVALID_PAYLOAD on %s', (_source, _label, payload, fieldName) => {
    expect(applyAction(card, 'reject', payload as ActionPayload, now)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', field: fieldName },
    });
  });

  it.each([
    ['S2', 'date from the original message', { reasonCode: 'CARD_CHECK_FAILED', originalMessage: M1 }, retryDay],
    ['S2', 'date given', { reasonCode: 'CARD_CHECK_FAILED', retryAfter: retryDay, originalMessage: M1 }, retryDay],
    ['S2', 'days from now', { reasonCode: 'CARD_CHECK_FAILED', retryAfterDays: 6 }, new Date('2015-10-19T03:00:00Z')],
    [
      'S2',
      'days from when the message arrived',
      { reasonCode: 'CARD_CHECK_FAILED', retryAfterDays: 6, receivedAt: new Date('2015-10-12T03:00:00Z') },
      new Date('2015-10-18T03:00:00Z'),
    ],
    [
      'S2',
      'N of a message without date, from receivedAt',
      {
        reasonCode: 'CARD_CHECK_FAILED',
        originalMessage: '银行卡信息认证失败,撤销认证8天后使用原银行卡重新认证',
        receivedAt: new Date('2015-10-12T03:00:00Z'),
      },
      new Date('2015-10-20T03:00:00Z'),
    ],
  ])('%s CARD_CHECK_FAILED retry-after: %s', (_source, _label, payload, retryAfter) => {
    const result = applyAction(card, 'reject', payload as ActionPayload, now);
    expect(result).toMatchObject({
      ok: true,
      snapshot: { state: 'REJECTED', retryAfter, lastReasonCode: 'CARD_CHECK_FAILED' },
      event: { reasonCode: 'CARD_CHECK_FAILED', retryAfter },
    });
  });

  it('S2 keeps the original message, text and received time in the event; no retry date for other reasons', () => {
    const receivedAt = new Date('2015-10-12T03:00:00Z');
    const message = '您申请的[支付宝个人认证认证]失败了,失败原因为:支付宝向你的银行账户打款失败';
    const result = applyAction(
      { ...card, retryAfter: retryDay, lastReasonCode: 'CARD_CHECK_FAILED' },
      'reject',
      { reasonCode: 'DEPOSIT_FAILED', originalMessage: message, reasonText: 'name order', receivedAt },
      now,
    );
    expect(result).toEqual({
      ok: true,
      snapshot: { ...card, state: 'REJECTED', stateEnteredAt: now, retryAfter: null, lastReasonCode: 'DEPOSIT_FAILED' },
      event: {
        action: 'reject',
        fromState: 'AWAITING_DEPOSIT',
        toState: 'REJECTED',
        at: now,
        attempt: 1,
        reasonCode: 'DEPOSIT_FAILED',
        reasonText: 'name order',
        originalMessage: message,
        receivedAt,
      },
    });
  });

  it('W a 补传 link is recorded for the re-upload window', () => {
    const result = applyAction(
      snapshot('RESTRICTION_APPEAL', 'MANUAL_REVIEW'),
      'reject',
      { reasonCode: 'OTHER', reasonText: 'blurry', reuploadOffered: true },
      now,
    );
    expect(result).toMatchObject({ ok: true, event: { reuploadOffered: true, reasonText: 'blurry' } });
  });
});

describe('resubmit after a card-check failure (S2, message M1)', () => {
  const failed = snapshot('BANK_CARD_VERIFICATION', 'REJECTED', {
    retryAfter: retryDay,
    lastReasonCode: 'CARD_CHECK_FAILED',
    attempt: 2,
  });
  it.each([
    ['S2', 'same card, nothing said, before the date', failed, {}, now, 'COOLDOWN_ACTIVE'],
    [
      'S2',
      'same card said explicitly, before the date',
      failed,
      { bank: 'BOC', cardLast4: '1234' },
      now,
      'COOLDOWN_ACTIVE',
    ],
    [
      'S2',
      'same card one millisecond before the date',
      failed,
      {},
      new Date(retryDay.getTime() - 1),
      'COOLDOWN_ACTIVE',
    ],
    [
      'S2',
      'old card unknown, a card given: cannot prove it differs',
      { ...failed, cardLast4: null, bank: null },
      { cardLast4: '9999' },
      now,
      'COOLDOWN_ACTIVE',
    ],
    ['S2', 'same card exactly on the date', failed, {}, retryDay, null],
    ['S2', 'same card after the date', failed, {}, later, null],
    ['S2', 'different card at once', failed, { cardLast4: '9999' }, now, null],
    ['S2', 'different bank at once', failed, { bank: 'ICBC' }, now, null],
    ['S2', 'rejected for another reason', { ...failed, lastReasonCode: 'DEPOSIT_FAILED' }, {}, now, null],
  ] as const)('%s %s → %s', (_source, _label, before, payload, at, error) => {
    const result = applyAction(before, 'resubmit', payload, at);
    if (error) {
      expect(result).toMatchObject({ ok: false, error: { code: error, retryAfter: retryDay } });
    } else {
      expect(result).toMatchObject({
        ok: true,
        snapshot: { state: 'SUBMITTED', attempt: 3, submittedAt: at, retryAfter: null, lastReasonCode: null },
        event: { action: 'resubmit', attempt: 3 },
      });
    }
  });

  it('W the cooldown guards only the bank-card machine', () => {
    const passport = { ...failed, type: 'APP_PASSPORT_VERIFICATION' as const };
    expect(applyAction(passport, 'resubmit', {}, now)).toMatchObject({ ok: true, snapshot: { state: 'SUBMITTED' } });
  });

  it('S2 the new card is recorded', () => {
    expect(applyAction(failed, 'resubmit', { bank: 'CMB', cardLast4: '4321' }, now)).toMatchObject({
      ok: true,
      snapshot: { bank: 'CMB', cardLast4: '4321' },
      event: { bank: 'CMB', cardLast4: '4321' },
    });
  });

  it.each([
    ['S2', 'cardLast4 with a letter', { cardLast4: '12a4' }, 'cardLast4'],
    ['S2', 'full card number', { cardLast4: '6222020200112233' }, 'cardLast4'],
    ['S2', 'unknown bank', { bank: 'HSBC' }, 'bank'],
  ])('%s %s → INVALID_PAYLOAD', (_source, _label, payload, fieldName) => {
    expect(applyAction(failed, 'resubmit', payload as ActionPayload, later)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', field: fieldName },
    });
    expect(
      applyAction(snapshot('BANK_CARD_VERIFICATION', 'PREPARING'), 'submit', payload as ActionPayload, later),
    ).toMatchObject({ ok: false });
  });

  it('S2 sameCardCooldown tells the UI the date while it is ahead', () => {
    expect(sameCardCooldown(failed, now)).toBe(retryDay);
    expect(sameCardCooldown(failed, retryDay)).toBeNull();
    expect(sameCardCooldown({ ...failed, lastReasonCode: 'OTHER' }, now)).toBeNull();
    expect(sameCardCooldown({ ...failed, retryAfter: null }, now)).toBeNull();
    expect(sameCardCooldown(null as unknown as CaseSnapshot, now)).toBeNull();
  });
});

describe('submit', () => {
  it('S3 records the submission time, bank and card', () => {
    const result = applyAction(
      initialSnapshot('BANK_CARD_VERIFICATION', now),
      'submit',
      { bank: 'CMB', cardLast4: '0042' },
      later,
    );
    expect(result).toEqual({
      ok: true,
      snapshot: {
        type: 'BANK_CARD_VERIFICATION',
        state: 'SUBMITTED',
        stateEnteredAt: later,
        attempt: 1,
        submittedAt: later,
        bank: 'CMB',
        cardLast4: '0042',
        retryAfter: null,
        lastReasonCode: null,
      },
      event: {
        action: 'submit',
        fromState: 'PREPARING',
        toState: 'SUBMITTED',
        at: later,
        attempt: 1,
        bank: 'CMB',
        cardLast4: '0042',
      },
    });
  });

  it('S0 a partial snapshot from storage is completed with safe defaults; expiry dates are carried', () => {
    const passportExpiry = new Date('2030-01-01');
    const result = applyAction(
      { type: 'RESTRICTION_APPEAL', state: 'PREPARING', passportExpiry, visaExpiry: 'x' } as unknown as CaseSnapshot,
      'submit',
      null as unknown as ActionPayload,
      now,
    );
    expect(result).toMatchObject({
      ok: true,
      snapshot: { attempt: 1, bank: null, cardLast4: null, passportExpiry, visaExpiry: null },
    });
  });
});

describe('applyAction refuses without throwing', () => {
  it.each([
    [
      'W',
      'APPROVED is final',
      snapshot('BANK_CARD_VERIFICATION', 'APPROVED'),
      'resubmit',
      {},
      now,
      'ILLEGAL_TRANSITION',
    ],
    ['W', 'unknown action', snapshot('BANK_CARD_VERIFICATION', 'PREPARING'), 'teleport', {}, now, 'ILLEGAL_TRANSITION'],
    ['W', 'action not a string', snapshot('BANK_CARD_VERIFICATION', 'PREPARING'), 7, {}, now, 'ILLEGAL_TRANSITION'],
    [
      'W',
      'unknown type',
      { ...snapshot('BANK_CARD_VERIFICATION', 'PREPARING'), type: 'LOAN' },
      'submit',
      {},
      now,
      'ILLEGAL_TRANSITION',
    ],
    [
      'W',
      'unknown state',
      { ...snapshot('BANK_CARD_VERIFICATION', 'PREPARING'), state: 'LIMBO' },
      'submit',
      {},
      now,
      'ILLEGAL_TRANSITION',
    ],
    [
      'W',
      'state not a string',
      { ...snapshot('BANK_CARD_VERIFICATION', 'PREPARING'), state: 3 },
      'submit',
      {},
      now,
      'ILLEGAL_TRANSITION',
    ],
    [
      'W',
      'state outside the machine',
      snapshot('RESTRICTION_APPEAL', 'AWAITING_DEPOSIT'),
      'confirm_deposit',
      { amount: 0.5 },
      now,
      'ILLEGAL_TRANSITION',
    ],
    ['W', 'no snapshot', null, 'submit', {}, now, 'ILLEGAL_TRANSITION'],
    [
      'W',
      'invalid now',
      snapshot('BANK_CARD_VERIFICATION', 'PREPARING'),
      'submit',
      {},
      new Date(Number.NaN),
      'INVALID_PAYLOAD',
    ],
    [
      'W',
      'now not a date',
      snapshot('BANK_CARD_VERIFICATION', 'PREPARING'),
      'submit',
      {},
      '2015-10-13',
      'INVALID_PAYLOAD',
    ],
    [
      'W',
      'payload not an object',
      snapshot('BANK_CARD_VERIFICATION', 'PREPARING'),
      'submit',
      'bank=BOC',
      now,
      'INVALID_PAYLOAD',
    ],
  ])('%s %s → %s', (_source, _label, before, action, payload, at, code) => {
    const result = applyAction(before as CaseSnapshot, action as CaseAction, payload as ActionPayload, at as Date);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('W the illegal-transition error lists what is allowed', () => {
    expect(applyAction(snapshot('BANK_CARD_VERIFICATION', 'SUBMITTED'), 'approve', {}, now)).toEqual({
      ok: false,
      error: {
        code: 'ILLEGAL_TRANSITION',
        message: 'approve is not possible in state SUBMITTED of a BANK_CARD_VERIFICATION case',
        state: 'SUBMITTED',
        action: 'approve',
        allowed: ['await_deposit', 'reject', 'revoke'],
      },
    });
  });
});

describe('machines as data', () => {
  it.each(caseTypes.map((type) => [sourceOf[type], type] as const))(
    '%s %s is a closed, drawable machine',
    (_source, type) => {
      const machine = machines[type];
      expect(machineFor(type)).toBe(machine);
      expect(machine.states).toContain(machine.initial);
      for (const transition of machine.transitions) {
        expect(machine.states).toContain(transition.to);
        for (const from of transition.from) expect(machine.states).toContain(from);
        for (const guard of transition.guards) expect(guards[guard].source.length).toBeGreaterThan(0);
        expect(transition.source.length).toBeGreaterThan(0);
        expect(transition.label.zh).not.toBe('');
      }
      // A final state is the goal reached; only a bound card can be unbound again (W15: 24 h before it rebinds).
      for (const final of machine.finalStates) {
        expect(
          machine.transitions.filter((transition) => transition.from.includes(final)).map((t) => t.action),
        ).toEqual(type === 'MAINLAND_CARD_QUICK_BINDING' ? ['unbind'] : []);
      }
      // JSON-able: the web receives the same table.
      expect(JSON.parse(JSON.stringify(machine))).toEqual(machine);
    },
  );

  it('S2 confirm_deposit requires the amount; reject requires the reason code; resubmit is guarded by the cooldown', () => {
    const table = machines.BANK_CARD_VERIFICATION.transitions;
    const required = (action: CaseAction) =>
      table
        .find((transition) => transition.action === action)
        ?.payload.filter((field) => field.required)
        .map((field) => field.name);
    expect(required('confirm_deposit')).toEqual(['amount']);
    expect(required('reject')).toEqual(['reasonCode']);
    expect(table.find((transition) => transition.action === 'resubmit')?.guards).toEqual(['SAME_CARD_COOLDOWN']);
  });

  it('W machineFor an unknown type is undefined', () => {
    expect(machineFor('LOAN' as CaseType)).toBeUndefined();
  });

  it('W initialSnapshot starts in PREPARING, attempt 1', () => {
    expect(initialSnapshot('RESTRICTION_APPEAL', now)).toMatchObject({
      state: 'PREPARING',
      attempt: 1,
      stateEnteredAt: now,
    });
  });
});
