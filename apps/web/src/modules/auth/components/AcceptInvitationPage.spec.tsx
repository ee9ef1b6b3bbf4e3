import { screen, waitFor } from '@testing-library/react';
import { clientMeBody, signedOut, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const token = 'invitationtoken_0123456789abcdef';
const clientMe = clientMeBody();
const preview = { organizationName: 'Bridge Agency', inviterName: 'Hana Helper', role: 'CLIENT' };
const base = {
  'GET /api/auth/me': signedOut,
  'GET /api/auth/invitations/preview': { status: 200, body: preview },
  'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
  'GET /api/portal/cases': { status: 200, body: { items: [] } },
};

describe('accepting an invitation', () => {
  it('lets a new person choose a name and password, then lands them on the portal', async () => {
    const stub = stubApi({ ...base, 'POST /api/auth/invitations/accept': { status: 200, body: clientMe } });
    const app = renderAppAt(`/invitations/accept?token=${token}`);
    await screen.findByRole('heading', { level: 1, name: 'Accept your invitation' });

    await app.user.click(await screen.findByRole('button', { name: 'Create account and join' }));
    expect(screen.getByLabelText(/Your name/)).toHaveAccessibleDescription(/Required/);

    await app.user.type(screen.getByLabelText(/Your name/), 'Li Wei');
    await app.user.type(screen.getByLabelText(/New password/), 'bamboo river lantern');
    await app.user.click(screen.getByRole('button', { name: 'Create account and join' }));

    await waitFor(() => expect(app.location()).toBe('/portal'));
    expect(stub.calls('POST /api/auth/invitations/accept')[0]?.body).toEqual({
      token,
      displayName: 'Li Wei',
      password: 'bamboo river lantern',
    });
  });

  it('lets someone with an account join with their password, and shows a wrong password', async () => {
    const stub = stubApi({
      ...base,
      'POST /api/auth/invitations/accept': {
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'Wrong password', details: { field: 'password' } } },
      },
    });
    const app = renderAppAt(`/invitations/accept?token=${token}`);
    await screen.findByRole('heading', { level: 1, name: 'Accept your invitation' });
    await app.user.click(await screen.findByRole('radio', { name: 'I have an account' }));
    expect(screen.queryByLabelText(/Your name/)).not.toBeInTheDocument();
    await app.user.type(screen.getByLabelText(/^Password/), 'my old password');
    await app.user.click(screen.getByRole('button', { name: 'Sign in and join' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong password');
    expect(stub.calls('POST /api/auth/invitations/accept')[0]?.body).toEqual({ token, password: 'my old password' });
  });

  it('follows the server when the invited address has no account yet', async () => {
    stubApi({
      ...base,
      'POST /api/auth/invitations/accept': {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Invalid input: displayName',
            details: {
              issues: [{ field: 'displayName', message: 'is required to create your account', code: 'invalid_type' }],
            },
          },
        },
      },
    });
    const app = renderAppAt(`/invitations/accept?token=${token}`);
    await screen.findByRole('heading', { level: 1, name: 'Accept your invitation' });
    await app.user.click(await screen.findByRole('radio', { name: 'I have an account' }));
    await app.user.type(screen.getByLabelText(/^Password/), 'a new passphrase here');
    await app.user.click(screen.getByRole('button', { name: 'Sign in and join' }));

    expect(
      await screen.findByText('There is no account for the invited address yet: choose your name and a password.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Your name/)).toBeInTheDocument();
  });

  it('accepts at once for the signed-in account, and redirects the emailed /accept-invitation form', async () => {
    const stub = stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: clientMe },
      'POST /api/auth/invitations/accept': { status: 200, body: clientMe },
    });
    const app = renderAppAt(`/accept-invitation?token=${token}`);
    await app.user.click(await screen.findByRole('button', { name: 'Accept with this account' }));
    await waitFor(() => expect(app.location()).toBe('/portal'));
    expect(stub.calls('POST /api/auth/invitations/accept')[0]?.body).toEqual({ token });
  });

  it('names the organization, who invited and the role before anything is typed', async () => {
    const stub = stubApi(base);
    renderAppAt(`/invitations/accept?token=${token}`);
    expect(
      await screen.findByText('Hana Helper invited you to join “Bridge Agency” on Waiji (your role: Client).'),
    ).toBeInTheDocument();
    expect(stub.calls('GET /api/auth/invitations/preview')[0]?.url.searchParams.get('token')).toBe(token);
    expect(screen.getByRole('button', { name: 'Create account and join' })).toBeInTheDocument();
  });

  it('says it in Chinese, and without an inviter whose account is gone', async () => {
    stubApi({
      ...base,
      'GET /api/auth/invitations/preview': { status: 200, body: { ...preview, inviterName: null, role: 'HELPER' } },
    });
    renderAppAt(`/invitations/accept?token=${token}`, 'zh');
    expect(await screen.findByText('您受邀以“协助人员”身份加入 Waiji 上的“Bridge Agency”。')).toBeInTheDocument();
  });

  it('shows a dead link as such, with no form to fill in', async () => {
    stubApi({
      ...base,
      'GET /api/auth/invitations/preview': {
        status: 400,
        body: { error: { code: 'BAD_REQUEST', message: 'This link is invalid', details: { field: 'token' } } },
      },
    });
    renderAppAt(`/invitations/accept?token=${token}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The link is invalid, has expired or was already used. Ask for a new one.',
    );
    expect(screen.queryByRole('button', { name: 'Create account and join' })).not.toBeInTheDocument();
  });

  it('still lets the invitation be accepted when its details cannot be loaded', async () => {
    stubApi({
      ...base,
      'GET /api/auth/invitations/preview': {
        status: 500,
        body: { error: { code: 'INTERNAL', message: 'Internal error' } },
      },
    });
    renderAppAt(`/invitations/accept?token=${token}`);
    expect(await screen.findByText(/The invitation’s details could not be loaded/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create account and join' })).toBeInTheDocument();
    expect(screen.getByText('You were invited to work with an organization on Waiji.')).toBeInTheDocument();
  });

  it('explains a link without a token', async () => {
    stubApi(base);
    renderAppAt('/invitations/accept');
    expect(await screen.findByRole('alert')).toHaveTextContent('This page needs the link from the invitation email.');
  });
});
