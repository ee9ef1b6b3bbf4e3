import { accountTiers, higherTier, offerDocumentUpdate, tierFromApproval } from './account-tiers';
import { caseActionLabels, type CaseState, type CaseType } from './cases';
import { deadlinesFor, defaultPolicy } from './deadlines';
import { applyAction } from './apply-action';
import {
  type ActionPayload,
  allowedActions,
  type CaseEventRecord,
  type CaseSnapshot,
  guards,
  machines,
  sameCardCooldown,
} from './machines';
import { actionLabel } from './machine-table';
import { DECLINES_BEFORE_SWITCH, nextSteps } from './next-steps';

// Issue 18: the 2026 machines, one table per machine — every transition, guard and deadline, with the source each
// rests on in the test name (docs/domain.md has the entries).

const t0 = new Date('2026-12-02T02:00:00Z'); // Wed 10:00 Beijing
const hour = 3_600_000;
const at = (hours: number) => new Date(t0.getTime() + hours * hour);

const snap = (type: CaseType, state: CaseState, extra: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  type,
  state,
  stateEnteredAt: t0,
  attempt: 1,
  submittedAt: t0,
  bank: null,
  cardLast4: null,
  retryAfter: null,
  lastReasonCode: null,
  ...extra,
});

const step = (
  from: CaseSnapshot,
  action: Parameters<typeof applyAction>[1],
  payload: ActionPayload = {},
  now = at(1),
) => {
  const result = applyAction(from, action, payload, now);
  if (!result.ok) throw new Error(`${action} from ${from.state}: ${result.error.code} ${result.error.message}`);
  return result;
};

/** Every transition of the new machines: [source, type, from, action, payload, to]. */
const table: ReadonlyArray<
  readonly [string, CaseType, CaseState, Parameters<typeof applyAction>[1], ActionPayload, CaseState]
