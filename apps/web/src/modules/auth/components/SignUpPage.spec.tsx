import { screen } from '@testing-library/react';
import { signedOut, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const base = {
  'GET /api/auth/me': signedOut,
  'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
  'GET /api/portal/cases': { status: 200, body: { items: [] } },
  'GET /api/cases': { status: 200, body: { items: [], nextCursor: null } },
};

const open = async () => {
  const app = renderAppAt('/sign-up');
  await screen.findByRole('heading', { level: 1, name: 'Create an account' });
  return app;
};

describe('sign-up', () => {
  it('asks for every field, an organization name for an agency, and a password of at least 10 characters', async () => {
    const stub = stubApi(base);
    const app = await open();

    await app.user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText(/Your name/)).toHaveAccessibleDescription(/Required/);
    expect(screen.getByLabelText(/Agency name/)).toHaveAccessibleDescription(/Required/);
    expect(screen.getByLabelText(/Your name/)).toHaveFocus();

    await app.user.type(screen.getByLabelText(/Your name/), 'Hana');
    await app.user.type(screen.getByLabelText(/Email/), 'not-an-email');
    await app.user.type(screen.getByLabelText(/New password/), 'short1234');
    await app.user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByText('Enter an email address such as name@example.com.')).toBeInTheDocument();
    expect(screen.getByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Agency name/)).toHaveAccessibleDescription(/Required/);
    expect(stub.calls('POST /api/auth/signup')).toHaveLength(0);
  });

  it('names the field for a university and leaves it out for an individual; then says to check the email, whatever the address', async () => {
    const stub = stubApi({
      ...base,
      'POST /api/auth/signup': {
        status: 202,
        body: {
          accepted: true,
          message: 'We have sent an email to ana@example.com. Open the link in it to continue.',
          mailCaptured: false,
        },
      },
    });
    const app = await open();

    await app.user.click(screen.getByRole('radio', { name: /A university office/ }));
    expect(screen.getByLabelText(/University or office name/)).toBeInTheDocument();
    await app.user.click(screen.getByRole('radio', { name: /Just me/ }));
    expect(
      screen.queryByLabelText(/name$/i, { selector: 'input[id="sign-up-organizationName"]' }),
    ).not.toBeInTheDocument();

    await app.user.type(screen.getByLabelText(/Your name/), 'Ana Silva');
    await app.user.type(screen.getByLabelText(/Email/), 'Ana@Example.com ');
    await app.user.type(screen.getByLabelText(/New password/), 'a long enough passphrase');
    await app.user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'We have sent an email to Ana@Example.com. Open the link in it to confirm your address, then sign in',
    );
    // The header's sign-in link and the card's own button both lead to the sign-in page.
    for (const link of screen.getAllByRole('link', { name: 'Sign in' }))
      expect(link).toHaveAttribute('href', '/sign-in');
    expect(app.location()).toBe('/sign-up');
    expect(screen.queryByText('This Waiji sends no email yet')).not.toBeInTheDocument();
    expect(stub.calls('POST /api/auth/signup')[0]?.body).toEqual({
      kind: 'PERSONAL',
      displayName: 'Ana Silva',
      email: 'Ana@Example.com',
      password: 'a long enough passphrase',
      locale: 'en',
    });
  });

  it('says where the email is when this installation sends none (npm start without SMTP)', async () => {
    stubApi({
      ...base,
      'POST /api/auth/signup': { status: 202, body: { accepted: true, message: 'sent', mailCaptured: true } },
    });
    const app = await open();
    await app.user.click(screen.getByRole('radio', { name: /Just me/ }));
    await app.user.type(screen.getByLabelText(/Your name/), 'Ana Silva');
    await app.user.type(screen.getByLabelText(/Email/), 'ana@example.com');
    await app.user.type(screen.getByLabelText(/New password/), 'a long enough passphrase');
    await app.user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('This Waiji sends no email yet')).toBeInTheDocument();
    expect(screen.getByText(/open the link printed in its terminal/)).toBeInTheDocument();
  });

  it('shows the server’s word on a field, e.g. a common password', async () => {
    const stub = stubApi({
      ...base,
      'POST /api/auth/signup': {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Invalid input: password',
            details: {
              issues: [
                { field: 'password', message: 'is one of the most common passwords; choose another', code: 'custom' },
              ],
            },
          },
        },
      },
    });
    const app = await open();
    await app.user.type(screen.getByLabelText(/Your name/), 'Hana');
    await app.user.type(screen.getByLabelText(/Agency name/), 'Bridge Agency');
    await app.user.type(screen.getByLabelText(/Email/), 'hana@example.com');
    await app.user.type(screen.getByLabelText(/New password/), 'password123');
    await app.user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('is one of the most common passwords; choose another')).toBeInTheDocument();
    expect(stub.calls('POST /api/auth/signup')[0]?.body).toMatchObject({
      kind: 'AGENCY',
      organizationName: 'Bridge Agency',
    });
  });
});
