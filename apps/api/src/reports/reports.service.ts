import { Injectable } from '@nestjs/common';
import { funnelStages, type ReportSummaryQuery, type ReportSummaryResponse, timedStates } from '@waiji/contract';
import { type CaseState, caseStates, type CaseType, machines } from '@waiji/domain';
import type { AuthContext } from '../auth/auth-context';
import { TenantDatabase } from '../database/tenant-database';
import {
  casesByStateRows,
  funnelRow,
  type FunnelRow,
  outcomeRows,
  type OutcomeRow,
  type StateCount,
  tagStateRows,
  type TagStateCount,
} from './reports.counts';
import { readBounds, type Scope } from './reports.scope';
import { type OverdueDay, overdueDays, type StayRow, timeInStateRows } from './reports.spans';

// The summary's SQL lives in reports.scope.ts, reports.counts.ts and reports.spans.ts; this file runs it in one
// transaction and turns the rows into the answer.

const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Number(value.toFixed(digits));
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : round(part / whole, 4));
/** Ascending by text, null last (the order SQL's NULLS LAST would give). */
const nullsLast = (x: string | null, y: string | null): number =>
  x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;

/** Every local day from `from` to `to` inclusive, as YYYY-MM-DD (calendar arithmetic, no time zone involved). */
function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * The seed-era six (always, zeros included), every state of the filtered type's machine, and any other state that has
 * cases (issue 18) — seventeen columns of zeros help no one.
 */
function casesByStateOf(rows: StateCount[], type?: CaseType | null) {
  const counts = new Map(rows.map((row) => [row.state, row.count]));
  const shown = (state: CaseState) =>
    machines.BANK_CARD_VERIFICATION.states.includes(state) ||
    (type ? machines[type].states.includes(state) : false) ||
    (counts.get(state) ?? 0) > 0;
  return caseStates.filter(shown).map((state) => ({ state, count: counts.get(state) ?? 0 }));
}

function funnelOf(row: FunnelRow): ReportSummaryResponse['funnel'] {
  const cases = {
    SUBMITTED: row.submitted,
    AWAITING_DEPOSIT: row.deposit,
    MANUAL_REVIEW: row.review,
    APPROVED: row.approved,
  };
  return funnelStages.map((stage) => ({
    stage,
    cases: cases[stage],
    shareOfSubmitted: ratio(cases[stage], row.submitted),
  }));
}

function timeInStateOf(states: StayRow[]): ReportSummaryResponse['timeInState'] {
  return timedStates.map((state, i) => {
    const row = states[i];
    const [median, p90] = row?.percentiles ?? [null, null];
    return {
      state,
      stays: row?.stays ?? 0,
      openStays: row?.open ?? 0,
      medianDays: round(median, 3),
      p90Days: round(p90, 3),
    };
  });
}

function outcomesOf(
  rows: OutcomeRow[],
): Pick<ReportSummaryResponse, 'outcomesByBank' | 'outcomesByReason' | 'outcomesByType'> {
  const byType = rows
    .filter((row): row is OutcomeRow & { type: CaseType } => row.byType && row.type !== null)
    .map(({ type, succeeded, failed }) => ({
      type,
      succeeded,
      failed,
      decisions: succeeded + failed,
      successRate: ratio(succeeded, succeeded + failed),
    }))
    .filter((row) => row.decisions > 0)
    .sort((x, y) => y.decisions - x.decisions || x.type.localeCompare(y.type));
  const legacy = rows.filter((row) => !row.byType);
  const byBank = legacy
    .filter((row) => row.byBank && row.approvals + row.rejections > 0)
    .map(({ bank, approvals, rejections }) => {
      const decisions = approvals + rejections;
      return {
        bank,
        approvals,
        rejections,
        decisions,
        approvalRate: ratio(approvals, decisions),
        rejectionRate: ratio(rejections, decisions),
      };
    })
    .sort((x, y) => y.decisions - x.decisions || nullsLast(x.bank, y.bank));
  const decisions = byBank.reduce((sum, row) => sum + row.decisions, 0);
  const byReason = legacy
    .filter((row) => !row.byBank && row.rejections > 0)
    .sort((x, y) => y.rejections - x.rejections || nullsLast(x.reasonCode, y.reasonCode));
  const rejections = byReason.reduce((sum, row) => sum + row.rejections, 0);
  return {
    outcomesByType: byType,
    outcomesByBank: byBank,
    outcomesByReason: byReason.map(({ reasonCode, rejections: count }) => ({
      reasonCode,
      rejections: count,
      shareOfRejections: ratio(count, rejections),
      rateOfDecisions: ratio(count, decisions),
    })),
  };
}

