import type { Client } from 'pg';
import type { ReportSummaryResponse } from '@waiji/contract';
import { signUp, type TestUser, useTestApp } from '../testing/kit';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { funnelRow, type OutcomeRow, outcomeRows } from './reports.counts';
import { summaryCsv } from './reports.csv';
import { readBounds, type Scope } from './reports.scope';
import { overdueDays, timeInStateRows } from './reports.spans';

type State = 'PREPARING' | 'SUBMITTED' | 'AWAITING_DEPOSIT' | 'MANUAL_REVIEW' | 'REJECTED' | 'APPROVED';
/** [action, fromState, toState, at, reasonCode] */
type EventSpec = [string, State | null, State | null, string, string?];
type ReminderSpec = {
  kind: string;
  createdAt: string;
  dueAt: string;
  status: string;
  updatedAt?: string;
  snoozedUntil?: string;
  sentAt?: string;
};
type CaseSpec = {
  type?: string;
  state: State;
  bank?: string;
  tags?: string[];
  createdAt: string;
  archivedAt?: string;
  events?: EventSpec[];
  reminders?: ReminderSpec[];
};

const DAY = 86_400_000;
/** Days between an ISO/SQL time and the report's "now", as the report measures open stays. */
const daysUntil = (generatedAt: string, from: string) =>
  (Date.parse(generatedAt) - Date.parse(from.replace(' ', 'T'))) / DAY;
/** percentile_cont over a sorted list. */
function percentile(sorted: number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? NaN) + ((sorted[high] ?? NaN) - (sorted[low] ?? NaN)) * (position - low);
}

/** Inserts a case with its timeline and reminders straight into the tables, as the cases API would leave them. */
async function insertCase(sql: Client, organizationId: string, spec: CaseSpec): Promise<string> {
  const client = await sql.query<{ id: string }>(
    `INSERT INTO "client" ("organizationId", "passportName", "updatedAt") VALUES ($1, 'TEST PERSON', now()) RETURNING id`,
    [organizationId],
  );
  const events = spec.events ?? [];
  const stateEvents = events.filter((e) => e[2] !== null);
  const created = await sql.query<{ id: string }>(
    `INSERT INTO "case" ("organizationId", "clientId", type, state, version, bank, "createdAt", "updatedAt", "stateEnteredAt", "archivedAt", tags)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7, $8, $9) RETURNING id`,
    [
      organizationId,
      client.rows[0]?.id,
      spec.type ?? 'BANK_CARD_VERIFICATION',
      spec.state,
      stateEvents.length,
      spec.bank ?? null,
      spec.createdAt,
      spec.archivedAt ?? null,
      spec.tags ?? [],
    ],
  );
  const caseId = created.rows[0]?.id ?? '';
  let version = 0;
  for (const [action, fromState, toState, at, reasonCode] of events) {
    const versionAfter = toState === null ? null : ++version;
    await sql.query(
      `INSERT INTO "case_event" ("organizationId", "caseId", action, "fromState", "toState", "reasonCode", "versionAfter", at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [organizationId, caseId, action, fromState, toState, reasonCode ?? null, versionAfter, at],
    );
  }
  for (const r of spec.reminders ?? []) {
    await sql.query(
      `INSERT INTO "reminder" ("organizationId", "caseId", kind, "dueAt", status, "snoozedUntil", "sentAt", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        organizationId,
        caseId,
        r.kind,
        r.dueAt,
        r.status,
        r.snoozedUntil ?? null,
        r.sentAt ?? null,
        r.createdAt,
        r.updatedAt ?? r.createdAt,
      ],
    );
  }
  return caseId;
}

/** Local dates (YYYY-MM-DD) in Asia/Shanghai, the organizations' default time zone. */
const shanghaiDate = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10);

