import { screen } from '@testing-library/react';
import { stubApi } from '../../../test/apiRoutes';
import { renderAppAt } from '../../../test/renderAppAt';
import { aCase, session } from '../../cases/test/fixtures';

const staffApi = () =>
  stubApi([
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
    { path: '/api/organization/members', reply: { body: { members: [] } } },
    { path: '/api/saved-views', reply: { body: { items: [] } } },
    { path: '/api/cases', reply: { body: { items: [aCase({ state: 'PREPARING' })], nextCursor: null } } },
    { path: '/api/clients', reply: { body: { items: [], nextCursor: null } } },
    { path: '/api/proposals', reply: { body: { items: [] } } },
    { path: '/api/conversations/unread', reply: { body: { total: 0, cases: [] } } },
  ]);

const tabbable =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

describe('skip to results', () => {
  it.each([
    // The list's "select all shown cases" checkbox comes before its first row.
    ['/cases', 1],
    ['/board', 0],
    ['/today', 0],
  ] as const)(
    'is the first focusable element on %s and leads past the filters to the first case',
    async (path, before) => {
      staffApi();
      const { user } = renderAppAt(path);
      // The page's first case is drawn.
      const caseLink = await screen.findByRole('link', { name: /Anna Müller/ }, { timeout: 5000 });

      await user.tab();
      const skip = screen.getByRole('link', { name: 'Skip to results' });
      expect(skip).toHaveFocus();
      expect(skip).toHaveAttribute('href', '#results');
      const results = document.getElementById('results');
      expect(results).toHaveAttribute('tabindex', '-1');
      expect(results).toContainElement(caseLink);
      // Tab after the skip (Enter focuses the target) reaches the first case: nothing to tab through before it.
      const first = [...(results?.querySelectorAll<HTMLElement>(tabbable) ?? [])][before];
      const caseElement = first?.closest('[data-case-id]') ?? first?.closest('li');
      expect(caseElement?.textContent).toContain('Anna Müller');

      await user.tab();
      expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    },
  );

  it('is not offered where there are no results to skip to', async () => {
    staffApi();
    const { user } = renderAppAt('/clients');
    await screen.findByRole('heading', { level: 1 });
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    expect(screen.queryByRole('link', { name: 'Skip to results' })).not.toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    staffApi();
    renderAppAt('/cases', 'zh');
    expect(await screen.findByRole('link', { name: '跳到结果' })).toHaveAttribute('href', '#results');
  });
});
