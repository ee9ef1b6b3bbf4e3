import { screen, waitFor, within } from '@testing-library/react';
import type { NamedExoticComponent, ReactNode } from 'react';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, session } from '../test/fixtures';
import { CaseListPage } from './CaseListPage';

// Renders of the bars around the list, counted: read at render time, after this module has set it up.
const mockRenders = { filtersBar: 0, savedViews: 0 };

// The filters bar as the page gets it, memoised by its own module: only the function inside the memo is wrapped,
// so the memo's comparison is the real one, and a bar no longer memoised fails here rather than going unnoticed.
jest.mock('./CaseFiltersBar', () => {
  const actual = jest.requireActual<typeof import('./CaseFiltersBar')>('./CaseFiltersBar');
  const memoised = actual.CaseFiltersBar as unknown as NamedExoticComponent & { type?: (props: object) => ReactNode };
  const render = memoised.type;
  if (typeof render !== 'function') throw new Error('CaseFiltersBar is no longer memoised (React.memo)');
  const counted = (props: object) => {
    mockRenders.filtersBar += 1;
    return render(props);
  };
  return { ...actual, CaseFiltersBar: { ...memoised, type: counted } };
});

// The saved views menu stands for the title row: the menu itself is not memoised, the row around it is.
jest.mock('./SavedViewsMenu', () => {
  const actual = jest.requireActual<typeof import('./SavedViewsMenu')>('./SavedViewsMenu');
  const SavedViewsMenu = (props: Parameters<typeof actual.SavedViewsMenu>[0]) => {
    mockRenders.savedViews += 1;
    return actual.SavedViewsMenu(props);
  };
  return { ...actual, SavedViewsMenu };
});

const members = {
  members: [
    {
      userId: '00000000-0000-4000-8000-0000000000bb',
      email: 'b@example.com',
      displayName: 'Bo Helper',
      role: 'HELPER',
      clientId: null,
      emailVerified: true,
      joinedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};

/** A reply that waits for `release()`; later requests are answered at once. */
const heldReply = (body: unknown) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    release,
    reply: async () => {
      await held;
      return { body };
    },
  };
};

/** The list page with the cases and the members held back until the spec lets them through. */
const renderHeld = () => {
  const cases = heldReply({ items: [aCase({ nextDueAt: '2000-01-01T00:00:00.000Z' })], nextCursor: null });
  const memberList = heldReply(members);
  stubApi([
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
    { path: '/api/organization/members', reply: memberList.reply },
    { path: '/api/saved-views', reply: { body: { items: [] } } },
    { path: '/api/cases', reply: cases.reply },
  ]);
  return {
    ...renderRoute(<CaseListPage />, { path: '/cases' }),
    releaseCases: cases.release,
    releaseMembers: memberList.release,
  };
};

const showsCases = async () => {
  const table = await screen.findByRole('table', { name: 'Cases' });
  expect(within(table).getByRole('row', { name: /Anna Müller/ })).toBeInTheDocument();
};

describe('case list renders', () => {
  it('does not re-render the title row or the filters when the cases arrive, but does when the filters change', async () => {
    const { user, queryClient, releaseCases, releaseMembers } = renderHeld();
    releaseMembers();

    // Everything but the cases has arrived (session, members, saved views): what is left to come is the list's data.
    expect(await screen.findByRole('option', { name: 'Bo Helper' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New case' })).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isFetching()).toBe(1));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    const before = { ...mockRenders };
    expect(before.filtersBar).toBeGreaterThan(0);
    expect(before.savedViews).toBeGreaterThan(0);

    releaseCases();
    await showsCases();
    expect(mockRenders).toEqual(before);

    // The memo lets real changes through: a chip changes the filters, and with them the bar and the title row.
    await user.click(screen.getByRole('checkbox', { name: 'Rejected' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Rejected' })).toBeChecked());
    expect(mockRenders.filtersBar).toBeGreaterThan(before.filtersBar);
    expect(mockRenders.savedViews).toBeGreaterThan(before.savedViews);
  });

  it('does not re-render them either when the cases arrive before the members, and re-renders only the filters for the members', async () => {
    const { queryClient, releaseCases, releaseMembers } = renderHeld();

    expect(await screen.findByRole('link', { name: 'New case' })).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isFetching()).toBe(2));
    const before = { ...mockRenders };

    releaseCases();
    await showsCases();
    expect(mockRenders).toEqual(before);

    releaseMembers();
    expect(await screen.findByRole('option', { name: 'Bo Helper' })).toBeInTheDocument();
    expect(mockRenders.filtersBar).toBeGreaterThan(before.filtersBar);
    expect(mockRenders.savedViews).toBe(before.savedViews);
  });
});
