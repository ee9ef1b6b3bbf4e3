import { type CaseState, caseStateLabels, caseStates, type CaseType, caseTypes } from './cases';
import { type Bilingual, isRecord, isUsableDate, oneOf } from './common';
import { type SourceTag } from './sources';
import type { CaseAction } from './cases';
import { type CaseEventRecord, type CaseSnapshot, machines } from './machine-table';
import { type Policy, type PolicyDurationField, resolvePolicy, stuckPolicyFields } from './policy';
import type { DeadlineKind } from './reminder-kinds';
import { addDuration, type Duration, formatLocalDate, startOfLocalDay } from './time';

// The policy lives beside this file; its names stay importable from here too.
export { defaultPolicy, type Policy, type PolicyError, policySources, validatePolicy } from './policy';

export type Audience = 'helper' | 'client' | 'both';

export type Deadline = {
  kind: DeadlineKind;
  dueAt: Date;
  audience: Audience;
  reason: Bilingual;
  /** Stable across recomputation (attempt, ordinal, document), for idempotent reminders. */
  key: string;
  source: SourceTag[];
  /**
   * When what it warns of is over (a document's expiry), for a warning whose own dueAt may pass before that. A
   * deadline recorded after this moment (else after its dueAt) was already past: see `pastWhenRecorded`.
   */
  lapsesAt?: Date;
};

/**
 * Whether a deadline first met at `recordedAt` was already over then: a retry date or re-upload window read from a
 * message received years ago, an old case imported. No reminder is planned for it — nobody missed it, and "overdue
 * for 11 years" helps no one. A warning whose subject is still ahead (a passport expiring next week) is not over.
 */
export function pastWhenRecorded(deadline: Pick<Deadline, 'dueAt' | 'lapsesAt'>, recordedAt: Date): boolean {
  if (!isRecord(deadline) || !isUsableDate(recordedAt)) return false;
  const over = isUsableDate(deadline.lapsesAt) ? deadline.lapsesAt : deadline.dueAt;
  return isUsableDate(over) && over.getTime() < recordedAt.getTime();
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

  const review = reviewRule(type, state, rules, {
    submittedAt,
    entered,
    depositConfirmedAt: latest(['confirm_deposit'])?.at ?? entered,
  });
  const reviewDue = review ? after(review.from, review.duration) : null;
  if (review && reviewDue) {
    push({
      kind: 'REVIEW_DUE',
      dueAt: reviewDue,
      audience: review.audience ?? 'helper',
      reason: review.reason ?? {
        en: `Alipay's review should be finished by ${day(reviewDue)}; if not, ask the client to check the result, then chase customer service.`,
        zh: `支付宝审核应在 ${day(reviewDue)} 前完成；若未完成，请客户查看结果，再联系客服。`,
      },
      key: `REVIEW_DUE:${attempt}`,
      source: review.source,
    });
  }

  if (type === 'PASSPORT_SCAN_VERIFICATION' && state === 'SCAN_LOCKED' && entered) {
    // From when the lock-out message arrived, if the helper recorded it later; else from the transition.
    const lockedAt = latest(['lock_out'])?.receivedAt;
    const lifts = after(
      isUsableDate(lockedAt) && lockedAt.getTime() <= entered.getTime() ? lockedAt : entered,
      SCAN_LOCK,
    );
    if (lifts) {
      push({
        kind: 'SCAN_LOCK_LIFTS',
        dueAt: lifts,
        audience: 'both',
        reason: {
          en: 'The passport-scan lock should have lifted (about 3 hours). Scan again on a dark, matt background — or type the details by hand. Do not reinstall the app.',
          zh: '护照扫描锁定应已解除（约 3 小时）。请在深色、不反光的背景上重新扫描，或手动输入。不要重装 App。',
        },
        key: `SCAN_LOCK_LIFTS:${attempt}:${entered.getTime()}`,
        source: ['W12'],
      });
    }
  }

  if (type === 'MAINLAND_CARD_QUICK_BINDING' && state === 'CARD_UNBOUND') {
    const allowed = isUsableDate(snapshot.retryAfter) ? snapshot.retryAfter : after(entered, REBIND_WAIT);
    if (allowed) {
      push({
        kind: 'REBIND_ALLOWED',
        dueAt: allowed,
        audience: 'both',
        reason: {
          en: `From ${day(allowed)} (24 hours after unbinding) the same card may be bound again; another card is allowed at once.`,
          zh: `自 ${day(allowed)} 起（解绑满 24 小时）可重新绑定原卡；其他卡可立即绑定。`,
        },
        key: `REBIND_ALLOWED:${attempt}:${allowed.getTime()}`,
        source: ['W15'],
      });
    }
  }

  if (state === 'REJECTED' || state === 'STILL_RESTRICTED') {
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

  if (!machines[type].finalStates.includes(state)) {
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
          lapsesAt: expires,
        },
      );
    }
  }

  // A case that has not moved (no transition) for the organization's time in a waiting state: its people are told,
  // and later the owner and admins. Keyed by the stay in the state, so a new stay starts the count again.
  const stuckField: PolicyDurationField | undefined = (
    stuckPolicyFields as Partial<Record<CaseState, PolicyDurationField>>
  )[state];
  const stuckFor = stuckField ? rules[stuckField] : null;
  const stateName = caseStateLabels[state];
  const stuckAt = stuckFor && stuckFor.amount > 0 ? after(entered, stuckFor) : null;
  if (entered && stuckFor && stuckAt) {
    const stay = `${attempt}:${state}:${entered.getTime()}`;
    const waited = durationWords(stuckFor);
    push({
      kind: 'CASE_STUCK',
      dueAt: stuckAt,
      audience: 'helper',
      reason: {
        en: `No movement for ${waited.en} since the case became “${stateName.en}” on ${day(entered)}. Ask the client what Alipay shows, or call 95188.`,
        zh: `案件自 ${day(entered)} 进入“${stateName.zh}”后已 ${waited.zh} 没有进展。请询问客户支付宝显示的状态，或致电 95188。`,
      },
      key: `CASE_STUCK:${stay}`,
      source: ['S2'],
    });
    const escalate = rules.stuckEscalateAfter;
    const escalateAt = escalate.amount > 0 ? addDuration(stuckAt, escalate, zone) : null;
    if (escalateAt) {
      push({
        kind: 'CASE_STUCK_ADMINS',
        dueAt: escalateAt,
        audience: 'helper',
        reason: {
          en: `Still no movement ${durationWords(escalate).en} after the stuck notice (“${stateName.en}” since ${day(entered)}).`,
          zh: `停滞通知发出 ${durationWords(escalate).zh} 后仍无进展（自 ${day(entered)} 起处于“${stateName.zh}”）。`,
        },
        key: `CASE_STUCK_ADMINS:${stay}`,
        source: ['S2'],
      });
    }
  }

  return deadlines.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** About 3 hours of lock-out after repeated passport-scan failures (W12). */