> = [
  ['W12', 'PASSPORT_SCAN_VERIFICATION', 'PREPARING', 'lock_out', {}, 'SCAN_LOCKED'],
  ['W12', 'PASSPORT_SCAN_VERIFICATION', 'FACE_CHECK', 'lock_out', {}, 'SCAN_LOCKED'],
  ['W12', 'PASSPORT_SCAN_VERIFICATION', 'SCAN_LOCKED', 'lock_lifted', {}, 'PREPARING'],
  ['W7 W12', 'PASSPORT_SCAN_VERIFICATION', 'PREPARING', 'start_face_check', {}, 'FACE_CHECK'],
  ['W7', 'PASSPORT_SCAN_VERIFICATION', 'PREPARING', 'submit', {}, 'MANUAL_REVIEW'],
  ['W7', 'PASSPORT_SCAN_VERIFICATION', 'FACE_CHECK', 'submit', {}, 'MANUAL_REVIEW'],
  ['W7', 'PASSPORT_SCAN_VERIFICATION', 'MANUAL_REVIEW', 'approve', {}, 'APPROVED'],
  ['W12', 'PASSPORT_SCAN_VERIFICATION', 'MANUAL_REVIEW', 'reject', { reasonCode: 'NAME_NOT_MRZ' }, 'REJECTED'],
  ['W12', 'PASSPORT_SCAN_VERIFICATION', 'REJECTED', 'resubmit', {}, 'PREPARING'],
  ['W8 W11', 'INTERNATIONAL_CARD_BINDING', 'PREPARING', 'submit', { cardNetwork: 'VISA' }, 'THREE_DS_PENDING'],
  ['W8', 'INTERNATIONAL_CARD_BINDING', 'THREE_DS_PENDING', 'approve', {}, 'APPROVED'],
  ['W8 W6', 'INTERNATIONAL_CARD_BINDING', 'THREE_DS_PENDING', 'issuer_decline', {}, 'ISSUER_DECLINED'],
  ['W8 W11', 'INTERNATIONAL_CARD_BINDING', 'THREE_DS_PENDING', 'mark_unsupported', {}, 'CARD_UNSUPPORTED'],
  ['W8 S2', 'INTERNATIONAL_CARD_BINDING', 'THREE_DS_PENDING', 'risk_hold', {}, 'RISK_CONTROL'],
  ['W8', 'INTERNATIONAL_CARD_BINDING', 'ISSUER_DECLINED', 'resubmit', {}, 'THREE_DS_PENDING'],
  ['W8', 'INTERNATIONAL_CARD_BINDING', 'RISK_CONTROL', 'resubmit', {}, 'THREE_DS_PENDING'],
  ['W8 W11', 'INTERNATIONAL_CARD_BINDING', 'CARD_UNSUPPORTED', 'resubmit', { cardLast4: '9999' }, 'THREE_DS_PENDING'],
  ['W9 W13', 'MAINLAND_CARD_QUICK_BINDING', 'PREPARING', 'submit', { bank: 'ICBC' }, 'SUBMITTED'],
  ['W9', 'MAINLAND_CARD_QUICK_BINDING', 'SUBMITTED', 'start_review', {}, 'MANUAL_REVIEW'],
  ['W9', 'MAINLAND_CARD_QUICK_BINDING', 'SUBMITTED', 'approve', {}, 'APPROVED'],
  ['W9', 'MAINLAND_CARD_QUICK_BINDING', 'MANUAL_REVIEW', 'approve', {}, 'APPROVED'],
  ['W13', 'MAINLAND_CARD_QUICK_BINDING', 'SUBMITTED', 'reject', { reasonCode: 'RESERVED_PHONE_MISMATCH' }, 'REJECTED'],
  ['W14', 'MAINLAND_CARD_QUICK_BINDING', 'MANUAL_REVIEW', 'reject', { reasonCode: 'QUICK_PAY_REFUSED' }, 'REJECTED'],
  ['W13', 'MAINLAND_CARD_QUICK_BINDING', 'REJECTED', 'resubmit', {}, 'SUBMITTED'],
  ['W15', 'MAINLAND_CARD_QUICK_BINDING', 'APPROVED', 'unbind', {}, 'CARD_UNBOUND'],
  ['W15', 'MAINLAND_CARD_QUICK_BINDING', 'CARD_UNBOUND', 'resubmit', {}, 'SUBMITTED'],
  ['W17 W18', 'DOCUMENT_UPDATE', 'PREPARING', 'submit', {}, 'MANUAL_REVIEW'],
  ['W17', 'DOCUMENT_UPDATE', 'MANUAL_REVIEW', 'approve', {}, 'APPROVED'],
  ['W17', 'DOCUMENT_UPDATE', 'MANUAL_REVIEW', 'reject', { reasonCode: 'PHOTO_UNCLEAR' }, 'REJECTED'],
  ['W17', 'DOCUMENT_UPDATE', 'REJECTED', 'resubmit', {}, 'MANUAL_REVIEW'],
  ['S0 W10', 'RESTRICTION_APPEAL_AGENT', 'PREPARING', 'request_agent', {}, 'AGENT_REQUESTED'],
  ['S0 W10', 'RESTRICTION_APPEAL_AGENT', 'STILL_RESTRICTED', 'request_agent', {}, 'AGENT_REQUESTED'],
  ['S0 W10', 'RESTRICTION_APPEAL_AGENT', 'AGENT_REQUESTED', 'receive_upload_link', {}, 'UPLOAD_LINK_RECEIVED'],
  ['S0 W10', 'RESTRICTION_APPEAL_AGENT', 'UPLOAD_LINK_RECEIVED', 'submit', {}, 'SUBMITTED'],
  ['S0', 'RESTRICTION_APPEAL_AGENT', 'SUBMITTED', 'start_review', {}, 'MANUAL_REVIEW'],
  ['S0 W10', 'RESTRICTION_APPEAL_AGENT', 'SUBMITTED', 'lift', {}, 'RESTRICTION_LIFTED'],
  ['S0 W10', 'RESTRICTION_APPEAL_AGENT', 'MANUAL_REVIEW', 'lift', {}, 'RESTRICTION_LIFTED'],
  [
    'W1 W10',
    'RESTRICTION_APPEAL_AGENT',
    'MANUAL_REVIEW',
    'reject',
    { reasonCode: 'OTHER', reasonText: 'x' },
    'STILL_RESTRICTED',
  ],
  [
    'W1 W10',
    'RESTRICTION_APPEAL_AGENT',
    'SUBMITTED',
    'reject',
    { reasonCode: 'OTHER', reasonText: 'x' },
    'STILL_RESTRICTED',
  ],
  ['W1', 'RESTRICTION_APPEAL_AGENT', 'STILL_RESTRICTED', 'resubmit', {}, 'SUBMITTED'],
  ['S2 S3', 'BANK_CARD_VERIFICATION', 'SUBMITTED', 'revoke', {}, 'PREPARING'],
  ['S2 S3', 'BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT', 'revoke', {}, 'PREPARING'],
  ['S3', 'BANK_CARD_VERIFICATION', 'MANUAL_REVIEW', 'revoke', {}, 'PREPARING'],
];