/** Tags a report lists at most (a tag per intake or cohort; hundreds would be no table to read). */
const MAX_TAGS = 200;

function byTagOf(rows: TagStateCount[]): ReportSummaryResponse['byTag'] {
  const tags = new Map<string | null, { cases: number; approved: number; rejected: number }>();
  for (const row of rows) {
    const totals = tags.get(row.tag) ?? { cases: 0, approved: 0, rejected: 0 };
    totals.cases += row.count;
    if (row.state === 'APPROVED') totals.approved += row.count;
    if (row.state === 'REJECTED') totals.rejected += row.count;
    tags.set(row.tag, totals);
  }
  return [...tags]
    .map(([tag, { cases, approved, rejected }]) => ({
      tag,
      cases,
      approved,
      rejected,
      inProgress: cases - approved - rejected,
      shareApproved: ratio(approved, cases),
    }))
    .sort((x, y) => y.cases - x.cases || nullsLast(x.tag, y.tag))
    .slice(0, MAX_TAGS);
}

function overdueOf(rows: OverdueDay[], { query, today }: Scope): ReportSummaryResponse['overdue'] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return daysOf(query.from, query.to).map((date) =>
    date > today
      ? { date, cases: null, reminders: null }
      : { date, cases: byDay.get(date)?.cases ?? 0, reminders: byDay.get(date)?.reminders ?? 0 },
  );
}

/**
 * Organization reports, computed in PostgreSQL inside one tenant transaction (one snapshot, one "now"); see the
 * descriptions in libs/contract/src/reports.ts for the exact definitions.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly db: TenantDatabase) {}

  summary(auth: AuthContext, query: ReportSummaryQuery): Promise<ReportSummaryResponse> {
    return this.db.run(
      { organizationId: auth.organizationId },
      async (tx) => {
        // The aggregates sort ~100k rows per organization; keep those sorts in memory for this transaction only.
        await tx.$executeRaw`SET LOCAL work_mem = '32MB'`;
        // The timeline's pages are in memory when a report is read; at the default random_page_cost (4, a disk's)
        // the planner prefers a whole-table scan to walking the per-case state-change index in order (the funnel:
        // 250k rows hashed instead of grouped in index order, ~1.7× its time at 50,000 cases).
        await tx.$executeRaw`SET LOCAL random_page_cost = 1.1`;
        const scope: Scope = {
          ...(await readBounds(tx, auth.organizationId, query)),
          organizationId: auth.organizationId,
          query,
        };
        const asOf = scope.end < scope.now ? scope.end : scope.now;
        const casesByState = casesByStateOf(await casesByStateRows(tx, scope, asOf), query.type);
        const funnel = funnelOf(await funnelRow(tx, scope));
        const timeInState = timeInStateOf(await timeInStateRows(tx, scope));
        const outcomes = outcomesOf(await outcomeRows(tx, scope));
        const overdue = overdueOf(await overdueDays(tx, scope), scope);
        const byTag = byTagOf(await tagStateRows(tx, scope, asOf));
        return {
          range: {
            from: query.from,
            to: query.to,
            timezone: scope.timezone,
            type: query.type ?? null,
            tag: query.tag ?? null,
            start: scope.start.toISOString(),
            end: scope.end.toISOString(),
            generatedAt: scope.now.toISOString(),
          },
          casesByState: {
            asOf: asOf.toISOString(),
            total: casesByState.reduce((sum, row) => sum + row.count, 0),
            counts: casesByState,
          },
          funnel,
          timeInState,
          ...outcomes,
          overdue,
          byTag,
        };
      },
      { timeout: 30_000 },
    );
  }
}
