import { type ReportSummaryResponse, type ReportTable, reportTables } from '@waiji/contract';

type Cell = string | number | null;
type Table = { header: string[]; rows: Cell[][] };

/** RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function tables(summary: ReportSummaryResponse): Record<ReportTable, () => Table> {
  return {
    casesByState: () => ({
      header: ['state', 'count'],
      rows: summary.casesByState.counts.map((r) => [r.state, r.count]),
    }),
    funnel: () => ({
      header: ['stage', 'cases', 'shareOfSubmitted'],
      rows: summary.funnel.map((r) => [r.stage, r.cases, r.shareOfSubmitted]),
    }),
    timeInState: () => ({
      header: ['state', 'stays', 'openStays', 'medianDays', 'p90Days'],
      rows: summary.timeInState.map((r) => [r.state, r.stays, r.openStays, r.medianDays, r.p90Days]),
    }),
    outcomesByBank: () => ({
      header: ['bank', 'approvals', 'rejections', 'decisions', 'approvalRate', 'rejectionRate'],
      rows: summary.outcomesByBank.map((r) => [
        r.bank,
        r.approvals,
        r.rejections,
        r.decisions,
        r.approvalRate,
        r.rejectionRate,
      ]),
    }),
    outcomesByReason: () => ({
      header: ['reasonCode', 'rejections', 'shareOfRejections', 'rateOfDecisions'],
      rows: summary.outcomesByReason.map((r) => [r.reasonCode, r.rejections, r.shareOfRejections, r.rateOfDecisions]),
    }),
    outcomesByType: () => ({
      header: ['type', 'succeeded', 'failed', 'decisions', 'successRate'],
      rows: summary.outcomesByType.map((r) => [r.type, r.succeeded, r.failed, r.decisions, r.successRate]),
    }),
    overdue: () => ({
      header: ['date', 'cases', 'reminders'],
      rows: summary.overdue.map((r) => [r.date, r.cases, r.reminders]),
    }),
    byTag: () => ({
      header: ['tag', 'cases', 'approved', 'rejected', 'inProgress', 'shareApproved'],
      rows: summary.byTag.map((r) => [r.tag, r.cases, r.approved, r.rejected, r.inProgress, r.shareApproved]),
    }),
  };
}

const lines = (table: Table) => [table.header, ...table.rows].map((row) => row.map(cell).join(','));

/**
 * The summary as CSV: one table, or every table as a section (its name on a line of its own, then header and
 * rows, a blank line between sections). Column names are the JSON field names; null is an empty cell.
 */
export function summaryCsv(summary: ReportSummaryResponse, table?: ReportTable): string {
  const all = tables(summary);
  if (table) return `${lines(all[table]()).join('\r\n')}\r\n`;
  return `${reportTables.map((name) => [name, ...lines(all[name]())].join('\r\n')).join('\r\n\r\n')}\r\n`;
}
