import { caseStates, caseTypes } from './cases';
import { type Bilingual, isRecord, isUsableDate, oneOf, type Result, type SourceTag } from './common';
import type { CaseAction } from './cases';
import { type CaseEventRecord, type CaseSnapshot, machines } from './machine-table';
import {
  addDuration,
  ALIPAY_TIME_ZONE,
  type Duration,
  formatLocalDate,
  isValidTimeZone,
  startOfLocalDay,
} from './time';

export type DeadlineKind =
  | 'DEPOSIT_EXPECTED'
  | 'DEPOSIT_OVERDUE'
  | 'REVIEW_DUE'
  | 'RETRY_ALLOWED'
  | 'REUPLOAD_WINDOW_CLOSES'
  | 'DOCUMENT_EXPIRING';

export type Audience = 'helper' | 'client' | 'both';

export type Deadline = {
  kind: DeadlineKind;
  dueAt: Date;
  audience: Audience;
  reason: Bilingual;
  /** Stable across recomputation (attempt, ordinal, document), for idempotent reminders. */
  key: string;
  source: SourceTag[];
};

/** An organization's deadline durations; every field may be overridden. */
export type Policy = {
  /** IANA zone in which days and working days are counted. */
  timeZone: string;
  depositExpected: Duration;
  depositChaseEvery: Duration;
  /** How many overdue chases at most. */
  depositChaseLimit: number;
  bankReviewDue: Duration;
  appealReviewDue: Duration;
  passportReviewDue: Duration;
  reuploadWindow: Duration;
  documentExpiryWarning: Duration;
};

type DurationKey = Exclude<keyof Policy, 'timeZone' | 'depositChaseLimit'>;
const durationKeys: readonly DurationKey[] = [
  'depositExpected',
  'depositChaseEvery',
  'bankReviewDue',
  'appealReviewDue',
  'passportReviewDue',
  'reuploadWindow',
  'documentExpiryWarning',
];

/** The durations the sources give (see `policySources`). */
export const defaultPolicy: Readonly<Policy> = {
  timeZone: ALIPAY_TIME_ZONE,
  depositExpected: { amount: 2, unit: 'workingDays' },
  depositChaseEvery: { amount: 2, unit: 'workingDays' },
  depositChaseLimit: 10,
  bankReviewDue: { amount: 2, unit: 'days' },
  appealReviewDue: { amount: 1, unit: 'days' },
  passportReviewDue: { amount: 2, unit: 'workingDays' },
  reuploadWindow: { amount: 24, unit: 'hours' },
  documentExpiryWarning: { amount: 30, unit: 'days' },
};

/** Why each default is what it is. */
export const policySources: Readonly<Record<keyof Policy, { note: Bilingual; source: SourceTag[] }>> = {
  timeZone: { note: { en: 'Alipay works in Beijing time.', zh: '支付宝使用北京时间。' }, source: ['S2'] },
  depositExpected: {
    note: {
      en: 'Official 1–2 days; a reader counted "3 working days … should have been 1-2 days max". A bank transfer moves on working days.',
      zh: '官方称 1–2 天；有读者按“3 个工作日”计算。银行转账按工作日处理。',
    },
    source: ['S2', 'S3', 'S4'],
  },
  depositChaseEvery: {
    note: { en: 'Waits of 3, 4, 5 working days and ~3 weeks were reported.', zh: '有报告等待 3、4、5 个工作日，甚至约 3 周。' },
    source: ['S2'],
  },
  depositChaseLimit: {
    note: { en: 'Ten chases every 2 working days cover the ~3-week wait seen at Bank of China.', zh: '每 2 个工作日追踪一次，共 10 次，覆盖中国银行约 3 周的等待。' },
    source: ['S2'],
  },
  bankReviewDue: {
    note: { en: '"支付宝客服将在2天内为你审核" (S3); within two days (S2, S4); S1 says 24 hours.', zh: '“支付宝客服将在2天内为你审核”（S3）；S2、S4 称两天内；S1 称 24 小时。' },
    source: ['S1', 'S2', 'S3', 'S4'],
  },
  appealReviewDue: {
    note: { en: 'Lifted after ~12 hours (S0); a 2022 case the day after (W).', zh: '约 12 小时后解除（S0）；2022 年的案例次日解除（W）。' },
    source: ['S0', 'W'],
  },
  passportReviewDue: {
    note: { en: 'Guides say allow 1–2 business days.', zh: '指南称需 1–2 个工作日。' },
    source: ['W'],
  },
  reuploadWindow: {
    note: { en: 'A 补传 (re-upload) link must be used within 24 hours.', zh: '补传链接须在 24 小时内使用。' },
    source: ['W'],
  },
  documentExpiryWarning: {
    note: { en: 'A friend said documents need at least 30 days of validity; customer service said any valid document works.', zh: '有人称证件须有至少 30 天有效期；客服称有效即可。' },
    source: ['S2'],
  },
};

