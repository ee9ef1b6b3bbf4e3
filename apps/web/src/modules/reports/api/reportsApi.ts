import type { ReportSummaryResponse } from '@waiji/contract';
import type { CaseType } from '@waiji/domain';
import { api, buildApiUrl } from '../../api';

export type ReportRange = { from: string; to: string; type: CaseType | null };

// The contract's `reportTables`, without loading its zod module.
export const reportTables = [
  'casesByState',
  'funnel',
  'timeInState',
  'outcomesByBank',
  'outcomesByReason',
  'overdue',
] as const;
export type ReportTable = (typeof reportTables)[number];

const rangeQuery = (range: ReportRange) => ({ from: range.from, to: range.to, type: range.type ?? undefined });

export const reportsApi = {
  summary: (range: ReportRange, signal?: AbortSignal) =>
    api.get<ReportSummaryResponse>('/reports/summary', { query: rangeQuery(range), ...(signal ? { signal } : {}) }),
  /** A download link: the browser sends the session cookie with a plain GET. */
  csvUrl: (range: ReportRange, table?: ReportTable) =>
    buildApiUrl('/reports/summary.csv', { ...rangeQuery(range), table }),
};

export const reportKeys = {
  summary: (range: ReportRange) => ['reports', 'summary', range.from, range.to, range.type ?? 'all'] as const,
};
