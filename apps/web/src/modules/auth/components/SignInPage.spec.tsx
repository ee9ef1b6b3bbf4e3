import { screen } from '@testing-library/react';
import { signedOut, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const fill = async (app: ReturnType<typeof renderAppAt>) => {
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  await app.user.type(screen.getByLabelText(/Email/), 'helper@example.com');
  await app.user.type(screen.getByLabelText(/^Password/), 'wrong password');
  await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('sign-in', () => {
  it('shows why sign-in failed, in an alert, and stays on the page', async () => {
    stubApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': {
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'Wrong email or password' } },
      },
    });
    const app = renderAppAt('/sign-in');
    await fill(app);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not signed in');
    expect(alert).toHaveTextContent('Wrong email or password');
    expect(alert).toHaveTextContent('Just created your account? Open the link in the email we sent you first');
    expect(app.location()).toBe('/sign-in');
  });

  it('says when to try again after too many attempts', async () => {
    stubApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': {
        status: 429,
        body: { error: { code: 'THROTTLED', message: 'Too many attempts' } },
        headers: { 'retry-after': '120' },
      },
    });
    const app = renderAppAt('/sign-in');
    await fill(app);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Too many attempts\. Try again after/);
  });

  it('checks the fields before asking the server', async () => {
    const stub = stubApi({ 'GET /api/auth/me': signedOut });
    const app = renderAppAt('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getAllByText('Required.')).toHaveLength(2);
    expect(stub.calls('POST /api/auth/login')).toHaveLength(0);
  });

  it('reads in Chinese too', async () => {
    stubApi({ 'GET /api/auth/me': signedOut, 'POST /api/auth/login': { status: 0 } });
    renderAppAt('/sign-in', 'zh');
    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeInTheDocument();
    expect(screen.getByLabelText(/邮箱/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '忘记密码？' })).toHaveAttribute('href', '/forgot-password');
  });
});
