import { screen, waitFor, within } from '@testing-library/react';
import type { DuplicateClientMatch, MemberResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, session } from '../test/fixtures';
import { NewCasePage } from './NewCasePage';

const member = (overrides: Partial<MemberResponse>): MemberResponse => ({
  userId: '00000000-0000-4000-8000-0000000000aa',
  email: 'hana@example.com',
  displayName: 'Hana Helper',
  role: 'HELPER',
  clientId: null,
  emailVerified: true,
  joinedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const members = {
  members: [
    member({}),
    member({ userId: '00000000-0000-4000-8000-0000000000bb', displayName: 'Li Wei', role: 'ADMIN' }),
    member({ userId: '00000000-0000-4000-8000-0000000000cc', displayName: 'A Client', role: 'CLIENT' }),
  ],
};

const existing: DuplicateClientMatch = {
  id: aClient().id,
  passportName: 'Anna Müller',
  passportLast4: '2345',
  email: 'anna@example.com',
  matchedOn: ['passport', 'email'],
  openCases: 2,
  archivedAt: null,
};

describe('new case: duplicates, an existing client, the assignee', () => {
  it('warns of a client that may exist, links to it, and creates anyway only when asked', async () => {
    const created = aCase({ state: 'PREPARING' });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session() } },
      { path: '/api/organization/members', reply: { body: members } },
      {
        method: 'POST',
        path: '/api/clients',
        reply: (request) =>
          (request.body as { allowDuplicate?: boolean }).allowDuplicate
            ? { status: 201, body: aClient({ id: '00000000-0000-4000-9000-00000000000f' }) }
            : {
                status: 409,
                body: {
                  error: {
                    code: 'DUPLICATE_CLIENT',
                    message: 'This looks like a client you already have',
                    details: { matches: [existing] },
                  },
                },
              },
      },
      { method: 'POST', path: '/api/cases', reply: { status: 201, body: created } },
    ]);
    const { user, location } = renderRoute(<NewCasePage />, { path: '/cases/new' });

    await user.type(await screen.findByRole('textbox', { name: /Name as on the passport/ }), 'Anna Muller');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'anna@example.com');
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    const warning = await screen.findByTestId('duplicate-client');
    expect(warning).toHaveTextContent('This client may already exist');
    expect(warning).toHaveTextContent('same passport and name · same email · 2 open cases');
    expect(within(warning).getByRole('link', { name: 'Open existing' })).toHaveAttribute(
      'href',
      `/clients/${existing.id}`,
    );
    expect(within(warning).getByRole('link', { name: 'New case for them' })).toHaveAttribute(
      'href',
      `/cases/new?clientId=${existing.id}`,
    );
    expect(api.requests('/api/cases', 'POST')).toHaveLength(0);
    expect(screen.queryByText('Not saved')).not.toBeInTheDocument();

    await user.click(within(warning).getByRole('button', { name: 'Create anyway' }));
    await waitFor(() => expect(location()).toBe(`/cases/${created.id}`));
    expect(api.requests('/api/clients', 'POST').map((request) => request.body)).toEqual([
      { passportName: 'Anna Muller', preferredLanguage: 'en', email: 'anna@example.com' },
      { passportName: 'Anna Muller', preferredLanguage: 'en', email: 'anna@example.com', allowDuplicate: true },
    ]);
    expect(api.requests('/api/cases', 'POST')[0]?.body).toMatchObject({
      clientId: '00000000-0000-4000-9000-00000000000f',
    });
  });

  it('opens a further case for a client picked from the search, with an assignee, creating no client', async () => {
    const created = aCase({ state: 'PREPARING' });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session() } },
      { path: '/api/organization/members', reply: { body: members } },
      {
        path: '/api/clients',
        reply: { body: { items: [{ ...aClient(), caseCount: 1, openCases: 1 }], nextCursor: null } },
      },
      { path: `/api/clients/${aClient().id}`, reply: { body: aClient() } },
      { method: 'POST', path: '/api/cases', reply: { status: 201, body: created } },
    ]);
    const { user, location } = renderRoute(<NewCasePage />, { path: '/cases/new' });

    await user.click(await screen.findByRole('radio', { name: 'Existing client' }));
    expect(screen.queryByRole('textbox', { name: /Name as on the passport/ })).not.toBeInTheDocument();
    // nothing picked yet: the form says so instead of sending
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Client' }), 'anna');
    // jsdom leaves Mantine's dropdown at display: none; its options are rendered in it all the same.
    await user.click(
      await screen.findByRole('option', { name: 'Anna Müller · ····2345 · anna@example.com', hidden: true }),
    );
    await waitFor(() => expect(location()).toBe(`/cases/new?clientId=${aClient().id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'New case for Anna Müller' })).toBeInTheDocument();

    const assignee = screen.getByRole('combobox', { name: 'Assignee' });
    expect(
      within(assignee)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Unassigned', 'Hana Helper', 'Li Wei']);
    await user.selectOptions(assignee, 'Li Wei');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(() => expect(location()).toBe(`/cases/${created.id}`));
    expect(api.requests('/api/clients', 'POST')).toHaveLength(0);
    expect(api.requests('/api/cases', 'POST')[0]?.body).toEqual({
      clientId: aClient().id,
      type: 'BANK_CARD_VERIFICATION',
      priority: 'NORMAL',
      assigneeId: '00000000-0000-4000-8000-0000000000bb',
    });
  });
});
