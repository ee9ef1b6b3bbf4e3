import { z } from 'zod';
import { bankCodes, caseStates, caseTypes, reasonCodes } from '@waiji/domain';
import { tag } from './cases';

/** The longest range a report may cover, in days (a leap year). */
export const REPORT_MAX_DAYS = 366;

const localDate = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

const rangeShape = {
  from: localDate.describe('First day of the range (inclusive), a date in the organization’s time zone'),
  to: localDate.describe('Last day of the range (inclusive), a date in the organization’s time zone'),
  type: z.enum(caseTypes).optional().describe('Only cases of this type'),
  tag: tag.optional().describe('Only cases carrying this tag now (a cohort, e.g. an intake)'),
};

function checkRange(value: { from: string; to: string }, context: z.RefinementCtx): void {
  const days = (Date.parse(`${value.to}T00:00:00Z`) - Date.parse(`${value.from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days < 1) context.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after from' });
  else if (days > REPORT_MAX_DAYS)
    context.addIssue({ code: 'custom', path: ['to'], message: `the range may cover at most ${REPORT_MAX_DAYS} days` });
}

export const reportSummaryQuery = z.strictObject(rangeShape).superRefine(checkRange);
export type ReportSummaryQuery = z.infer<typeof reportSummaryQuery>;

/** The tables of the summary, in CSV order; `table` picks one of them for the CSV download. */
export const reportTables = [
  'casesByState',
  'funnel',
  'timeInState',
  'outcomesByBank',
  'outcomesByReason',
  'outcomesByType',
  'overdue',
  'byTag',
] as const;
export type ReportTable = (typeof reportTables)[number];

export const reportSummaryCsvQuery = z
  .strictObject({
    ...rangeShape,
    table: z.enum(reportTables).optional().describe('Only this table; without it, every table as its own section'),
  })
  .superRefine(checkRange);
export type ReportSummaryCsvQuery = z.infer<typeof reportSummaryCsvQuery>;

export const funnelStages = ['SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'APPROVED'] as const;
/** States a case leaves by a transition; APPROVED is terminal, so it has no time-in-state. */
export const timedStates = ['PREPARING', 'SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'REJECTED'] as const;

const count = z.number().int().nonnegative();
const rate = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .describe('A fraction 0…1 (not a percentage); null when the denominator is 0');

export const reportSummaryResponse = z.object({
  range: z.object({
    from: z.string(),
    to: z.string(),
    timezone: z.string().describe('The organization’s IANA time zone; days are local days in it'),
    type: z.enum(caseTypes).nullable(),
    tag: z.string().nullable(),
    start: z.iso.datetime().describe('Instant the range starts: local midnight at the start of `from`'),
    end: z.iso.datetime().describe('Instant the range ends (exclusive): local midnight after `to`'),
    generatedAt: z.iso
      .datetime()
      .describe('"Now" of the report (the database transaction time); open stays are measured to it'),
  }),
  casesByState: z
    .object({
      asOf: z.iso.datetime().describe('The earlier of range.end and generatedAt'),
      total: count,
      counts: z
        .array(z.object({ state: z.enum(caseStates), count }))
        .describe('Every state, in machine order, zero included'),
    })
    .describe(
      'Each case created before asOf and not archived by then, counted in the state it was in at asOf: the toState of its last ' +
        'state-changing event at or before asOf; before its first such event, that event’s fromState; with no such events, its current state.',
    ),
  funnel: z
    .array(
      z.object({
        stage: z.enum(funnelStages),
        cases: count,
        shareOfSubmitted: rate,
      }),
    )
    .describe(
      'Cohort: cases whose first entry into SUBMITTED (a case_event with toState SUBMITTED) falls in the range. For each stage, how many ' +
        'of them ever entered that state (any time up to now). Not necessarily decreasing: app-passport and appeal cases skip AWAITING_DEPOSIT.',
    ),
  timeInState: z
    .array(
      z.object({
        state: z.enum(timedStates),
        stays: count.describe('Stays that began in the range, open ones included'),
        openStays: count.describe('Of those, stays not yet left'),
        medianDays: z.number().nullable(),
        p90Days: z.number().nullable(),
      }),
    )
    .describe(
      'A stay runs from the state-changing event that entered a state to the case’s next state-changing event. Stays are counted when ' +
        'they began in the range; a stay not yet left is measured to generatedAt (or to the case’s archivedAt if archived). ' +
        'Before a case’s first state-changing event it was in that event’s fromState since the case was created. ' +
        'median and p90 are continuous percentiles in days (fractional); null when there are no stays. APPROVED is terminal and omitted.',
    ),
  outcomesByBank: z
    .array(
      z.object({
        bank: z.enum(bankCodes).nullable().describe('case.bank; null when the case has none'),
        approvals: count,
        rejections: count,
        decisions: count,
        approvalRate: rate,
        rejectionRate: rate,
      }),
    )
    .describe(
      'Decisions are events with toState APPROVED or REJECTED whose time falls in the range (one case rejected twice then approved ' +
        'counts three decisions). Rates are over decisions. Sorted by decisions, most first.',
    ),
  outcomesByReason: z
    .array(
      z.object({
        reasonCode: z.enum(reasonCodes).nullable(),
        rejections: count,
        shareOfRejections: rate,
        rateOfDecisions: rate.describe('These rejections over all decisions (approvals + rejections) in the range'),
      }),
    )
    .describe('Rejections (events with toState REJECTED in the range) by the event’s reasonCode, most first.'),
  outcomesByType: z
    .array(
      z.object({
        type: z.enum(caseTypes),
        succeeded: count.describe('Events entering APPROVED or RESTRICTION_LIFTED'),
        failed: count.describe(
          'Events entering REJECTED, ISSUER_DECLINED, CARD_UNSUPPORTED, RISK_CONTROL or STILL_RESTRICTED',
        ),
        decisions: count,
        successRate: rate,
      }),
    )
    .describe(
      'Outcomes per case type (issue 18): events whose time falls in the range and that enter a success or a failure state ' +
        '(caseOutcome in the domain). Sorted by decisions, most first.',
    ),
  overdue: z
    .array(
      z.object({
        date: z.string().describe('A local day of the range'),
        cases: count
          .nullable()
          .describe('Cases with at least one overdue reminder at the end of that day; null for days after today'),
        reminders: count.nullable().describe('Overdue reminders at the end of that day; null for days after today'),
      }),
    )
    .describe(
      'A reminder is overdue at an instant t (the end of a local day, or now for today) when it existed (createdAt < t), had come due ' +
        '(snoozedUntil, else dueAt, < t) and had not been dealt with by t. It is dealt with at the earliest of: its cancellation or ' +
        'dismissal (status CANCELLED or DISMISSED, at updatedAt), the case’s first state-changing event after the reminder came due ' +
        '(the case moved on), and the case’s archiving. Being sent does not end it: a sent reminder means the deadline passed, not that ' +
        'it was met. Cases of every state count, archived ones until archived.',
    ),
  byTag: z
    .array(
      z.object({
        tag: z.string().nullable().describe('null: cases without a tag'),
        cases: count,
        approved: count,
        rejected: count,
        inProgress: count.describe('Cases neither approved nor rejected'),
        shareApproved: rate.describe('approved over cases'),
      }),
    )
    .describe(
      'The cases of casesByState (in the state they were in at asOf) grouped by the tags they carry now: a case with two tags ' +
        'counts under both, cases without tags under null. Most cases first, then by tag; at most 200 tags.',
    ),
});
export type ReportSummaryResponse = z.infer<typeof reportSummaryResponse>;