describe('reports: summary and CSV on a crafted timeline', () => {
  const kit = useTestApp({ sql: true });
  let a: TestUser;
  let b: TestUser;

  beforeAll(async () => {
    a = await signUp(kit.app, { kind: 'AGENCY' });
    b = await signUp(kit.app, { kind: 'AGENCY' });
    const A = a.organizationId;
    // All times are Asia/Shanghai (+08), the organizations' time zone; the report range is March 2026.
    // C1: bank card, the happy path; no CREATED event, so PREPARING runs from the case's creation.
    // Tags are cohorts (a university's intakes): C1, C3, C5 fall-2026 (C3 also exchange), C2 and C4 spring-2026.
    await insertCase(kit.sql, A, {
      state: 'APPROVED',
      bank: 'ICBC',
      tags: ['fall-2026'],
      createdAt: '2026-03-01 10:00+08',
      events: [
        ['submit', 'PREPARING', 'SUBMITTED', '2026-03-02 10:00+08'],
        ['await_deposit', 'SUBMITTED', 'AWAITING_DEPOSIT', '2026-03-03 10:00+08'],
        ['confirm_deposit', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', '2026-03-06 10:00+08'],
        ['approve', 'MANUAL_REVIEW', 'APPROVED', '2026-03-08 10:00+08'],
      ],
      reminders: [
        // Sent when due, still overdue until the deposit was confirmed on 03-06: overdue at the end of 03-05 only.
        {
          kind: 'DEPOSIT_EXPECTED',
          createdAt: '2026-03-03 10:00+08',
          dueAt: '2026-03-05 10:00+08',
          status: 'SENT',
          sentAt: '2026-03-05 10:00+08',
        },
        // Cancelled before it came due: never overdue.
        {
          kind: 'MANUAL',
          createdAt: '2026-03-06 10:00+08',
          dueAt: '2026-03-20 10:00+08',
          status: 'CANCELLED',
          updatedAt: '2026-03-08 10:00+08',
        },
      ],
    });
    // C2: a CREATED event, rejected twice (deposit failed, then card check failed), archived while rejected.
    await insertCase(kit.sql, A, {
      state: 'REJECTED',
      bank: 'ICBC',
      tags: ['spring-2026'],
      createdAt: '2026-03-01 12:00+08',
      archivedAt: '2026-03-20 12:00+08',
      events: [
        ['CREATED', null, 'PREPARING', '2026-03-01 12:00+08'],
        ['submit', 'PREPARING', 'SUBMITTED', '2026-03-04 12:00+08'],
        ['await_deposit', 'SUBMITTED', 'AWAITING_DEPOSIT', '2026-03-05 12:00+08'],
        ['reject', 'AWAITING_DEPOSIT', 'REJECTED', '2026-03-10 12:00+08', 'DEPOSIT_FAILED'],
        ['resubmit', 'REJECTED', 'SUBMITTED', '2026-03-12 12:00+08'],
        ['await_deposit', 'SUBMITTED', 'AWAITING_DEPOSIT', '2026-03-14 12:00+08'],
        ['confirm_deposit', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', '2026-03-15 12:00+08'],
        ['reject', 'MANUAL_REVIEW', 'REJECTED', '2026-03-16 12:00+08', 'CARD_CHECK_FAILED'],
      ],
      reminders: [
        // Due 03-07 12:00, replaced when rejected on 03-10 12:00: overdue at the ends of 03-07, 03-08, 03-09.
        {
          kind: 'DEPOSIT_EXPECTED',
          createdAt: '2026-03-05 12:00+08',
          dueAt: '2026-03-07 12:00+08',
          status: 'CANCELLED',
          updatedAt: '2026-03-10 12:00+08',
        },
        // Due 01:00 local on 03-12 (still 03-11 in UTC), dealt with at noon: overdue at no local day's end.
        {
          kind: 'RETRY_ALLOWED',
          createdAt: '2026-03-10 12:00+08',
          dueAt: '2026-03-12 01:00+08',
          status: 'CANCELLED',
          updatedAt: '2026-03-12 12:00+08',
        },
        // Never sent; the case was archived on 03-20 12:00: overdue at the ends of 03-18 and 03-19.
        { kind: 'RETRY_ALLOWED', createdAt: '2026-03-16 12:00+08', dueAt: '2026-03-18 00:00+08', status: 'PENDING' },
      ],
    });
    // C3: app passport verification, no bank; a NOTE in the middle of the review does not split the stay.
    await insertCase(kit.sql, A, {
      type: 'APP_PASSPORT_VERIFICATION',
      state: 'APPROVED',
      tags: ['exchange', 'fall-2026'],
      createdAt: '2026-03-05 09:00+08',
      events: [
        ['submit', 'PREPARING', 'SUBMITTED', '2026-03-05 21:00+08'],
        ['start_review', 'SUBMITTED', 'MANUAL_REVIEW', '2026-03-06 21:00+08'],
        ['NOTE', null, null, '2026-03-07 08:00+08'],
        ['approve', 'MANUAL_REVIEW', 'APPROVED', '2026-03-09 21:00+08'],
      ],
      // Dismissed the morning after it came due: overdue at the end of 03-07 only.
      reminders: [
        {
          kind: 'REVIEW_DUE',
          createdAt: '2026-03-06 21:00+08',
          dueAt: '2026-03-07 21:00+08',
          status: 'DISMISSED',
          updatedAt: '2026-03-08 09:00+08',
        },
      ],
    });
    // C4: submitted in February (outside the funnel's cohort), rejected on 03-03 and left there.
    await insertCase(kit.sql, A, {
      state: 'REJECTED',
      bank: 'CCB',
      tags: ['spring-2026'],
      createdAt: '2026-02-20 10:00+08',
      events: [
        ['submit', 'PREPARING', 'SUBMITTED', '2026-02-25 10:00+08'],
        ['await_deposit', 'SUBMITTED', 'AWAITING_DEPOSIT', '2026-03-02 10:00+08'],
        ['reject', 'AWAITING_DEPOSIT', 'REJECTED', '2026-03-03 10:00+08', 'CARD_CHECK_FAILED'],
      ],
      // Sent on 03-08 and the case never moved: overdue every day from 03-08 on.
      reminders: [
        {
          kind: 'RETRY_ALLOWED',
          createdAt: '2026-03-03 10:00+08',
          dueAt: '2026-03-08 10:00+08',
          status: 'SENT',
          sentAt: '2026-03-08 10:00+08',
        },
      ],
    });
    // C5: an appeal still in manual review (an open stay, measured to now).
    await insertCase(kit.sql, A, {
      type: 'RESTRICTION_APPEAL',
      state: 'MANUAL_REVIEW',
      tags: ['fall-2026'],
      createdAt: '2026-03-25 10:00+08',
      events: [
        ['submit', 'PREPARING', 'SUBMITTED', '2026-03-26 10:00+08'],
        ['start_review', 'SUBMITTED', 'MANUAL_REVIEW', '2026-03-27 10:00+08'],
      ],
      reminders: [
        // Snoozed to 03-30 10:00: overdue from the end of 03-30.
        {
          kind: 'REVIEW_DUE',
          createdAt: '2026-03-27 10:00+08',
          dueAt: '2026-03-29 10:00+08',
          snoozedUntil: '2026-03-30 10:00+08',
          status: 'PENDING',
        },
        { kind: 'MANUAL', createdAt: '2026-03-27 10:00+08', dueAt: '2026-03-30 08:00+08', status: 'PENDING' },
      ],
    });
    // C6: created, never touched (no events at all).
    await insertCase(kit.sql, A, { state: 'PREPARING', createdAt: '2026-03-28 10:00+08' });
    // C7: created and submitted in April, after the range.
    await insertCase(kit.sql, A, {
      state: 'SUBMITTED',
      bank: 'ICBC',
      createdAt: '2026-04-02 10:00+08',
      events: [['submit', 'PREPARING', 'SUBMITTED', '2026-04-03 10:00+08']],
    });

    // Organization B: busy in the same month; none of it may show up in A's numbers.
    for (let i = 0; i < 3; i += 1) {
      await insertCase(kit.sql, b.organizationId, {
        state: 'APPROVED',
        bank: 'ICBC',
        createdAt: `2026-03-0${i + 1} 10:00+08`,
        events: [
          ['submit', 'PREPARING', 'SUBMITTED', `2026-03-1${i} 10:00+08`],
          ['start_review', 'SUBMITTED', 'MANUAL_REVIEW', `2026-03-1${i} 11:00+08`],
          ['approve', 'MANUAL_REVIEW', 'APPROVED', `2026-03-2${i} 10:00+08`],
        ],
        reminders: [
          { kind: 'REVIEW_DUE', createdAt: `2026-03-1${i} 11:00+08`, dueAt: '2026-03-11 00:00+08', status: 'PENDING' },
        ],
      });
    }
  }, 60_000);

  const march = '/api/reports/summary?from=2026-03-01&to=2026-03-31';
  const summaryOf = async (user: TestUser, url: string) => {
    const response = await user.get(url);
    expect(response.status).toBe(200);
    return response.json<ReportSummaryResponse>();
  };

  it('states the range in the organization’s time zone', async () => {
    const report = await summaryOf(a, march);
    expect(report.range).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      timezone: 'Asia/Shanghai',
      type: null,
      start: '2026-02-28T16:00:00.000Z',
      end: '2026-03-31T16:00:00.000Z',
    });
    expect(Math.abs(Date.parse(report.range.generatedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('counts cases by the state they were in at the end of a past range, replaying the timeline', async () => {
    const report = await summaryOf(a, march);
    expect(report.casesByState.asOf).toBe('2026-03-31T16:00:00.000Z');
    // C2 archived (03-20) and C7 not yet created (April) are out; C4 is REJECTED, C5 in review, C6 preparing.
    expect(report.casesByState.counts).toEqual([
      { state: 'PREPARING', count: 1 },
      { state: 'SUBMITTED', count: 0 },
      { state: 'AWAITING_DEPOSIT', count: 0 },
      { state: 'MANUAL_REVIEW', count: 1 },
      { state: 'REJECTED', count: 1 },
      { state: 'APPROVED', count: 2 },
    ]);
    expect(report.casesByState.total).toBe(5);
    const midMarch = await summaryOf(a, '/api/reports/summary?from=2026-03-01&to=2026-03-10');
    const counts = Object.fromEntries(midMarch.casesByState.counts.map((row) => [row.state, row.count]));
    // At 03-11 00:00: C1 APPROVED (03-08), C2 REJECTED (03-10), C3 APPROVED (03-09), C4 REJECTED; C5–C7 not created.
    expect(counts).toEqual({
      PREPARING: 0,
      SUBMITTED: 0,
      AWAITING_DEPOSIT: 0,
      MANUAL_REVIEW: 0,
      REJECTED: 2,
      APPROVED: 2,
    });
    // At 03-02 00:00: C1 before its first event (its fromState), C2 after its CREATED event, C4 submitted in February.
    const firstDay = await summaryOf(a, '/api/reports/summary?from=2026-03-01&to=2026-03-01');
    expect(firstDay.casesByState.counts.filter((row) => row.count > 0)).toEqual([
      { state: 'PREPARING', count: 2 },
      { state: 'SUBMITTED', count: 1 },
    ]);
  });

  it('counts current states when the range reaches today', async () => {
    const report = await summaryOf(a, `/api/reports/summary?from=${shanghaiDate(-30)}&to=${shanghaiDate(0)}`);
    expect(report.casesByState.asOf).toBe(report.range.generatedAt);
    const counts = Object.fromEntries(report.casesByState.counts.map((row) => [row.state, row.count]));
    expect(counts).toEqual({
      PREPARING: 1,
      SUBMITTED: 1,
      AWAITING_DEPOSIT: 0,
      MANUAL_REVIEW: 1,
      REJECTED: 1,
      APPROVED: 2,
    });
  });

  it('builds the funnel from cases first submitted in the range', async () => {
    const report = await summaryOf(a, march);
    // Cohort C1, C2, C3, C5 (C4 was first submitted in February). Deposit: C1, C2; review: all four; approved: C1, C3.
    expect(report.funnel).toEqual([
      { stage: 'SUBMITTED', cases: 4, shareOfSubmitted: 1 },
      { stage: 'AWAITING_DEPOSIT', cases: 2, shareOfSubmitted: 0.5 },
      { stage: 'MANUAL_REVIEW', cases: 4, shareOfSubmitted: 1 },
      { stage: 'APPROVED', cases: 2, shareOfSubmitted: 0.5 },
    ]);
  });

  it('computes median and p90 days in each state from consecutive events, open stays measured to now', async () => {
    const report = await summaryOf(a, march);
    const now = report.range.generatedAt;
    const byState = Object.fromEntries(report.timeInState.map((row) => [row.state, row]));
    const expectStays = (state: string, days: number[], open: number) => {
      const sorted = [...days].sort((x, y) => x - y);
      const row = byState[state];
      expect(row).toMatchObject({ stays: days.length, openStays: open });
      expect(row?.medianDays).toBeCloseTo(percentile(sorted, 0.5), 2);
      expect(row?.p90Days).toBeCloseTo(percentile(sorted, 0.9), 2);
    };
    // C1 1 (from creation), C2 3 (CREATED event), C3 0.5, C5 1, C6 open since 03-28 10:00.
    expectStays('PREPARING', [1, 3, 0.5, 1, daysUntil(now, '2026-03-28 10:00+08:00')], 1);
    expectStays('SUBMITTED', [1, 1, 2, 1, 1], 0);
    expect(byState['SUBMITTED']).toMatchObject({ medianDays: 1, p90Days: 1.6 });
    // C1 3, C2 5 and 1, C4 1 (entered 03-02; its February SUBMITTED stay is outside the range).
    expectStays('AWAITING_DEPOSIT', [3, 5, 1, 1], 0);
    expect(byState['AWAITING_DEPOSIT']).toMatchObject({ medianDays: 2, p90Days: 4.4 });
    // C1 2, C2 1, C3 3 (the NOTE does not end it), C5 open since 03-27 10:00.
    expectStays('MANUAL_REVIEW', [2, 1, 3, daysUntil(now, '2026-03-27 10:00+08:00')], 1);
    // C2 2 (until resubmitted), C2 4 (open, stopped at archiving), C4 open since 03-03 10:00.
    expectStays('REJECTED', [2, 4, daysUntil(now, '2026-03-03 10:00+08:00')], 2);
    expect(report.timeInState.map((row) => row.state)).toEqual([
      'PREPARING',
      'SUBMITTED',
      'AWAITING_DEPOSIT',
      'MANUAL_REVIEW',
      'REJECTED',
    ]);
  });

  it('computes approval and rejection rates by bank and by reason code', async () => {
    const report = await summaryOf(a, march);
    expect(report.outcomesByBank).toEqual([
      { bank: 'ICBC', approvals: 1, rejections: 2, decisions: 3, approvalRate: 0.3333, rejectionRate: 0.6667 },
      { bank: 'CCB', approvals: 0, rejections: 1, decisions: 1, approvalRate: 0, rejectionRate: 1 },
      { bank: null, approvals: 1, rejections: 0, decisions: 1, approvalRate: 1, rejectionRate: 0 },
    ]);
    expect(report.outcomesByReason).toEqual([
      { reasonCode: 'CARD_CHECK_FAILED', rejections: 2, shareOfRejections: 0.6667, rateOfDecisions: 0.4 },
      { reasonCode: 'DEPOSIT_FAILED', rejections: 1, shareOfRejections: 0.3333, rateOfDecisions: 0.2 },
    ]);
  });

  it('counts overdue cases and reminders at the end of each local day', async () => {
    const report = await summaryOf(a, march);
    expect(report.overdue).toHaveLength(31);
    const expected: Record<string, [number, number]> = {
      '2026-03-05': [1, 1],
      '2026-03-07': [2, 2],
      '2026-03-08': [2, 2],
      '2026-03-09': [2, 2],
      '2026-03-18': [2, 2],
      '2026-03-19': [2, 2],
      '2026-03-30': [2, 3],
      '2026-03-31': [2, 3],
    };
    for (const row of report.overdue) {
      const day = Number(row.date.slice(8));
      // C4's reminder is overdue from 03-08 on; C2's 01:00 reminder never is (it would be on 03-11 with UTC days).
      const fallback: [number, number] = day >= 10 ? [1, 1] : [0, 0];
      const [cases, reminders] = expected[row.date] ?? fallback;
      expect({ date: row.date, cases: row.cases, reminders: row.reminders }).toEqual({
        date: row.date,
        cases,
        reminders,
      });
    }
  });

  it('leaves days after today empty and measures today up to now', async () => {
    const yesterday = shanghaiDate(-1);
    const report = await summaryOf(a, `/api/reports/summary?from=${yesterday}&to=${shanghaiDate(1)}`);
    // Still overdue: C4 (one reminder), C5 (two); C2's was ended by archiving.
    expect(report.overdue).toEqual([
      { date: yesterday, cases: 2, reminders: 3 },
      { date: shanghaiDate(0), cases: 2, reminders: 3 },
      { date: shanghaiDate(1), cases: null, reminders: null },
    ]);
  });

  it('filters every table by case type', async () => {
    const report = await summaryOf(a, `${march}&type=APP_PASSPORT_VERIFICATION`);
    expect(report.range.type).toBe('APP_PASSPORT_VERIFICATION');
    expect(report.casesByState.total).toBe(1);
    expect(report.funnel.map((row) => row.cases)).toEqual([1, 0, 1, 1]);
    expect(report.timeInState.map((row) => row.stays)).toEqual([1, 1, 0, 1, 0]);
    expect(report.outcomesByBank).toEqual([
      { bank: null, approvals: 1, rejections: 0, decisions: 1, approvalRate: 1, rejectionRate: 0 },
    ]);
    expect(report.outcomesByReason).toEqual([]);
    expect(report.overdue.filter((row) => row.cases !== 0).map((row) => row.date)).toEqual(['2026-03-07']);
  });

  it('groups the cases by tag (cohort), with the state each was in at the end of the range', async () => {
    const report = await summaryOf(a, march);
    // C2 was archived on 03-20, so spring-2026 has only C4; C6 has no tag.
    expect(report.byTag).toEqual([
      { tag: 'fall-2026', cases: 3, approved: 2, rejected: 0, inProgress: 1, shareApproved: 0.6667 },
      { tag: 'exchange', cases: 1, approved: 1, rejected: 0, inProgress: 0, shareApproved: 1 },
      { tag: 'spring-2026', cases: 1, approved: 0, rejected: 1, inProgress: 0, shareApproved: 0 },
      { tag: null, cases: 1, approved: 0, rejected: 0, inProgress: 1, shareApproved: 0 },
    ]);
    // At the end of 03-10: C2 rejected that day, not yet archived; C5 not yet created. Equal counts go by tag.
    const early = await summaryOf(a, '/api/reports/summary?from=2026-03-01&to=2026-03-10');
    expect(early.byTag.map((row) => [row.tag, row.cases, row.approved, row.rejected])).toEqual([
      ['fall-2026', 2, 2, 0],
      ['spring-2026', 2, 0, 2],
      ['exchange', 1, 1, 0],
    ]);
  });

  it('filters every table by tag', async () => {
    const report = await summaryOf(a, `${march}&tag=fall-2026`);
    expect(report.range.tag).toBe('fall-2026');
    expect(report.casesByState.total).toBe(3);
    expect(report.funnel.map((row) => row.cases)).toEqual([3, 1, 3, 2]);
    expect(report.outcomesByBank.map((row) => [row.bank, row.approvals, row.rejections])).toEqual([
      ['ICBC', 1, 0],
      [null, 1, 0],
    ]);
    expect(report.outcomesByReason).toEqual([]);
    expect(report.overdue.filter((row) => row.cases !== 0).map((row) => row.date)).toEqual([
      '2026-03-05',
      '2026-03-07',
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(report.byTag.map((row) => row.tag)).toEqual(['fall-2026', 'exchange']);
    const both = await summaryOf(a, `${march}&tag=fall-2026&type=RESTRICTION_APPEAL`);
    expect(both.casesByState.total).toBe(1);
    expect((await summaryOf(a, `${march}&tag=nobody`)).casesByState.total).toBe(0);
    expect((await a.get(`${march}&tag=${'x'.repeat(41)}`)).status).toBe(400);
  });

  it('never counts another organization’s cases', async () => {
    const reportA = await summaryOf(a, march);
    expect(reportA.funnel[0]?.cases).toBe(4);
    expect(reportA.outcomesByBank.find((row) => row.bank === 'ICBC')?.approvals).toBe(1);
    const reportB = await summaryOf(b, march);
    expect(reportB.casesByState.total).toBe(3);
    expect(reportB.funnel.map((row) => row.cases)).toEqual([3, 0, 3, 3]);
    expect(reportB.outcomesByBank).toEqual([
      { bank: 'ICBC', approvals: 3, rejections: 0, decisions: 3, approvalRate: 1, rejectionRate: 0 },
    ]);
    expect(reportB.outcomesByReason).toEqual([]);
    expect(reportB.timeInState.find((row) => row.state === 'REJECTED')?.stays).toBe(0);
    // B's reminders are overdue from 03-11 until each approval on 03-20, 03-21, 03-22.
    expect(reportB.overdue.find((row) => row.date === '2026-03-15')).toEqual({
      date: '2026-03-15',
      cases: 3,
      reminders: 3,
    });
    expect(reportB.overdue.find((row) => row.date === '2026-03-21')).toEqual({
      date: '2026-03-21',
      cases: 1,
      reminders: 1,
    });
  });

  it('answers the same through the reports indexes (migration 20261202213000) as by scanning the tables', async () => {
    // The crafted timeline is too small for the planner to pick an index, so each path is forced: once with table
    // scans and nested loops off (a partial index can then only be chosen if its predicate is provable from the
    // statements' conditions, under row-level security as the tenant role), once with index scans off.
    const database = kit.app.get(TenantDatabase);
    const query = { from: '2026-03-01', to: '2026-03-31' };
    // This connection's index scans not yet flushed to the statistics (they grow within a transaction).
    const indexScans = async (tx: Tx) =>
      (
        await tx.$queryRaw<{ stateChange: number; decision: number }[]>`
          SELECT pg_stat_get_xact_numscans('case_event_state_change_idx'::regclass)::int AS "stateChange",
                 pg_stat_get_xact_numscans('case_event_decision_idx'::regclass)::int AS decision`
      )[0] ?? { stateChange: 0, decision: 0 };
    const readAll = (paths: string[]) =>
      database.run({ organizationId: a.organizationId }, async (tx) => {
        for (const path of paths) await tx.$executeRawUnsafe(`SET LOCAL ${path} = off`);
        const before = await indexScans(tx);
        // One "now" for both runs: open stays are measured up to it.
        const scope: Scope = {
          ...(await readBounds(tx, a.organizationId, query)),
          now: new Date('2026-06-01T00:00:00Z'),
          today: '2026-06-01',
          organizationId: a.organizationId,
          query,
        };
        const rows = {
          funnel: await funnelRow(tx, scope),
          outcomes: await outcomeRows(tx, scope),
          timeInState: await timeInStateRows(tx, scope),
          overdue: await overdueDays(tx, scope),
        };
        const after = await indexScans(tx);
        return {
          rows,
          scans: { stateChange: after.stateChange - before.stateChange, decision: after.decision - before.decision },
        };
      });
    const indexed = await readAll(['enable_seqscan', 'enable_bitmapscan', 'enable_nestloop']);
    const scanned = await readAll(['enable_indexscan', 'enable_indexonlyscan', 'enable_bitmapscan']);
    expect(indexed.scans?.stateChange).toBeGreaterThan(0);
    // (Which of the two indexes the outcomes read here is the planner's choice on a handful of rows; at 50,000 cases
    // it is the decisions index — docs/performance.md, "Reports (issue 21)".)
    expect(scanned.scans).toEqual({ stateChange: 0, decision: 0 });
    const sortOutcomes = (rows: OutcomeRow[]) =>
      [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    expect({ ...indexed.rows, outcomes: sortOutcomes(indexed.rows.outcomes) }).toEqual({
      ...scanned.rows,
      outcomes: sortOutcomes(scanned.rows.outcomes),
    });
    // And both are the hand-computed figures the tests above check through the API.
    expect(indexed.rows.funnel).toEqual({ submitted: 4, deposit: 2, review: 4, approved: 2 });
    expect(indexed.rows.overdue.find((row) => row.day === '2026-03-30')).toEqual({
      day: '2026-03-30',
      cases: 2,
      reminders: 3,
    });
    expect(indexed.rows.timeInState.map((row) => row.stays)).toEqual([5, 5, 4, 4, 3]);
  });

  it('uses the organization’s time zone for the range and the days', async () => {
    const utc = await signUp(kit.app, { kind: 'AGENCY' });
    await kit.sql.query(`UPDATE "organization" SET timezone = 'UTC' WHERE id = $1`, [utc.organizationId]);
    await insertCase(kit.sql, utc.organizationId, {
      state: 'PREPARING',
      createdAt: '2026-03-10 12:00+08',
      reminders: [
        {
          kind: 'MANUAL',
          createdAt: '2026-03-10 12:00+08',
          dueAt: '2026-03-12 01:00+08',
          status: 'CANCELLED',
          updatedAt: '2026-03-12 12:00+08',
        },
      ],
    });
    const report = await summaryOf(utc, '/api/reports/summary?from=2026-03-10&to=2026-03-12');
    expect(report.range).toMatchObject({
      timezone: 'UTC',
      start: '2026-03-10T00:00:00.000Z',
      end: '2026-03-13T00:00:00.000Z',
    });
    // In UTC the reminder came due on 03-11 (17:00Z) and was dealt with on 03-12 04:00Z.
    expect(report.overdue.map((row) => row.cases)).toEqual([0, 1, 0]);
  });

  it('serves the same numbers as CSV, all tables or one', async () => {
    const all = await a.get('/api/reports/summary.csv?from=2026-03-01&to=2026-03-31');
    expect(all.status).toBe(200);
    expect(all.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(all.headers['content-disposition']).toBe('attachment; filename="waiji-report-2026-03-01-2026-03-31.csv"');
    const sections = all.text.trimEnd().split('\r\n\r\n');
    expect(sections.map((section) => section.split('\r\n')[0])).toEqual([
      'casesByState',
      'funnel',
      'timeInState',
      'outcomesByBank',
      'outcomesByReason',
      'outcomesByType',
      'overdue',
      'byTag',
    ]);
    expect(sections[7]).toBe(
      [
        'byTag',
        'tag,cases,approved,rejected,inProgress,shareApproved',
        'fall-2026,3,2,0,1,0.6667',
        'exchange,1,1,0,0,1',
        'spring-2026,1,0,1,0,0',
        ',1,0,0,1,0',
      ].join('\r\n'),
    );
    expect(sections[0]).toBe(
      [
        'casesByState',
        'state,count',
        'PREPARING,1',
        'SUBMITTED,0',
        'AWAITING_DEPOSIT,0',
        'MANUAL_REVIEW,1',
        'REJECTED,1',
        'APPROVED,2',
      ].join('\r\n'),
    );
    expect(sections[3]).toBe(
      [
        'outcomesByBank',
        'bank,approvals,rejections,decisions,approvalRate,rejectionRate',
        'ICBC,1,2,3,0.3333,0.6667',
        'CCB,0,1,1,0,1',
        ',1,0,1,1,0',
      ].join('\r\n'),
    );
    expect(sections[6]?.split('\r\n')).toHaveLength(2 + 31);
    const funnel = await a.get('/api/reports/summary.csv?from=2026-03-01&to=2026-03-31&table=funnel');
    expect(funnel.status).toBe(200);
    expect(funnel.headers['content-disposition']).toContain('waiji-report-2026-03-01-2026-03-31-funnel.csv');
    expect(funnel.text).toBe(
      'stage,cases,shareOfSubmitted\r\nSUBMITTED,4,1\r\nAWAITING_DEPOSIT,2,0.5\r\nMANUAL_REVIEW,4,1\r\nAPPROVED,2,0.5\r\n',
    );
    const overdue = await a.get(`/api/reports/summary.csv?from=${shanghaiDate(0)}&to=${shanghaiDate(1)}&table=overdue`);
    expect(overdue.text).toBe(`date,cases,reminders\r\n${shanghaiDate(0)},2,3\r\n${shanghaiDate(1)},,\r\n`);
  });

  it('quotes CSV cells and defuses spreadsheet formulas in free text', () => {
    const report = {
      outcomesByBank: [
        { bank: '=HYPERLINK("x"),1', approvals: 1, rejections: 0, decisions: 1, approvalRate: 1, rejectionRate: 0 },
      ],
    } as unknown as ReportSummaryResponse;
    expect(summaryCsv(report, 'outcomesByBank')).toBe(
      `bank,approvals,rejections,decisions,approvalRate,rejectionRate\r\n"'=HYPERLINK(""x""),1",1,0,1,1,0\r\n`,
    );
  });

  it.each([
    ['from=2026-02-30&to=2026-03-31', 'from'],
    ['from=yesterday&to=2026-03-31', 'from'],
    ['to=2026-03-31', 'from'],
    ['from=2026-03-01', 'to'],
    ['from=2026-03-31&to=2026-03-01', 'to'],
    ['from=2025-01-01&to=2026-01-02', 'to'],
    ['from=2026-03-01&to=2026-03-31&type=BOGUS', 'type'],
  ])('answers 400 naming the field for %s', async (params, field) => {
    const response = await a.get(`/api/reports/summary?${params}`);
    expect(response.status).toBe(400);
    const body = response.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toContain(field);
  });

  it('answers 400 for an unknown query parameter, naming it in the details', async () => {
    const response = await a.get('/api/reports/summary?from=2026-03-01&to=2026-03-31&bank=ICBC');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json<{ error: { details: unknown } }>().error.details)).toContain('bank');
  });

  it('accepts a full leap year of 366 days and rejects an unknown CSV table', async () => {
    expect((await a.get('/api/reports/summary?from=2028-01-01&to=2028-12-31')).status).toBe(200);
    const bad = await a.get('/api/reports/summary.csv?from=2026-03-01&to=2026-03-31&table=cases');
    expect(bad.status).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('table');
  });

  it('lets a VIEWER read reports, refuses CLIENT users and anonymous callers', async () => {
    const join = async (role: string) => {
      const user = await signUp(kit.app, { kind: 'PERSONAL' });
      const member = user.me?.user.id ?? '';
      await kit.sql.query(
        `INSERT INTO "membership" ("organizationId", "userId", role, "updatedAt") VALUES ($1, $2, $3, now())`,
        [a.organizationId, member, role],
      );
      expect((await user.post('/api/auth/switch-organization', { organizationId: a.organizationId })).status).toBe(200);
      return user;
    };
    const viewer = await join('VIEWER');
    expect((await summaryOf(viewer, march)).funnel[0]?.cases).toBe(4);
    const client = await join('CLIENT');
    expect((await client.get(march)).status).toBe(403);
    const anonymous = await kit.app.inject({ method: 'GET', url: march });
    expect(anonymous.statusCode).toBe(401);
  });
});