describe('the 2026 machines, transition by transition (issue 18)', () => {
  it.each(table)('%s %s: %s --%s--> %s', (_source, type, from, action, payload, to) => {
    expect(
      machines[type].transitions.some((candidate) => candidate.action === action && candidate.from.includes(from)),
    ).toBe(true);
    // A failed appeal's re-upload needs its 补传 window open.
    const result = step(snap(type, from, from === 'STILL_RESTRICTED' ? { retryAfter: at(24) } : {}), action, payload);
    expect(result.snapshot.state).toBe(to);
    expect(result.event).toMatchObject({ action, fromState: from, toState: to });
  });

  it('every transition of the new machines (and the bank card’s revoke) is in the table above', () => {
    const fresh: CaseType[] = [
      'PASSPORT_SCAN_VERIFICATION',
      'INTERNATIONAL_CARD_BINDING',
      'MAINLAND_CARD_QUICK_BINDING',
      'DOCUMENT_UPDATE',
      'RESTRICTION_APPEAL_AGENT',
    ];
    for (const type of fresh) {
      for (const transition of machines[type].transitions) {
        for (const from of transition.from) {
          expect([
            type,
            from,
            transition.action,
            table.some((row) => row[1] === type && row[2] === from && row[3] === transition.action),
          ]).toEqual([type, from, transition.action, true]);
        }
      }
    }
  });

  it('S3 S2 revoke starts a new attempt, clears the submission and asks for the payment password (advice)', () => {
    const result = step(snap('BANK_CARD_VERIFICATION', 'MANUAL_REVIEW', { lastReasonCode: 'UNDER_REVIEW' }), 'revoke');
    expect(result.snapshot).toMatchObject({ state: 'PREPARING', attempt: 2, submittedAt: null, lastReasonCode: null });
    const revoke = machines.BANK_CARD_VERIFICATION.transitions.find((candidate) => candidate.action === 'revoke');
    expect(revoke?.advice?.en).toContain('payment password');
    expect(revoke?.advice?.zh).toContain('支付密码');
  });
});

