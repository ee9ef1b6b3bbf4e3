import { screen, within } from '@testing-library/react';
import type { ReportSummaryResponse } from '@waiji/contract';
import { renderWithProviders } from '../../../test/render';
import { ReportView } from './ReportsPage';

const report: ReportSummaryResponse = {
  range: {
    from: '2026-03-01',
    to: '2026-03-03',
    timezone: 'Asia/Shanghai',
    type: null,
    tag: null,
    start: '2026-02-28T16:00:00.000Z',
    end: '2026-03-03T16:00:00.000Z',
    generatedAt: '2026-03-03T10:00:00.000Z',
  },
  casesByState: {
    asOf: '2026-03-03T10:00:00.000Z',
    total: 10,
    counts: [
      { state: 'PREPARING', count: 4 },
      { state: 'SUBMITTED', count: 2 },
      { state: 'AWAITING_DEPOSIT', count: 1 },
      { state: 'MANUAL_REVIEW', count: 1 },
      { state: 'REJECTED', count: 1 },
      { state: 'APPROVED', count: 1 },
    ],
  },
  funnel: [
    { stage: 'SUBMITTED', cases: 8, shareOfSubmitted: 1 },
    { stage: 'AWAITING_DEPOSIT', cases: 6, shareOfSubmitted: 0.75 },
    { stage: 'MANUAL_REVIEW', cases: 3, shareOfSubmitted: 0.375 },
    { stage: 'APPROVED', cases: 1, shareOfSubmitted: 0.125 },
  ],
  timeInState: [
    { state: 'PREPARING', stays: 10, openStays: 4, medianDays: 1.25, p90Days: 3.5 },
    { state: 'SUBMITTED', stays: 8, openStays: 2, medianDays: 0.5, p90Days: 2 },
    { state: 'AWAITING_DEPOSIT', stays: 6, openStays: 1, medianDays: 2.75, p90Days: 14.2 },
    { state: 'MANUAL_REVIEW', stays: 3, openStays: 1, medianDays: 1, p90Days: 1.8 },
    { state: 'REJECTED', stays: 0, openStays: 0, medianDays: null, p90Days: null },
  ],
  outcomesByBank: [
    { bank: 'BOC', approvals: 1, rejections: 3, decisions: 4, approvalRate: 0.25, rejectionRate: 0.75 },
    { bank: null, approvals: 0, rejections: 1, decisions: 1, approvalRate: 0, rejectionRate: 1 },
  ],
  outcomesByReason: [{ reasonCode: 'CARD_CHECK_FAILED', rejections: 4, shareOfRejections: 1, rateOfDecisions: 0.8 }],
  outcomesByType: [
    { type: 'BANK_CARD_VERIFICATION', succeeded: 1, failed: 4, decisions: 5, successRate: 0.2 },
    { type: 'INTERNATIONAL_CARD_BINDING', succeeded: 0, failed: 2, decisions: 2, successRate: 0 },
  ],
  overdue: [
    { date: '2026-03-01', cases: 0, reminders: 0 },
    { date: '2026-03-02', cases: 2, reminders: 3 },
    { date: '2026-03-03', cases: null, reminders: null },
  ],
  byTag: [
    { tag: 'fall-2026', cases: 6, approved: 1, rejected: 1, inProgress: 4, shareApproved: 0.1667 },
    { tag: null, cases: 4, approved: 0, rejected: 0, inProgress: 4, shareApproved: 0 },
  ],
};

const range = { from: '2026-03-01', to: '2026-03-03', type: null, tag: null };

const tableRows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('reports', () => {
  it('gives every chart its numbers as a table', () => {
    renderWithProviders(<ReportView report={report} range={range} />);

    expect(tableRows('Cases by state')).toEqual([
      ['State', 'Cases'],
      ['Preparing', '4'],
      ['Submitted', '2'],
      ['Awaiting deposit', '1'],
      ['Manual review', '1'],
      ['Rejected', '1'],
      ['Approved', '1'],
    ]);
    expect(tableRows('From submitted to approved')).toEqual([
      ['Step', 'Cases', 'Share of submitted'],
      ['Submitted', '8', '100%'],
      ['Awaiting deposit', '6', '75%'],
      ['Manual review', '3', '37.5%'],
      ['Approved', '1', '12.5%'],
    ]);
    expect(tableRows('Days in each state')[3]).toEqual(['Awaiting deposit', '2.8 d', '14.2 d', '6', '1']);
    expect(tableRows('Days in each state')[5]).toEqual(['Rejected', '—', '—', '0', '0']);
    expect(tableRows('Approvals and rejections by bank').slice(1)).toEqual([
      ['Bank of China', '1', '3', '25%', '75%'],
      ['No bank', '0', '1', '0%', '100%'],
    ]);
    expect(tableRows('Rejections by reason')[1]).toEqual(['Bank-card check failed (M1)', '4', '100%', '80%']);
    expect(tableRows('Overdue over time').slice(1)).toEqual([
      ['2026-03-01', '0', '0'],
      ['2026-03-02', '2', '3'],
      ['2026-03-03', '—', '—'],
    ]);
  });

  it('groups the cases by tag (cohort), and a tag narrows the report to it', async () => {
    const onTag = jest.fn();
    const { user } = renderWithProviders(<ReportView report={report} range={range} onTag={onTag} />);

    expect(tableRows('By tag (cohort)')).toEqual([
      ['Tag', 'Cases', 'Approved', 'Rejected', 'In progress', 'Share approved'],
      ['fall-2026', '6', '1', '1', '4', '16.7%'],
      ['No tag', '4', '0', '0', '4', '0%'],
    ]);
    expect(
      screen.getByRole('img', { name: /^By tag \(cohort\): fall-2026 Approved 1, Rejected 1, In progress 4/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show only “fall-2026”' }));
    expect(onTag).toHaveBeenCalledWith('fall-2026');
  });

  it('draws each chart as one described image and links each table as CSV', () => {
    renderWithProviders(<ReportView report={report} range={range} />);

    expect(screen.getByRole('img', { name: /^Cases by state: Preparing 4, Submitted 2/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Overdue over time: 2026-03-01 0, 2026-03-02 2$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download “Rejections by reason” as CSV' })).toHaveAttribute(
      'href',
      '/api/reports/summary.csv?from=2026-03-01&to=2026-03-03&table=outcomesByReason',
    );
  });

  it('says when a part has no data', () => {
    renderWithProviders(<ReportView report={{ ...report, outcomesByBank: [], outcomesByReason: [] }} range={range} />);

    expect(within(screen.getByTestId('report-outcomesByBank')).getByText('No data in this range.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Approvals and rejections by bank' })).not.toBeInTheDocument();
  });

  it('reads in Chinese too', () => {
    renderWithProviders(<ReportView report={report} range={range} />, 'zh');

    expect(screen.getByRole('table', { name: '各状态的案件' })).toBeInTheDocument();
    expect(tableRows('从提交到通过')[2]).toEqual(['等待打款', '6', '75%']);
    expect(tableRows('按标签（批次）')[2]).toEqual(['无标签', '4', '0', '0', '4', '0%']);
  });
});
