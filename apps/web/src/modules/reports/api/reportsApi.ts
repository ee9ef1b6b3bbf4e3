import type { CaseTagsResponse, ReportSummaryResponse } from '@waiji/contract';
import type { CaseType } from '@waiji/domain';
import { api, buildApiUrl } from '../../api';

/** The report's days and filters: a case type, a tag (a cohort). */
export type ReportRange = { from: string; to: string; type: CaseType | null; tag: string | null };

// The contract's `reportTables`, without loading its zod module.
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

const rangeQuery = (range: ReportRange) => ({
  from: range.from,
  to: range.to,
  type: range.type ?? undefined,
  tag: range.tag ?? undefined,
});

export const reportsApi = {
  summary: (range: ReportRange, signal?: AbortSignal) =>
    api.get<ReportSummaryResponse>('/reports/summary', { query: rangeQuery(range), ...(signal ? { signal } : {}) }),
  /** A download link: the browser sends the session cookie with a plain GET. */
  csvUrl: (range: ReportRange, table?: ReportTable) =>
    buildApiUrl('/reports/summary.csv', { ...rangeQuery(range), table }),
  /** The organization's tags containing `q`, most used first: suggestions for the tag filter. */
  tags: (q: string, signal?: AbortSignal) =>
    api.get<CaseTagsResponse>('/cases/tags', {
      query: { q: q || undefined, limit: 10 },
      ...(signal ? { signal } : {}),
    }),
};

export const reportKeys = {
  summary: (range: ReportRange) =>
    ['reports', 'summary', range.from, range.to, range.type ?? 'all', range.tag ?? ''] as const,
  tags: (q: string) => ['reports', 'tags', q] as const,
};