describe('guards of the 2026 machines', () => {
  it('W8 W11 NEW_CARD_NEEDED: an unsupported card is refused on a retry with the same card; another last 4 or network passes', () => {
    const unsupported = snap('INTERNATIONAL_CARD_BINDING', 'CARD_UNSUPPORTED', {
      cardLast4: '4242',
      cardNetwork: 'OTHER',
    });
    expect(applyAction(unsupported, 'resubmit', { cardLast4: '4242' }, at(1))).toMatchObject({
      ok: false,
      error: { code: 'NEW_CARD_NEEDED' },
    });
    expect(applyAction(unsupported, 'resubmit', {}, at(1))).toMatchObject({
      ok: false,
      error: { code: 'NEW_CARD_NEEDED' },
    });
    expect(step(unsupported, 'resubmit', { cardNetwork: 'VISA' }).snapshot.cardNetwork).toBe('VISA');
    expect(allowedActions('INTERNATIONAL_CARD_BINDING', 'CARD_UNSUPPORTED', { sameCard: true })).toEqual([]);
    expect(guards.NEW_CARD_NEEDED.source).toEqual(['W8', 'W11']);
  });

  it('W15 REBIND_COOLDOWN: the same card 24 h after unbinding, another card at once', () => {
    const bound = snap('MAINLAND_CARD_QUICK_BINDING', 'APPROVED', { bank: 'ICBC', cardLast4: '1111' });
    const unbound = step(bound, 'unbind', {}, t0).snapshot;
    expect(unbound.retryAfter).toEqual(at(24));
    expect(sameCardCooldown(unbound, at(23))).toEqual(at(24));
    expect(sameCardCooldown(unbound, at(24))).toBeNull();
    expect(applyAction(unbound, 'resubmit', { cardLast4: '1111' }, at(23))).toMatchObject({
      ok: false,
      error: { code: 'COOLDOWN_ACTIVE', retryAfter: at(24) },
    });
    expect(step(unbound, 'resubmit', { cardLast4: '1111' }, at(24)).snapshot.state).toBe('SUBMITTED');
    expect(step(unbound, 'resubmit', { cardLast4: '2222' }, at(1)).snapshot.state).toBe('SUBMITTED');
    expect(
      allowedActions('MAINLAND_CARD_QUICK_BINDING', 'CARD_UNBOUND', { now: at(2), retryAfter: at(24), sameCard: true }),
    ).toEqual([]);
  });

  it('W1 W10 REUPLOAD_WINDOW: a failed appeal with a 补传 link may be re-uploaded for 24 h from the email; without a link, ask an agent again', () => {
    const review = snap('RESTRICTION_APPEAL_AGENT', 'MANUAL_REVIEW');
    const withLink = step(
      review,
      'reject',
      { reasonCode: 'OTHER', reasonText: 'blurred', reuploadOffered: true, receivedAt: at(1) },
      at(2),
    ).snapshot;
    expect(withLink.retryAfter).toEqual(at(25));
    expect(step(withLink, 'resubmit', {}, at(24)).snapshot.state).toBe('SUBMITTED');
    expect(applyAction(withLink, 'resubmit', {}, at(25))).toMatchObject({
      ok: false,
      error: { code: 'REUPLOAD_WINDOW_CLOSED' },
    });
    expect(
      allowedActions('RESTRICTION_APPEAL_AGENT', 'STILL_RESTRICTED', { now: at(26), retryAfter: withLink.retryAfter }),
    ).toEqual(['request_agent']);
    const noLink = step(review, 'reject', { reasonCode: 'OTHER', reasonText: 'blurred' }, at(2)).snapshot;
    expect(noLink.retryAfter).toBeNull();
    expect(applyAction(noLink, 'resubmit', {}, at(3))).toMatchObject({
      ok: false,
      error: { code: 'REUPLOAD_WINDOW_CLOSED', closedAt: null },
    });
  });

  it('W8 W21 issuer declines are counted per card; another card starts again; the second decline says switch cards', () => {
    let current = step(snap('INTERNATIONAL_CARD_BINDING', 'PREPARING'), 'submit', {
      cardNetwork: 'VISA',
      cardLast4: '4242',
      cardIssuingCountry: 'gb',
    }).snapshot;
    expect(current).toMatchObject({ cardNetwork: 'VISA', cardIssuingCountry: 'GB', cardLast4: '4242' });
    current = step(current, 'issuer_decline').snapshot;
    expect(current.cardDeclines).toBe(1);
    expect(nextSteps(current, at(2))[0]?.text.en).toContain('try once more');
    current = step(step(current, 'resubmit', { cardLast4: '4242' }).snapshot, 'issuer_decline').snapshot;
    expect(current.cardDeclines).toBe(DECLINES_BEFORE_SWITCH);
    const advice = nextSteps(current, at(3));
    expect(advice[0]?.text.en).toMatch(/^Switch cards/);
    expect(advice[0]?.text.zh).toMatch(/^换卡/);
    expect(advice[0]?.button?.pinyin).toBe('tiānjiā yínhángkǎ');
    expect(advice[0]?.source).toEqual(['W8', 'W21']);
    const other = step(current, 'resubmit', { cardLast4: '5555' }).snapshot;
    expect(other.cardDeclines).toBeUndefined();
    expect(applyAction(current, 'submit', { cardIssuingCountry: 'GBR' }, at(4))).toMatchObject({ ok: false });
    expect(
      applyAction(snap('INTERNATIONAL_CARD_BINDING', 'PREPARING'), 'submit', { cardIssuingCountry: 'GBR' }, at(4)),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', field: 'cardIssuingCountry' },
    });
  });
});

