import fc from 'fast-check';
import { type CaseAction, caseActions, caseTypes } from './cases';
import { checkApplication } from './checks';
import * as domain from './index';
import { interpretAlipayMessage } from './interpreter';
import { applyAction } from './apply-action';
import { allowedActions, type CaseSnapshot, initialSnapshot, machines, parseDepositAmount } from './machines';
import { deadlinesFor, defaultPolicy } from './deadlines';
import { nameVariants } from './names';

const anything = fc.anything({
  withDate: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withObjectString: true,
  withBigInt: true,
});
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.lorem());
const date = fc.date({ noInvalidDate: false });
const caseType = fc.constantFrom(...caseTypes);

/** Objects shaped like the real inputs, with wrong values in any field. */
const snapshotLike = fc.record(
  {
    type: fc.oneof(caseType, anything),
    state: fc.oneof(fc.constantFrom(...domain.caseStates), anything),
    stateEnteredAt: fc.oneof(date, anything),
    attempt: fc.oneof(fc.integer(), anything),
    submittedAt: fc.oneof(date, anything),
    bank: fc.oneof(fc.constantFrom(...domain.bankCodes), anything),
    cardLast4: fc.oneof(fc.stringMatching(/^\d{4}$/), anything),
    retryAfter: fc.oneof(date, anything),
    lastReasonCode: fc.oneof(fc.constantFrom(...domain.reasonCodes), anything),
    passportExpiry: fc.oneof(date, anything),
    visaExpiry: fc.oneof(date, anything),
  },
  { requiredKeys: [] },
);
const payloadLike = fc.oneof(
  anything,
  fc.record(
    {
      bank: fc.oneof(fc.constantFrom(...domain.bankCodes), anything),
      cardLast4: fc.oneof(fc.stringMatching(/^\d{4}$/), anything),
      amount: fc.oneof(fc.double(), text, anything),
      reasonCode: fc.oneof(fc.constantFrom(...domain.reasonCodes), anything),
      reasonText: fc.oneof(text, anything),
      originalMessage: fc.oneof(text, anything),
      retryAfter: fc.oneof(date, anything),
      retryAfterDays: fc.oneof(fc.integer({ min: -5, max: 400 }), anything),
      receivedAt: fc.oneof(date, anything),
      reuploadOffered: fc.oneof(fc.boolean(), anything),
    },
    { requiredKeys: [] },
  ),
);
const applicationLike = fc.record(
  {
    caseType: fc.oneof(caseType, anything),
    name: fc.oneof(text, anything),
    bankName: fc.oneof(text, anything),
    bank: fc.oneof(fc.constantFrom(...domain.bankCodes), anything),
    cardIssuedIn: fc.oneof(text, anything),
    cardKind: fc.oneof(fc.constantFrom('DEBIT', 'CREDIT', 'PASSBOOK'), anything),
    accountKind: fc.oneof(fc.constantFrom('CURRENT', 'TIME'), anything),
    passportNumber: fc.oneof(text, anything),
    passportExpiry: fc.oneof(date, anything),
    visaType: fc.oneof(text, anything),
    visaExpiry: fc.oneof(date, anything),
    phone: fc.oneof(text, fc.stringMatching(/^\+?[0-9-]{0,25}$/), anything),
    birthDate: fc.oneof(date, anything),
    documents: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...domain.documentKinds), anything)), anything),
  },
  { requiredKeys: [] },
);
const policyLike = fc.oneof(
  anything,
  fc.record(
    {
      timeZone: fc.oneof(fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/Sao_Paulo'), text),
      depositExpected: fc.oneof(
        fc.record({ amount: fc.double(), unit: fc.constantFrom('hours', 'days', 'workingDays') }),
        anything,
      ),
      depositChaseEvery: fc.oneof(
        fc.record({ amount: fc.integer({ min: -2, max: 40 }), unit: fc.constantFrom('hours', 'days', 'workingDays') }),
        anything,
      ),
      depositChaseLimit: fc.oneof(fc.integer({ min: -1, max: 120 }), anything),
      reuploadWindow: fc.oneof(fc.record({ amount: fc.double(), unit: text }), anything),
    },
    { requiredKeys: [] },
  ),
);
const eventsLike = fc.oneof(
  anything,
  fc.array(
    fc.record(
      {
        action: fc.oneof(fc.constantFrom(...caseActions), anything),
        at: fc.oneof(date, anything),
        attempt: fc.oneof(fc.integer({ min: 0, max: 3 }), anything),
        reasonCode: fc.oneof(fc.constantFrom(...domain.reasonCodes), anything),
        retryAfter: fc.oneof(date, anything),
        receivedAt: fc.oneof(date, anything),
        reuploadOffered: fc.oneof(fc.boolean(), anything),
      },
      { requiredKeys: [] },
    ),
  ),
);

describe('no export throws, whatever it is given (W)', () => {
  it('W every exported function, called with arbitrary values', () => {
    const functions = Object.entries(domain as Record<string, unknown>).filter(
      (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function',
    );
    expect(functions.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 4 }), (args) => {
        for (const [, fn] of functions) fn(...args);
      }),
      { numRuns: 300 },
    );
  });

  it('W interpretAlipayMessage with any text and options', () => {
    fc.assert(
      fc.property(text, fc.oneof(anything, fc.record({ receivedAt: date, timeZone: text })), (input, options) => {
        const found = interpretAlipayMessage(input, options as never);
        for (const item of found) {
          expect(input).toContain(item.matchedText);
          expect(item.matchedText).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('W checkApplication with application-shaped objects', () => {
    fc.assert(
      fc.property(applicationLike, fc.oneof(date, anything), fc.oneof(text, anything), (input, asOf, zone) => {
        for (const finding of checkApplication(input as never, asOf as Date, zone as string)) {
          expect(['block', 'warn', 'info']).toContain(finding.severity);
          expect(finding.source.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('W applyAction, allowedActions, deadlinesFor and nextSteps with snapshot-shaped objects', () => {
    fc.assert(
      fc.property(
        snapshotLike,
        fc.oneof(fc.constantFrom(...caseActions), anything),
        payloadLike,
        fc.oneof(date, anything),
        eventsLike,
        policyLike,
        (snapshot, action, payload, now, events, policy) => {
          const result = applyAction(snapshot as never, action as never, payload as never, now as Date);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok)
            expect(['ILLEGAL_TRANSITION', 'COOLDOWN_ACTIVE', 'INVALID_PAYLOAD']).toContain(result.error.code);
          allowedActions((snapshot as CaseSnapshot).type, (snapshot as CaseSnapshot).state, {
            now: now as Date,
            retryAfter: (snapshot as CaseSnapshot).retryAfter ?? null,
            sameCard: true,
          });
          const deadlines = deadlinesFor(snapshot as never, events as never, policy as never, now as Date);
          for (let index = 0; index < deadlines.length; index += 1) {
            const deadline = deadlines[index];
            expect(Number.isFinite(deadline?.dueAt.getTime())).toBe(true);
            if (index > 0)
              expect(deadline?.dueAt.getTime()).toBeGreaterThanOrEqual(deadlines[index - 1]?.dueAt.getTime() ?? 0);
          }
          domain.nextSteps(snapshot as never, now as Date);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('interpreter properties (S2, S3)', () => {
  const fullWidth: Record<string, string> = { ',': '，', '(': '（', ')': '）', ':': '：', '.': '。' };
  const words = fc
    .array(
      fc.constantFrom(
        'hello',
        'please',
        'help',
        'thanks',
        'I',
        'got',
        'this',
        'message',
        'today',
        '!',
        '?',
        '\n',
        '  ',
      ),
      { maxLength: 12 },
    )
    .map((list) => list.join(' '));

  it('S2 M1 with any N, any real date, any punctuation width, spacing and noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 365 }),
        fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        fc.array(fc.constantFrom('', '', '', ' ', '\n', '　'), { minLength: 80, maxLength: 80 }),
        words,
        words,
        (days, day, widths, gaps, before, after) => {
          const y = day.getUTCFullYear();
          const m = String(day.getUTCMonth() + 1).padStart(2, '0');
          const d = String(day.getUTCDate()).padStart(2, '0');
          const message = `你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证${days}天后(${y}年${m}月${d}日)使用原银行卡重新认证, 撤销本次认证。`;
          const varied = [...message]
            .map((char, index) => (widths[index] ? (fullWidth[char] ?? char) : char) + (gaps[index] ?? ''))
            .join('');
          const found = interpretAlipayMessage(`${before}\n${varied}\n${after}`);
          expect(found.map((item) => item.code)).toEqual(['CARD_CHECK_FAILED']);
          expect(found[0]?.retryAfterDays).toBe(days);
          expect(found[0]?.retryAfter).toEqual(new Date(`${y}-${m}-${d}T00:00:00+08:00`));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('S3 M6 gives dueAt = receivedAt + N days for any N', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (days, receivedAt) => {
          const [found] = interpretAlipayMessage(`支付宝客服将在${days}天内为你审核。`, { receivedAt });
          // Beijing has had no DST since 1991, so N calendar days are N × 24 hours.
          expect(found?.dueAt?.getTime()).toBe(receivedAt.getTime() + days * 86400000);
        },
      ),
    );
  });

  it('W text without Chinese and without the English key phrases is never an error', () => {
    fc.assert(
      fc.property(fc.lorem({ maxCount: 30 }), (input) => {
        expect(interpretAlipayMessage(input)).toEqual([]);
      }),
    );
  });
});

describe('machine properties (S2, S3, S4)', () => {
  const payloads: Record<CaseAction, object> = {
    submit: { cardLast4: '1111' },
    await_deposit: {},
    confirm_deposit: { amount: '0.0974' },
    start_review: {},
    approve: {},
    reject: { reasonCode: 'CARD_CHECK_FAILED', retryAfterDays: 5, reuploadOffered: true },
    resubmit: { cardLast4: '2222' },
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

  it('S2 any sequence of actions: states stay in the machine, exactly the allowed actions succeed (cooldown included), APPROVED is final', () => {
    fc.assert(
      fc.property(caseType, fc.array(fc.constantFrom(...caseActions), { maxLength: 25 }), (type, actions) => {
        let current: CaseSnapshot = initialSnapshot(type, new Date('2015-01-01T00:00:00Z'));
        let at = current.stateEnteredAt.getTime();
        for (const action of actions) {
          at += 86400000;
          // The resubmit payload always names card 2222: the same card when the case already has it.
          const allowed = allowedActions(current.type, current.state, {
            now: new Date(at),
            retryAfter: current.retryAfter ?? null,
            sameCard: current.cardLast4 === '2222',
          });
          const result = applyAction(current, action, payloads[action], new Date(at));
          expect(result.ok).toBe(allowed.includes(action));
          if (result.ok) {
            expect(machines[type].states).toContain(result.snapshot.state);
            expect(result.snapshot.attempt).toBeGreaterThanOrEqual(current.attempt);
            expect(result.event.toState).toBe(result.snapshot.state);
            expect(JSON.parse(JSON.stringify(result.event)).action).toBe(action);
            current = result.snapshot;
          }
        }
        // Final states end the case; a quick-bound card may only be unbound (W15).
        if (machines[type].finalStates.includes(current.state)) {
          expect(allowedActions(current.type, current.state)).toEqual(
            type === 'MAINLAND_CARD_QUICK_BINDING' ? ['unbind'] : [],
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each(caseTypes.map((type) => [type]))(
    'W %s: every state is reachable from the initial one, and every non-final state has a way out',
    (type) => {
      const machine = machines[type];
      const reached = new Set<string>([machine.initial]);
      for (let grew = true; grew;) {
        grew = false;
        for (const transition of machine.transitions) {
          if (transition.from.some((from) => reached.has(from)) && !reached.has(transition.to)) {
            reached.add(transition.to);
            grew = true;
          }
        }
      }
      expect([...machine.states].filter((state) => !reached.has(state))).toEqual([]);
      const stuck = machine.states.filter(
        (state) =>
          !machine.finalStates.includes(state) &&
          !machine.transitions.some((transition) => transition.from.includes(state) && transition.to !== state),
      );
      expect(stuck).toEqual([]);
      // …and from every state a final one can still be reached.
      const canFinish = new Set<string>(machine.finalStates);
      for (let grew = true; grew;) {
        grew = false;
        for (const transition of machine.transitions) {
          if (canFinish.has(transition.to)) {
            for (const from of transition.from) {
              if (!canFinish.has(from)) {
                canFinish.add(from);
                grew = true;
              }
            }
          }
        }
      }
      expect(machine.states.filter((state) => !canFinish.has(state))).toEqual([]);
    },
  );

  it('S2 every amount 0.0001–0.9999 with up to 4 decimals is accepted; 5 decimals are refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), (tenThousandths, fifth) => {
        const amount = `0.${String(tenThousandths).padStart(4, '0')}`;
        expect(parseDepositAmount(amount)).toBe(amount);
        expect(parseDepositAmount(`${amount}${fifth}`)).toBeNull();
        expect(parseDepositAmount(`1${amount.slice(1)}`)).toBeNull();
      }),
    );
  });
});

describe('deadline and name properties', () => {
  it('S2 a bank-card case waiting for the deposit always has a deposit deadline after submission, on a weekday', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (submittedAt) => {
          const snapshot: CaseSnapshot = {
            type: 'BANK_CARD_VERIFICATION',
            state: 'AWAITING_DEPOSIT',
            stateEnteredAt: submittedAt,
            attempt: 1,
            submittedAt,
          };
          const [expected, overdue] = deadlinesFor(snapshot, [], defaultPolicy, submittedAt);
          expect(expected?.kind).toBe('DEPOSIT_EXPECTED');
          expect(expected?.dueAt.getTime()).toBeGreaterThan(submittedAt.getTime());
          const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(
            expected?.dueAt,
          );
          expect(['Sat', 'Sun']).not.toContain(weekday);
          expect(overdue?.kind).toBe('DEPOSIT_OVERDUE');
        },
      ),
    );
  });

  it('S2 name variants start with the tidied name and never repeat', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z' ]{0,40}$/)), (name) => {
        const variants = nameVariants(name);
        expect(new Set(variants).size).toBe(variants.length);
        const tidied = name.normalize('NFC').replace(/\s+/g, ' ').trim();
        if (tidied !== '') expect(variants[0]).toBe(tidied);
      }),
    );
  });
});
