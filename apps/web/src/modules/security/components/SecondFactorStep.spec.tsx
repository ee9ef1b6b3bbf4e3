import { screen } from '@testing-library/react';
import { meBody, signedOut, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const signIn = async (app: ReturnType<typeof renderAppAt>) => {
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  await app.user.type(screen.getByLabelText(/Email/), 'helper@example.com');
  await app.user.type(screen.getByLabelText(/^Password/), 'the right password');
  await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
};

const needsFactor = (reason: 'SECOND_FACTOR_REQUIRED' | 'ENROLMENT_REQUIRED', methods: string[]) => ({
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: 'Enter the code', details: { reason, methods } } },
});

describe('the sign-in’s second step', () => {
  it('asks for the code after a right password, sends it with "remember this device", then signs in', async () => {
    const stub = stubApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': needsFactor('SECOND_FACTOR_REQUIRED', ['totp', 'recovery']),
      'POST /api/auth/second-factor': { status: 200, body: meBody() },
    });
    const app = renderAppAt('/sign-in');
    await signIn(app);
    await screen.findByRole('heading', { name: 'Two-step verification' });
    // No passkey button for an account without one.
    expect(screen.queryByRole('button', { name: 'Use a passkey' })).not.toBeInTheDocument();
    await app.user.type(screen.getByLabelText(/Code from the app/), '123 456');
    await app.user.click(screen.getByRole('checkbox', { name: 'Remember this device for 30 days' }));
    await app.user.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    expect(stub.calls('POST /api/auth/second-factor')[0]?.body).toEqual({ code: '123 456', rememberDevice: true });
  });

  it('takes a recovery code instead, and says when a code is wrong', async () => {
    let tries = 0;
    const stub = stubApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': needsFactor('SECOND_FACTOR_REQUIRED', ['totp', 'recovery', 'passkey']),
      'POST /api/auth/second-factor': () =>
        (tries += 1) === 1
          ? { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'That recovery code is not right' } } }
          : { status: 200, body: meBody() },
    });
    const app = renderAppAt('/sign-in');
    await signIn(app);
    await screen.findByRole('heading', { name: 'Two-step verification' });
    expect(screen.getByRole('button', { name: 'Use a passkey' })).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await app.user.type(screen.getByLabelText(/Recovery code/), 'abcde-fghij');
    await app.user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That recovery code is not right');
    await app.user.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    expect(stub.calls('POST /api/auth/second-factor')[1]?.body).toEqual({
      recoveryCode: 'abcde-fghij',
      rememberDevice: false,
    });
  });

  it('has a member whose grace period is over set up the app, shows the recovery codes once, then signs in', async () => {
    const stub = stubApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': needsFactor('ENROLMENT_REQUIRED', []),
      'POST /api/auth/second-factor/enrol': {
        status: 200,
        body: {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
          otpauthUrl: 'otpauth://totp/x',
          qrCode: 'data:image/svg+xml;base64,PHN2Zy8+',
        },
      },
      'POST /api/auth/second-factor/enrol/confirm': {
        status: 200,
        body: { recoveryCodes: ['aaaaa-bbbbb', 'ccccc-ddddd'], me: meBody() },
      },
    });
    const app = renderAppAt('/sign-in');
    await signIn(app);
    await screen.findByRole('heading', { name: 'Set up two-step verification' });
    expect(await screen.findByTestId('totp-secret')).toHaveTextContent('JBSWY3DPEHPK3PXPJBSWY3DP');
    expect(screen.getByRole('img', { name: 'QR code for your authenticator app' })).toBeInTheDocument();
    await app.user.type(screen.getByLabelText(/Code from the app/), '654321');
    await app.user.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByTestId('recovery-codes')).toHaveTextContent('aaaaa-bbbbb');
    expect(stub.calls('POST /api/auth/second-factor/enrol/confirm')[0]?.body).toEqual({ code: '654321' });
    await app.user.click(screen.getByRole('button', { name: 'I have saved them' }));
    await screen.findByRole('heading', { level: 1, name: 'Today' });
  });

  it('explains why single sign-on came back refused, in Chinese too', async () => {
    stubApi({ 'GET /api/auth/me': signedOut });
    renderAppAt('/sign-in?sso_error=SSO_DOMAIN_NOT_ALLOWED', 'zh');
    expect(await screen.findByRole('alert')).toHaveTextContent('您的邮箱域名不能登录此机构。');
  });
});
