import { screen, waitFor, within } from '@testing-library/react';
import type { ReportSummaryResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { session } from '../../cases/test/fixtures';
import { ReportsPage } from './ReportsPage';

const summary = (tag: string | null): ReportSummaryResponse => ({
  range: {
    from: '2026-03-01',
    to: '2026-03-30',
    timezone: 'Asia/Shanghai',
    type: null,
    tag,
    start: '2026-02-28T16:00:00.000Z',
    end: '2026-03-30T16:00:00.000Z',
    generatedAt: '2026-03-30T10:00:00.000Z',
  },
  casesByState: { asOf: '2026-03-30T10:00:00.000Z', total: 0, counts: [] },
  funnel: [],
  timeInState: [],
  outcomesByBank: [],
  outcomesByType: [],
  outcomesByReason: [],
  overdue: [],
  byTag: tag
    ? [{ tag, cases: 3, approved: 2, rejected: 0, inProgress: 1, shareApproved: 0.6667 }]
    : [
        { tag: 'fall-2026', cases: 3, approved: 2, rejected: 0, inProgress: 1, shareApproved: 0.6667 },
        { tag: 'spring-2026', cases: 2, approved: 0, rejected: 2, inProgress: 0, shareApproved: 0 },
      ],
});

const setup = () => {
  const api = stubApi([
    { path: '/api/auth/me', reply: { body: session('VIEWER') } },
    {
      path: '/api/reports/summary',
      reply: (request) => ({ body: summary(request.url.searchParams.get('tag')) }),
    },
    {
      path: '/api/cases/tags',
      reply: {
        body: {
          items: [
            { tag: 'fall-2026', count: 3 },
            { tag: 'spring-2026', count: 2 },
          ],
        },
      },
    },
  ]);
  return { api, ...renderRoute(<ReportsPage />, { path: '/reports' }) };
};

const lastTag = (api: ReturnType<typeof stubApi>) => {
  const requests = api.requests('/api/reports/summary', 'GET');
  return requests[requests.length - 1]?.url.searchParams.get('tag') ?? null;
};

describe('reports: the tag (cohort) filter', () => {
  it('narrows every table to the tag typed, and the CSV links follow', async () => {
    const { api, user } = setup();
    await screen.findByRole('table', { name: 'By tag (cohort)' });
    expect(lastTag(api)).toBeNull();

    await user.type(screen.getByLabelText(/^Tag \(cohort\)/, { selector: 'input' }), 'fall-2026');
    await waitFor(() => expect(lastTag(api)).toBe('fall-2026'));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'By tag (cohort)' }))
          .getAllByRole('row')
          .map((row) => row.querySelector('th')?.textContent),
      ).toEqual(['Tag', 'fall-2026']),
    );
    expect(screen.getByRole('link', { name: 'Download all tables (CSV)' }).getAttribute('href')).toContain(
      'tag=fall-2026',
    );
    // Typed once, asked once: the report waits for the typing to stop.
    expect(api.requests('/api/reports/summary', 'GET').map((r) => r.url.searchParams.get('tag'))).toEqual([
      null,
      'fall-2026',
    ]);
  });

  it('narrows to a tag chosen in the by-tag table', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Show only “spring-2026”' }));
    expect(screen.getByLabelText(/^Tag \(cohort\)/, { selector: 'input' })).toHaveValue('spring-2026');
    await waitFor(() => expect(lastTag(api)).toBe('spring-2026'));
  });
});