describe('deadlines of the 2026 machines', () => {
  const kinds = (snapshot: CaseSnapshot, events: CaseEventRecord[] = [], now = at(0)) =>
    deadlinesFor(snapshot, events, defaultPolicy, now).map((deadline) => [
      deadline.kind,
      deadline.dueAt.toISOString(),
      deadline.audience,
    ]);

  it('W12 SCAN_LOCKED: SCAN_LOCK_LIFTS 3 hours after the lock, to the client too', () => {
    expect(kinds(snap('PASSPORT_SCAN_VERIFICATION', 'SCAN_LOCKED'))).toEqual([
      ['SCAN_LOCK_LIFTS', at(3).toISOString(), 'both'],
    ]);
    const lock = deadlinesFor(snap('PASSPORT_SCAN_VERIFICATION', 'SCAN_LOCKED'), [], defaultPolicy, t0)[0];
    expect(lock?.reason.en).toContain('Do not reinstall');
    expect(lock?.source).toEqual(['W12']);
    // Recorded an hour after the lock-out message arrived: the lock lifts 3 hours after the message.
    const recordedLate: CaseEventRecord = {
      action: 'lock_out',
      fromState: 'PREPARING',
      toState: 'SCAN_LOCKED',
      at: at(1),
      attempt: 1,
      receivedAt: t0,
    };
    expect(kinds(snap('PASSPORT_SCAN_VERIFICATION', 'SCAN_LOCKED', { stateEnteredAt: at(1) }), [recordedLate])).toEqual(
      [['SCAN_LOCK_LIFTS', at(3).toISOString(), 'both']],
    );
  });

  it('W7 the passport scan review is due 2 working days after submission', () => {
    expect(kinds(snap('PASSPORT_SCAN_VERIFICATION', 'MANUAL_REVIEW'))).toEqual([
      ['REVIEW_DUE', '2026-12-04T02:00:00.000Z', 'helper'],
    ]);
  });

  it('W9 W17 quick binding and document update: review due 24 hours after submission', () => {
    expect(kinds(snap('MAINLAND_CARD_QUICK_BINDING', 'SUBMITTED'))).toEqual([
      ['REVIEW_DUE', at(24).toISOString(), 'helper'],
    ]);
    expect(kinds(snap('DOCUMENT_UPDATE', 'MANUAL_REVIEW'))).toEqual([['REVIEW_DUE', at(24).toISOString(), 'helper']]);
  });

  it('W15 CARD_UNBOUND: REBIND_ALLOWED when the 24 hours are over', () => {
    expect(kinds(snap('MAINLAND_CARD_QUICK_BINDING', 'CARD_UNBOUND', { retryAfter: at(24) }))).toEqual([
      ['REBIND_ALLOWED', at(24).toISOString(), 'both'],
    ]);
  });

  it('S0 W10 the agent appeal: "probably decided, check Restrictions" a day after the upload; W1 the 补传 window', () => {
    const due = deadlinesFor(snap('RESTRICTION_APPEAL_AGENT', 'SUBMITTED'), [], defaultPolicy, t0);
    expect(due.map((deadline) => [deadline.kind, deadline.dueAt.toISOString(), deadline.audience])).toEqual([
      ['REVIEW_DUE', at(24).toISOString(), 'both'],
    ]);
    expect(due[0]?.reason.en).toContain('No current account security issues');
    const rejection: CaseEventRecord = {
      action: 'reject',
      fromState: 'MANUAL_REVIEW',
      toState: 'STILL_RESTRICTED',
      at: at(2),
      attempt: 1,
      reasonCode: 'OTHER',
      reuploadOffered: true,
    };
    expect(kinds(snap('RESTRICTION_APPEAL_AGENT', 'STILL_RESTRICTED'), [rejection])).toEqual([
      ['REUPLOAD_WINDOW_CLOSES', at(26).toISOString(), 'both'],
    ]);
    expect(
      kinds(snap('RESTRICTION_APPEAL_AGENT', 'RESTRICTION_LIFTED', { passportExpiry: new Date('2027-01-01') })),
    ).toEqual([]);
  });

  it('W international card states wait for no review', () => {
    for (const state of machines.INTERNATIONAL_CARD_BINDING.states) {
      expect(kinds(snap('INTERNATIONAL_CARD_BINDING', state)).filter(([kind]) => kind === 'REVIEW_DUE')).toEqual([]);
    }
  });
});

