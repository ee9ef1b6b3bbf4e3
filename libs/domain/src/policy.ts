import { type Bilingual, isRecord, oneOf, type Result } from './common';
import { type SourceTag } from './sources';
import type { CaseState } from './cases';
import { ALIPAY_TIME_ZONE, type Duration, isValidTimeZone } from './time';

// An organization's deadline policy: the default durations with their sources, and how overrides are checked.

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
  /** A case that has not moved for this long in SUBMITTED tells the people of the case; 0 = never. */
  stuckSubmitted: Duration;
  /** The same for AWAITING_DEPOSIT. */
  stuckAwaitingDeposit: Duration;
  /** The same for MANUAL_REVIEW. */
  stuckManualReview: Duration;
  /** This long after a stuck notice, the owner and admins are told too; 0 = never. */
  stuckEscalateAfter: Duration;
};

/** The fields an organization sets on its deadline page (the time zone is set with the organization). */
export type PolicyField = Exclude<keyof Policy, 'timeZone'>;
export type PolicyDurationField = Exclude<PolicyField, 'depositChaseLimit'>;

// A record rather than a list, so the compiler refuses one that misses a field of Policy (or names another).
const policyFieldRecord: Record<PolicyField, true> = {
  depositExpected: true,
  depositChaseEvery: true,
  depositChaseLimit: true,
  bankReviewDue: true,
  appealReviewDue: true,
  passportReviewDue: true,
  reuploadWindow: true,
  documentExpiryWarning: true,
  stuckSubmitted: true,
  stuckAwaitingDeposit: true,
  stuckManualReview: true,
  stuckEscalateAfter: true,
};
/** In the order a bank-card case meets them, then appeals and passports, then documents (the settings page's order). */
export const policyFields = Object.keys(policyFieldRecord) as PolicyField[];

export const isPolicyDurationField = (field: PolicyField): field is PolicyDurationField =>
  field !== 'depositChaseLimit';
const durationKeys: readonly PolicyDurationField[] = policyFields.filter(isPolicyDurationField);

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
  // Off until the organization chooses how long is too long for its clients.
  stuckSubmitted: { amount: 0, unit: 'days' },
  stuckAwaitingDeposit: { amount: 0, unit: 'days' },
  stuckManualReview: { amount: 0, unit: 'days' },
  stuckEscalateAfter: { amount: 0, unit: 'days' },
};

/** The stuck-case fields by the waiting state they watch. */
export const stuckPolicyFields = {
  SUBMITTED: 'stuckSubmitted',
  AWAITING_DEPOSIT: 'stuckAwaitingDeposit',
  MANUAL_REVIEW: 'stuckManualReview',
} as const satisfies Partial<Record<CaseState, PolicyDurationField>>;

/** Fields where 0 means "never" (no notice), rather than "at once". */
export const policyOffWhenZero: readonly PolicyField[] = [
  'stuckSubmitted',
  'stuckAwaitingDeposit',
  'stuckManualReview',
  'stuckEscalateAfter',
];

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
    note: {
      en: 'Waits of 3, 4, 5 working days and ~3 weeks were reported.',
      zh: '有报告等待 3、4、5 个工作日，甚至约 3 周。',
    },
    source: ['S2'],
  },
  depositChaseLimit: {
    note: {
      en: 'Ten chases every 2 working days cover the ~3-week wait seen at Bank of China.',
      zh: '每 2 个工作日追踪一次，共 10 次，覆盖中国银行约 3 周的等待。',
    },
    source: ['S2'],
  },
  bankReviewDue: {
    note: {
      en: '"支付宝客服将在2天内为你审核" (The Beijinger); within two days (One-Stop, Alipay’s field rules); howtotao.com says 24 hours.',
      zh: '“支付宝客服将在2天内为你审核”（The Beijinger）；One-Stop 和支付宝填写规则称两天内；howtotao.com 称 24 小时。',
    },
    source: ['S1', 'S2', 'S3', 'S4'],
  },
  appealReviewDue: {
    note: {
      en: 'Lifted after ~12 hours (Travel Stack Exchange); a 2022 case the day after (Hebei Radio).',
      zh: '约 12 小时后解除（Travel Stack Exchange）；2022 年的案例次日解除（河北广播电视）。',
    },
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
    note: {
      en: 'A friend said documents need at least 30 days of validity; customer service said any valid document works.',
      zh: '有人称证件须有至少 30 天有效期；客服称有效即可。',
    },
    source: ['S2'],
  },
  stuckSubmitted: {
    note: {
      en: "Your organization's choice; off by default. A bank card's deposit and review usually take 1–2 days each.",
      zh: '由贵机构自定；默认关闭。银行卡打款和审核通常各需 1–2 天。',
    },
    source: ['S2'],
  },
  stuckAwaitingDeposit: {
    note: {
      en: "Your organization's choice; off by default. Deposits have taken up to ~3 weeks.",
      zh: '由贵机构自定；默认关闭。打款曾需约 3 周。',
    },
    source: ['S2'],
  },
  stuckManualReview: {
    note: {
      en: "Your organization's choice; off by default. Reviews are promised within two days.",
      zh: '由贵机构自定；默认关闭。审核承诺在两天内完成。',
    },
    source: ['S1', 'S2'],
  },
  stuckEscalateAfter: {
    note: {
      en: "Your organization's choice; off by default: the owner and admins are told this long after the case's people. Some waits took ~3 weeks.",
      zh: '由贵机构自定；默认关闭：在通知案件相关人员之后再过这么久，通知所有者和管理员。曾有等待约 3 周的情况。',
    },
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
  if (!isRecord(overrides))
    return { ok: false, error: { code: 'INVALID_POLICY', message: 'policy must be an object', field: 'policy' } };
  const policy: Policy = { ...defaultPolicy };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (key === 'timeZone') {
      if (!isValidTimeZone(value))
        return {
          ok: false,
          error: { code: 'INVALID_POLICY', message: 'timeZone must be an IANA time zone', field: key },
        };
      policy.timeZone = value;
    } else if (key === 'depositChaseLimit') {
      if (!isChaseLimit(value))
        return {
          ok: false,
          error: { code: 'INVALID_POLICY', message: 'depositChaseLimit must be a whole number 0–100', field: key },
        };
      policy.depositChaseLimit = value;
    } else if (oneOf(durationKeys, key)) {
      if (!isDuration(value, key !== 'depositChaseEvery')) {
        return {
          ok: false,
          error: {
            code: 'INVALID_POLICY',
            message: `${key} must be { amount, unit: hours | days | workingDays } with 0 ≤ amount ≤ 3650 (whole days; chases > 0)`,
            field: key,
          },
        };
      }
      policy[key] = { amount: value.amount, unit: value.unit };
    } else {
      return { ok: false, error: { code: 'INVALID_POLICY', message: `unknown policy field ${key}`, field: key } };
    }
  }
  return { ok: true, policy };
}

/** The policy `deadlinesFor` works with: each valid field of `input` over the default, the rest defaulted. */
export function resolvePolicy(input: unknown): Policy {
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
