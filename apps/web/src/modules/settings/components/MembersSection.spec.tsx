import type { MemberResponse } from '@waiji/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const ben = '55555555-5555-4555-8555-555555555555';
const members: MemberResponse[] = [
  {
    userId: testIds.user,
    email: 'helper@example.com',
    displayName: 'Hana Helper',
    role: 'OWNER',
    clientId: null,
    emailVerified: true,
    joinedAt: '2026-01-02T08:00:00.000Z',
  },
  {
    userId: ben,
    email: 'ben@example.com',
    displayName: 'Ben Bauer',
    role: 'HELPER',
    clientId: null,
    emailVerified: false,
    joinedAt: '2026-01-03T08:00:00.000Z',
  },
];

const setup = (me = meBody()) => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/organization/members': { status: 200, body: { members } },
  });
  const app = renderAppAt('/settings/members');
  return { stub, app };
};

const benRole = () => screen.getByRole('combobox', { name: 'Role of Ben Bauer' });

describe('settings: members and roles', () => {
  it('lists members with their roles, marks unconfirmed email and the signed-in user', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Members and roles' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('(you)')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Email not confirmed')).toBeInTheDocument();
    expect(benRole()).toHaveValue('HELPER');
  });

  it('changes a role at once and keeps it when the server agrees', async () => {
    const { stub, app } = setup();
    // A server that remembers: the refetch after the change sees it.
    let current = members;
    stub.on('GET /api/organization/members', () => ({ status: 200, body: { members: current } }));
    stub.on('PATCH /api/organization/members/*', (request) => {
      const role = (request.body as { role: MemberResponse['role'] }).role;
      current = current.map((member) => (member.userId === ben ? { ...member, role } : member));
      return { status: 200, body: current[1] };
    });
    await screen.findByRole('table', { name: 'Members and roles' });

    await app.user.selectOptions(benRole(), 'ADMIN');

    expect(benRole()).toHaveValue('ADMIN');
    expect(await screen.findByRole('status')).toHaveTextContent('Ben Bauer is now Admin.');
    const [call] = stub.calls(`PATCH /api/organization/members/${ben}`);
    expect(call?.body).toEqual({ role: 'ADMIN' });
    expect(call?.headers['x-csrf-token']).toBe('csrf-test-token');
  });

  it.each([
    [409, 'CONFLICT', 'The organization must keep at least one owner'],
    [403, 'FORBIDDEN', 'Only an owner can make or unmake owners'],
  ])('puts the old role back on %i and shows the server’s explanation', async (status, code, message) => {
    const { stub, app } = setup();
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    stub.on('PATCH /api/organization/members/*', 'pending');
    await screen.findByRole('table', { name: 'Members and roles' });

    // Hold the answer back to see the optimistic value first.
    stub.mock.mockImplementationOnce(async () => {
      await answered;
      return new Response(JSON.stringify({ error: { code, message } }), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    });
    await app.user.selectOptions(benRole(), 'VIEWER');
    expect(benRole()).toHaveValue('VIEWER');

    stub.on('GET /api/organization/members', { status: 200, body: { members } });
    release();

    expect(await screen.findByRole('alert')).toHaveTextContent(`The role of Ben Bauer was not changed: ${message}`);
    await waitFor(() => expect(benRole()).toHaveValue('HELPER'));
  });

  it('offers the owner role only to owners', async () => {
    setup(meBody({ role: 'ADMIN' }));
    await screen.findByRole('table', { name: 'Members and roles' });
    expect(within(benRole()).queryByRole('option', { name: 'Owner' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Role of Hana Helper' })).not.toBeInTheDocument();
  });

  it('is read-only for helpers', async () => {
    setup(meBody({ role: 'HELPER' }));
    await screen.findByRole('table', { name: 'Members and roles' });
    expect(screen.getByText('Only owners and admins can change this.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    // Sections the API keeps for owners and admins are not offered.
    const sections = screen.getByRole('navigation', { name: 'Settings sections' });
    expect(within(sections).queryByRole('link', { name: 'Invitations' })).not.toBeInTheDocument();
    expect(within(sections).queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('removes a member after confirmation, and brings them back if refused', async () => {
    const { stub, app } = setup();
    stub.on('DELETE /api/organization/members/*', {
      status: 409,
      body: { error: { code: 'CONFLICT', message: 'Cannot remove the last owner' } },
    });
    await screen.findByRole('table', { name: 'Members and roles' });

    await app.user.click(screen.getByRole('button', { name: 'Remove Ben Bauer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove member' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ben Bauer was not removed: Cannot remove the last owner',
    );
    expect(await screen.findByRole('combobox', { name: 'Role of Ben Bauer' })).toBeInTheDocument();
  });
});