describe('account tiers (W20 W7 W11 W9)', () => {
  it.each([
    ['S2', 'BANK_CARD_VERIFICATION', false, 'MAINLAND_CARD_BOUND'],
    ['W9', 'MAINLAND_CARD_QUICK_BINDING', false, 'MAINLAND_CARD_BOUND'],
    ['W11', 'INTERNATIONAL_CARD_BINDING', false, 'INTERNATIONAL_CARD_BOUND'],
    ['W7', 'PASSPORT_SCAN_VERIFICATION', false, 'PASSPORT_VERIFIED'],
    ['W7', 'PASSPORT_SCAN_VERIFICATION', true, 'FACE_VERIFIED'],
    ['W', 'APP_PASSPORT_VERIFICATION', false, 'PASSPORT_VERIFIED'],
    ['S0', 'RESTRICTION_APPEAL', false, null],
    ['S0', 'RESTRICTION_APPEAL_AGENT', false, null],
    ['W17', 'DOCUMENT_UPDATE', false, null],
  ] as const)('%s approving %s (face %s) gives %s', (_source, type, face, tier) => {
    expect(tierFromApproval(type, face)).toBe(tier);
  });

  it('W an approval never lowers the tier; unknown values read as UNVERIFIED', () => {
    expect(higherTier('MAINLAND_CARD_BOUND', 'PASSPORT_VERIFIED')).toBe('MAINLAND_CARD_BOUND');
    expect(higherTier('UNVERIFIED', 'INTERNATIONAL_CARD_BOUND')).toBe('INTERNATIONAL_CARD_BOUND');
    expect(higherTier('nonsense', null)).toBe('UNVERIFIED');
    expect(accountTiers[0]).toBe('UNVERIFIED');
  });

  it('W17 W18 a document update is offered 60 days before the passport expires, and after, unless one is open', () => {
    const today = new Date('2026-12-02T00:00:00Z');
    expect(offerDocumentUpdate(new Date('2027-01-30'), today, false)).toBe(true);
    expect(offerDocumentUpdate(new Date('2027-02-01'), today, false)).toBe(false);
    expect(offerDocumentUpdate(new Date('2026-01-01'), today, false)).toBe(true);
    expect(offerDocumentUpdate(new Date('2027-01-01'), today, true)).toBe(false);
    expect(offerDocumentUpdate(null, today, false)).toBe(false);
  });
});

describe('action names in the machine’s own words (issue 18)', () => {
  it.each([
    ['INTERNATIONAL_CARD_BINDING', 'resubmit', 'ISSUER_DECLINED', 'Try a card again', '重新绑卡'],
    ['INTERNATIONAL_CARD_BINDING', 'resubmit', 'CARD_UNSUPPORTED', 'Try another card', '换卡重新绑定'],
    // Two wordings and no state to choose between them: the generic name.
    ['INTERNATIONAL_CARD_BINDING', 'resubmit', null, 'Resubmit', '重新提交'],
    ['INTERNATIONAL_CARD_BINDING', 'approve', null, 'Card bound', '绑卡成功'],
    ['PASSPORT_SCAN_VERIFICATION', 'resubmit', 'REJECTED', 'Scan again', '重新扫描'],
    ['RESTRICTION_APPEAL_AGENT', 'resubmit', 'STILL_RESTRICTED', 'Re-uploaded (补传)', '已补传'],
    ['BANK_CARD_VERIFICATION', 'resubmit', 'REJECTED', 'Resubmit', '重新提交'],
    [undefined, 'approve', null, caseActionLabels.approve.en, caseActionLabels.approve.zh],
  ] as const)('%s %s from %s is “%s”', (type, action, from, en, zh) => {
    expect(actionLabel(type, action, from)).toEqual({ en, zh });
  });
});