export type PolicyError = { code: 'INVALID_POLICY'; message: string; field: string };

function isDuration(value: unknown, allowZero: boolean): value is Duration {
  if (!isRecord(value)) return false;
  const { amount, unit } = value;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > 3650) return false;
  if (!allowZero && amount === 0) return false;
  if (unit === 'hours') return true;
  return (unit === 'days' || unit === 'workingDays') && Number.isInteger(amount);
}

const isChaseLimit = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;

/**
 * Validate an organization's overrides and merge them over `defaultPolicy`. For the API to refuse bad
 * settings; `deadlinesFor` itself quietly falls back to the default for any invalid field.
 */
export function validatePolicy(overrides: unknown): Result<{ policy: Policy }, PolicyError> {
  if (overrides === undefined || overrides === null) return { ok: true, policy: { ...defaultPolicy } };
  if (!isRecord(overrides)) return { ok: false, error: { code: 'INVALID_POLICY', message: 'policy must be an object', field: 'policy' } };
  const policy: Policy = { ...defaultPolicy };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (key === 'timeZone') {
      if (!isValidTimeZone(value)) return { ok: false, error: { code: 'INVALID_POLICY', message: 'timeZone must be an IANA time zone', field: key } };
      policy.timeZone = value;
    } else if (key === 'depositChaseLimit') {
      if (!isChaseLimit(value)) return { ok: false, error: { code: 'INVALID_POLICY', message: 'depositChaseLimit must be a whole number 0–100', field: key } };
      policy.depositChaseLimit = value;
    } else if (oneOf(durationKeys, key)) {
      if (!isDuration(value, key !== 'depositChaseEvery')) {
        return {
          ok: false,
          error: { code: 'INVALID_POLICY', message: `${key} must be { amount, unit: hours | days | workingDays } with 0 ≤ amount ≤ 3650 (whole days; chases > 0)`, field: key },
        };
      }
      policy[key] = { amount: value.amount, unit: value.unit };
    } else {
      return { ok: false, error: { code: 'INVALID_POLICY', message: `unknown policy field ${key}`, field: key } };
    }
  }
  return { ok: true, policy };
}

function resolvePolicy(input: unknown): Policy {
  const given: Record<string, unknown> = isRecord(input) ? input : {};
  const policy: Policy = { ...defaultPolicy };
  if (isValidTimeZone(given['timeZone'])) policy.timeZone = given['timeZone'];
  if (isChaseLimit(given['depositChaseLimit'])) policy.depositChaseLimit = given['depositChaseLimit'];
  for (const key of durationKeys) {
    const value = given[key];
    if (isDuration(value, key !== 'depositChaseEvery')) policy[key] = value;
  }
  return policy;
}

const MS_PER_DAY = 86400000;

/**
 * The deadlines of a case now: every deadline of its current state, past ones included (compare dueAt
 * with `now`), except DEPOSIT_OVERDUE, which is the next chase after `now` — call again after it fires.
 * DEPOSIT_* count working days by default (see README). Never throws; unknown input gives [].
 */
