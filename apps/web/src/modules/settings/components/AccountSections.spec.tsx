import { screen, waitFor, within } from '@testing-library/react';
import { meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const individual = meBody({
  user: { id: testIds.user, email: 'ana@example.com', displayName: 'Ana Lima', locale: 'en', emailVerified: true },
  organization: { id: testIds.org, name: 'Ana Lima', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
  memberships: [{ organizationId: testIds.org, organizationName: 'Ana Lima', kind: 'PERSONAL', role: 'OWNER' }],
});

const organizationBody = {
  id: testIds.org,
  name: 'Ana Lima',
  kind: 'PERSONAL',
  timezone: 'Asia/Shanghai',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const setup = (at: string, me = individual, routes: Parameters<typeof stubApi>[0] = {}) => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    ...routes,
  });
  return { stub, app: renderAppAt(at) };
};

describe('the person’s own settings: profile, language, security', () => {
  it('profile: shows the email and saves a new name, which the header takes at once', async () => {
    const { stub, app } = setup('/settings/profile', individual, {
      'PATCH /api/auth/profile': (request) => ({
        status: 200,
        body: { ...individual, user: { ...individual.user, ...(request.body as object) } },
      }),
    });
    const name = await screen.findByRole('textbox', { name: /Your name/ });
    expect(screen.getByTestId('profile-email')).toHaveTextContent('ana@example.com');
    expect(screen.getByText('Confirmed')).toBeInTheDocument();

    await app.user.clear(name);
    await app.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(stub.calls('PATCH /api/auth/profile')).toHaveLength(0);

    await app.user.type(name, 'Ana Maria Lima');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(stub.calls('PATCH /api/auth/profile')[0]?.body).toEqual({ displayName: 'Ana Maria Lima' });
    expect(within(screen.getByRole('banner')).getByText('Ana Maria Lima')).toBeInTheDocument();
  });

  it('language: one choice switches the app and the emails; an individual also sets their time zone', async () => {
    const { stub, app } = setup('/settings/language', individual, {
      'PATCH /api/auth/profile': (request) => ({
        status: 200,
        body: { ...individual, user: { ...individual.user, ...(request.body as object) } },
      }),
      'GET /api/organization': { status: 200, body: organizationBody },
      'PATCH /api/organization': (request) => ({
        status: 200,
        body: { ...organizationBody, ...(request.body as object) },
      }),
    });
    expect(await screen.findByTestId('email-language')).toHaveTextContent('Emails from Waiji come in English.');
    expect(await screen.findByLabelText('Your time zone', { selector: 'input' })).toHaveValue('Asia/Shanghai');

    await app.user.click(within(screen.getByRole('main')).getByRole('radio', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 2, name: '语言' })).toBeInTheDocument();
    await waitFor(() => expect(stub.calls('PATCH /api/auth/profile')[0]?.body).toEqual({ locale: 'zh' }));
    expect(await screen.findByText('Waiji 发给你的邮件使用中文。')).toBeInTheDocument();
  });

  it('language: a helper of an agency has no time zone of their own here (it is the organization’s)', async () => {
    setup('/settings/language', meBody());
    expect(await within(screen.getByRole('main')).findByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Your time zone', { selector: 'input' })).not.toBeInTheDocument();
  });

  it('security: checks the form, changes the password and says how many other devices were signed out', async () => {
    const { stub, app } = setup('/settings/security', individual, {
      'POST /api/auth/password': { status: 200, body: { sessionsEnded: 2 } },
    });
    const current = await screen.findByLabelText(/Current password/);
    await app.user.type(current, 'old-password-123');
    await app.user.type(screen.getByLabelText(/^New password/), 'short');
    await app.user.type(screen.getByLabelText(/Repeat the new password/), 'other');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByText('The two passwords differ.')).toBeInTheDocument();
    expect(stub.calls('POST /api/auth/password')).toHaveLength(0);

    await app.user.clear(screen.getByLabelText(/^New password/));
    await app.user.type(screen.getByLabelText(/^New password/), 'a fresh long passphrase');
    await app.user.clear(screen.getByLabelText(/Repeat the new password/));
    await app.user.type(screen.getByLabelText(/Repeat the new password/), 'a fresh long passphrase');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed. 2 other devices were signed out.')).toBeInTheDocument();
    expect(stub.calls('POST /api/auth/password')[0]?.body).toEqual({
      currentPassword: 'old-password-123',
      newPassword: 'a fresh long passphrase',
    });
    expect(screen.getByLabelText(/Current password/)).toHaveValue('');
  });

  it('security: a wrong current password is marked on its field; too many tries say when to come back', async () => {
    let answer = 0;
    const { app } = setup('/settings/security', individual, {
      'GET /api/auth/security': {
        status: 200,
        body: { totp: false, recoveryCodesLeft: 0, passkeys: [], rememberedDevices: 0, requirement: null },
      },
      'POST /api/auth/password': () => {
        answer += 1;
        return answer === 1
          ? {
              status: 400,
              body: {
                error: {
                  code: 'BAD_REQUEST',
                  message: 'The current password is wrong',
                  details: { field: 'currentPassword' },
                },
              },
            }
          : {
              status: 429,
              headers: { 'retry-after': '30' },
              body: { error: { code: 'THROTTLED', message: 'Too many failed sign-ins; try again in 30 seconds' } },
            };
      },
    });
    await app.user.type(await screen.findByLabelText(/Current password/), 'not-it-at-all');
    await app.user.type(screen.getByLabelText(/^New password/), 'a fresh long passphrase');
    await app.user.type(screen.getByLabelText(/Repeat the new password/), 'a fresh long passphrase');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('This is not your current password.')).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Too many attempts\. Try again after/);
  });

  it('security: signs out everywhere after a confirmation', async () => {
    const { stub, app } = setup('/settings/security', individual, {
      'POST /api/auth/logout-everywhere': { status: 200, body: { revoked: 3 } },
    });
    await app.user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    expect(stub.calls('POST /api/auth/logout-everywhere')).toHaveLength(0);
    stub.on('GET /api/auth/me', { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in' } } });
    await app.user.click(screen.getByRole('button', { name: 'Yes, sign out everywhere' }));
    await waitFor(() => expect(stub.calls('POST /api/auth/logout-everywhere')).toHaveLength(1));
    await waitFor(() => expect(app.location()).toMatch(/^\/sign-in/));
  });
});
