import { screen, within } from '@testing-library/react';
import { signedOut, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const token = 'abcdefghijklmnopqrstuvwxyz012345';

describe('password reset', () => {
  it('asks for the emailed link when there is none', async () => {
    stubApi({ 'GET /api/auth/me': signedOut });
    renderAppAt('/reset-password');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This page needs the link from the password-reset email.',
    );
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('checks length and repetition, then sets the password with the token and offers sign-in', async () => {
    const stub = stubApi({ 'GET /api/auth/me': signedOut, 'POST /api/auth/password-reset/confirm': { status: 204 } });
    const app = renderAppAt(`/reset-password?token=${token}`);
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });

    await app.user.type(screen.getByLabelText(/^New password/), 'too short');
    await app.user.type(screen.getByLabelText(/Repeat the new password/), 'different');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByText('The two passwords differ.')).toBeInTheDocument();

    await app.user.clear(screen.getByLabelText(/^New password/));
    await app.user.type(screen.getByLabelText(/^New password/), 'a much better passphrase');
    await app.user.clear(screen.getByLabelText(/Repeat the new password/));
    await app.user.type(screen.getByLabelText(/Repeat the new password/), 'a much better passphrase');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText('Password changed')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(stub.calls('POST /api/auth/password-reset/confirm')[0]?.body).toEqual({
      token,
      password: 'a much better passphrase',
    });
  });

  it('explains a used or expired link and offers a new one', async () => {
    stubApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/password-reset/confirm': {
        status: 400,
        body: {
          error: {
            code: 'BAD_REQUEST',
            message: 'This link is invalid, has expired or was already used; ask for a new one',
            details: { field: 'token' },
          },
        },
      },
    });
    const app = renderAppAt(`/reset-password?token=${token}`);
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    await app.user.type(screen.getByLabelText(/^New password/), 'a much better passphrase');
    await app.user.type(screen.getByLabelText(/Repeat the new password/), 'a much better passphrase');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The link is invalid, has expired or was already used. Ask for a new one.',
    );
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toBeInTheDocument();
  });

  it('requests a link without revealing whether the account exists', async () => {
    const stub = stubApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/password-reset/request': {
        status: 202,
        body: { accepted: true, message: 'ok', mailCaptured: false },
      },
    });
    const app = renderAppAt('/forgot-password');
    await screen.findByRole('heading', { level: 1, name: 'Reset your password' });
    await app.user.type(screen.getByLabelText(/Email/), 'someone@example.com');
    await app.user.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByText(/If an account exists for someone@example.com/)).toBeInTheDocument();
    expect(stub.calls('POST /api/auth/password-reset/request')[0]?.body).toEqual({ email: 'someone@example.com' });
  });
});
