import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useNavigate } from 'react-router';
import { createI18n } from '../i18n/i18n';
import { meBody, signedOut, stubApi } from '../test/apiStub';
import { healthBody } from '../test/fetchStub';
import { renderAppAt } from '../test/renderAppAt';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

// The tools page's chunk is gone, as after a deploy that replaced it: importing it fails.
jest.mock('../modules/tools/components/ToolsPage', () => {
  throw new Error('Failed to fetch dynamically imported module: /assets/ToolsPage-old.js');
});

/** The browser's back button, outside the routes as it is outside the page. */
const BackButton = () => {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(-1)}>
      Browser back
    </button>
  );
};

/** The size of the container the layout puts the page in (Mantine marks it on the element). */
const containerSize = () =>
  screen.getByRole('main').querySelector(':scope > .mantine-Container-root')?.getAttribute('data-size');

describe('app routes', () => {
  it('shows the route error page, without the shell, when a page cannot load, and recovers on navigating away', async () => {
    stubApi({ 'GET /api/auth/me': signedOut, 'GET /api/health': { status: 200, body: healthBody() } });
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    try {
      render(
        <AppProviders
          i18n={createI18n('en')}
          queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
        >
          <MemoryRouter initialEntries={['/', '/tools']} initialIndex={1}>
            <AppRoutes />
            <BackButton />
          </MemoryRouter>
        </AppProviders>,
      );

      expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
      expect(screen.queryByRole('banner')).not.toBeInTheDocument(); // the page replaces the layout, as errorElement did

      await userEvent.click(screen.getByRole('button', { name: 'Browser back' }));

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Alipay verification, tracked as cases' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('banner')).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
    } finally {
      quiet.mockRestore();
    }
  });

  it('gives a route that asks for it (the staff workspace) the wide container, and others the narrow one', async () => {
    stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/cases': { status: 200, body: { items: [], nextCursor: null } },
      'GET /api/organization/members': { status: 200, body: { members: [] } },
      'GET /api/saved-views': { status: 200, body: { items: [] } },
      'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    });
    const wide = renderAppAt('/cases');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeInTheDocument();
    expect(containerSize()).toBe('xl');
    wide.unmount();

    stubApi({ 'GET /api/auth/me': signedOut });
    renderAppAt('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(containerSize()).toBe('md');
  });
});