export function deadlinesFor(snapshot: CaseSnapshot, events: CaseEventRecord[], policy: Policy, now: Date): Deadline[] {
  if (!isRecord(snapshot)) return [];
  const { type, state } = snapshot;
  if (!oneOf(caseTypes, type) || !oneOf(caseStates, state) || !machines[type].states.includes(state)) return [];
  const rules = resolvePolicy(policy);
  const zone = rules.timeZone;
  const attempt = typeof snapshot.attempt === 'number' && Number.isInteger(snapshot.attempt) ? snapshot.attempt : 1;
  const history = (Array.isArray(events) ? events : []).filter(
    (event): event is CaseEventRecord =>
      isRecord(event) && isUsableDate(event['at']) && (event['attempt'] === undefined || event['attempt'] === attempt),
  );
  const latest = (actions: CaseAction[]): CaseEventRecord | undefined =>
    history
      .filter((event) => actions.includes(event.action))
      .reduce<CaseEventRecord | undefined>((last, event) => (last && last.at >= event.at ? last : event), undefined);
  const entered = isUsableDate(snapshot.stateEnteredAt) ? snapshot.stateEnteredAt : null;
  const submittedAt =
    latest(['submit', 'resubmit'])?.at ?? (isUsableDate(snapshot.submittedAt) ? snapshot.submittedAt : entered);
  const day = (date: Date) => formatLocalDate(date, zone);
  const deadlines: Deadline[] = [];
  const push = (deadline: Deadline | null) => {
    if (deadline) deadlines.push(deadline);
  };
  const after = (start: Date | null, duration: Duration) => (start ? addDuration(start, duration, zone) : null);

  if (type === 'BANK_CARD_VERIFICATION' && (state === 'SUBMITTED' || state === 'AWAITING_DEPOSIT')) {
    const expected = after(submittedAt, rules.depositExpected);
    if (expected) {
      push({
        kind: 'DEPOSIT_EXPECTED',
        dueAt: expected,
        audience: 'both',
        reason: {
          en: `The deposit under RMB 1 should have reached the card by ${day(expected)} (officially 1–2 days). Check the bank SMS, an ATM or the counter.`,
          zh: `不足 1 元的打款应在 ${day(expected)} 前到账（官方称 1–2 天）。请查看银行短信、ATM 或柜台。`,
        },
        key: `DEPOSIT_EXPECTED:${attempt}`,
        source: ['S2', 'S3', 'S4'],
      });
      if (isUsableDate(now)) {
        const every = rules.depositChaseEvery;
        for (let chase = 1; chase <= rules.depositChaseLimit; chase += 1) {
          const dueAt = addDuration(expected, { amount: every.amount * chase, unit: every.unit }, zone);
          if (!dueAt) break;
          if (dueAt.getTime() <= now.getTime()) continue;
          const waited = Math.round((dueAt.getTime() - expected.getTime()) / MS_PER_DAY);
          push({
            kind: 'DEPOSIT_OVERDUE',
            dueAt,
            audience: 'helper',
            reason: {
              en: `Deposit still not seen ${waited} days after it was expected (chase ${chase} of ${rules.depositChaseLimit}). Waits of 3–5 working days and once ~3 weeks were reported; ask the client to check the bank, or call 95188.`,
              zh: `预计到账后 ${waited} 天仍未见打款（第 ${chase}/${rules.depositChaseLimit} 次追踪）。曾有等待 3–5 个工作日、甚至约 3 周的情况；请客户查询银行，或致电 95188。`,
            },
            key: `DEPOSIT_OVERDUE:${attempt}:${chase}`,
            source: ['S2'],
          });
          break;
        }
      }
    }
  }

  const review =
    type === 'BANK_CARD_VERIFICATION'
      ? state === 'MANUAL_REVIEW'
        ? { from: latest(['confirm_deposit'])?.at ?? entered, duration: rules.bankReviewDue, source: ['S1', 'S2', 'S3', 'S4'] as SourceTag[] }
        : null
      : state === 'SUBMITTED' || state === 'MANUAL_REVIEW'
        ? type === 'RESTRICTION_APPEAL'
          ? { from: submittedAt, duration: rules.appealReviewDue, source: ['S0', 'W'] as SourceTag[] }
          : { from: submittedAt, duration: rules.passportReviewDue, source: ['W'] as SourceTag[] }
        : null;
  const reviewDue = review ? after(review.from, review.duration) : null;
  if (review && reviewDue) {
    push({
      kind: 'REVIEW_DUE',
      dueAt: reviewDue,
      audience: 'helper',
      reason: {
        en: `Alipay's review should be finished by ${day(reviewDue)}; if not, ask the client to check the result, then chase customer service.`,
        zh: `支付宝审核应在 ${day(reviewDue)} 前完成；若未完成，请客户查看结果，再联系客服。`,
      },
      key: `REVIEW_DUE:${attempt}`,
      source: review.source,
    });
  }

  if (state === 'REJECTED') {
    const rejection = latest(['reject']);
    const retryAfter = isUsableDate(snapshot.retryAfter)
      ? snapshot.retryAfter
      : isUsableDate(rejection?.retryAfter)
        ? rejection.retryAfter
        : null;
    if (retryAfter && (snapshot.lastReasonCode ?? rejection?.reasonCode) === 'CARD_CHECK_FAILED') {
      push({
        kind: 'RETRY_ALLOWED',
        dueAt: retryAfter,
        audience: 'both',
        reason: {
          en: `From ${day(retryAfter)} the same bank card may be used again (revoke the application first); another card is allowed at once.`,
          zh: `自 ${day(retryAfter)} 起可撤销本次认证后使用原银行卡重新认证；更换银行卡可立即认证。`,
        },
        key: `RETRY_ALLOWED:${attempt}`,
        source: ['S2'],
      });
    }
    const closes =
      rejection?.reuploadOffered === true
        ? after(isUsableDate(rejection.receivedAt) ? rejection.receivedAt : rejection.at, rules.reuploadWindow)
        : null;
    if (closes) {
      push({
        kind: 'REUPLOAD_WINDOW_CLOSES',
        dueAt: closes,
        audience: 'both',
        reason: {
          en: 'The 补传 (re-upload) link in the rejection email works for 24 hours; after that, apply again.',
          zh: '审核失败邮件中的补传链接 24 小时内有效；过期后须重新申请。',
        },
        key: `REUPLOAD_WINDOW_CLOSES:${attempt}`,
        source: ['W'],
      });
    }
  }

  if (state !== 'APPROVED') {
    const documents = [
      { name: 'PASSPORT', value: snapshot.passportExpiry, label: { en: 'passport', zh: '护照' } },
      { name: 'VISA', value: snapshot.visaExpiry, label: { en: 'visa', zh: '签证' } },
    ];
    for (const { name, value, label } of documents) {
      if (!isUsableDate(value)) continue;
      // Expiry dates are calendar dates: read their UTC date, the day starts in the organization's zone.
      const expiryDay = { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
      const expires = startOfLocalDay(expiryDay, zone);
      const warning = rules.documentExpiryWarning;
      const dueAt = addDuration(expires, { amount: -warning.amount, unit: warning.unit }, zone);
      const iso = day(expires);
      push(
        dueAt && {
          kind: 'DOCUMENT_EXPIRING',
          dueAt,
          audience: 'both',
          reason: {
            en: `The ${label.en} expires on ${iso}. Some say 30 days of validity are needed; customer service says any valid document works.`,
            zh: `${label.zh}将于 ${iso} 到期。有人称须有 30 天有效期；客服称有效即可。`,
          },
          key: `DOCUMENT_EXPIRING:${name}:${iso}`,
          source: ['S2'],
        },
      );
    }
  }

  return deadlines.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