const SCAN_LOCK: Duration = { amount: 3, unit: 'hours' };
/** An unbound card binds again 24 hours later (W15). */
const REBIND_WAIT: Duration = { amount: 24, unit: 'hours' };
/** "Result within 24 hours": a document update (W17) and the documents of a quick binding (W9). */
const DAY_REVIEW: Duration = { amount: 24, unit: 'hours' };

type ReviewRule = {
  from: Date | null;
  duration: Duration;
  source: SourceTag[];
  audience?: Audience;
  reason?: Bilingual;
};

/** When Alipay's review of a case in `state` should be over, by type; null when the state waits for no review. */
function reviewRule(
  type: CaseType,
  state: CaseState,
  rules: Policy,
  at: { submittedAt: Date | null; entered: Date | null; depositConfirmedAt: Date | null },
): ReviewRule | null {
  const waiting = state === 'SUBMITTED' || state === 'MANUAL_REVIEW';
  switch (type) {
    case 'BANK_CARD_VERIFICATION':
      return state === 'MANUAL_REVIEW'
        ? { from: at.depositConfirmedAt, duration: rules.bankReviewDue, source: ['S1', 'S2', 'S3', 'S4'] }
        : null;
    case 'RESTRICTION_APPEAL':
      return waiting ? { from: at.submittedAt, duration: rules.appealReviewDue, source: ['S0', 'W'] } : null;
    case 'APP_PASSPORT_VERIFICATION':
      return waiting ? { from: at.submittedAt, duration: rules.passportReviewDue, source: ['W'] } : null;
    case 'PASSPORT_SCAN_VERIFICATION':
      return state === 'MANUAL_REVIEW'
        ? { from: at.submittedAt, duration: rules.passportReviewDue, source: ['W7'] }
        : null;
    case 'MAINLAND_CARD_QUICK_BINDING':
      return waiting ? { from: at.submittedAt, duration: DAY_REVIEW, source: ['W9'] } : null;
    case 'DOCUMENT_UPDATE':
      return state === 'MANUAL_REVIEW' ? { from: at.submittedAt, duration: DAY_REVIEW, source: ['W17'] } : null;
    case 'RESTRICTION_APPEAL_AGENT':
      return waiting
        ? {
            from: at.submittedAt,
            duration: rules.appealReviewDue,
            source: ['S0', 'W10'],
            audience: 'both',
            reason: {
              en: 'The appeal has probably been decided (about 12 hours after the upload). Alipay sends no notice and its SMS may be only question marks: check Settings → Account and Security → Security Center → Restrictions for "No current account security issues".',
              zh: '申诉很可能已有结果（上传后约 12 小时）。支付宝不会通知，短信可能只显示问号：请查看 设置 → 账号与安全 → 安全中心 → 限制，是否显示“当前账户无安全问题”。',
            },
          }
        : null;
    default:
      return null;
  }
}

function durationWords(duration: Duration): Bilingual {
  const { amount, unit } = duration;
  if (unit === 'hours') return { en: `${amount} hour${amount === 1 ? '' : 's'}`, zh: `${amount} 小时` };
  if (unit === 'workingDays')
    return { en: `${amount} working day${amount === 1 ? '' : 's'}`, zh: `${amount} 个工作日` };
  return { en: `${amount} day${amount === 1 ? '' : 's'}`, zh: `${amount} 天` };
}
