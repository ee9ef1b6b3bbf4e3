import { screen, within } from '@testing-library/react';
import { meBody, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const status = (overrides: Record<string, unknown> = {}) => ({
  totp: false,
  recoveryCodesLeft: 0,
  passkeys: [],
  rememberedDevices: 0,
  requirement: null,
  ...overrides,
});

describe('Settings → Security: two-step verification', () => {
  it('sets up the app with the QR code and a first code, shows the recovery codes once, then says it is on', async () => {
    let on = false;
    const stub = stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
      'GET /api/auth/security': () => ({
        status: 200,
        body: status(
          on
            ? { totp: true, recoveryCodesLeft: 10 }
            : { requirement: { organizationName: 'Bridge', deadline: '2026-12-09T00:00:00.000Z', overdue: false } },
        ),
      }),
      'POST /api/auth/totp/setup': {
        status: 200,
        body: {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
          otpauthUrl: 'otpauth://x',
          qrCode: 'data:image/svg+xml;base64,PHN2Zy8+',
        },
      },
      'POST /api/auth/totp/confirm': () => {
        on = true;
        return { status: 200, body: { recoveryCodes: ['aaaaa-bbbbb'] } };
      },
    });
    const app = renderAppAt('/settings/security');
    expect(await screen.findByText(/Bridge requires two-step verification\. Set it up by/)).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Set up an authenticator app' }));
    expect(await screen.findByTestId('totp-secret')).toHaveTextContent('JBSWY3DPEHPK3PXPJBSWY3DP');
    await app.user.type(screen.getByLabelText(/Code from the app/), '123456');
    await app.user.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByTestId('recovery-codes')).toHaveTextContent('aaaaa-bbbbb');
    expect(stub.calls('POST /api/auth/totp/confirm')[0]?.body).toEqual({ code: '123456' });
    await app.user.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(await screen.findByTestId('totp-on')).toHaveTextContent('10 recovery codes left.');
    expect(screen.queryByTestId('recovery-codes')).not.toBeInTheDocument();
  });

  it('says when it could not load, and loads again on request', async () => {
    let calls = 0;
    stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
      'GET /api/auth/security': () =>
        (calls += 1) === 1
          ? { status: 500, body: { error: { code: 'INTERNAL', message: 'x' } } }
          : {
              status: 200,
              body: status({
                passkeys: [
                  {
                    id: '00000000-0000-4000-8000-000000000001',
                    name: 'Laptop',
                    createdAt: '2026-12-01T00:00:00.000Z',
                    lastUsedAt: null,
                    backedUp: false,
                  },
                ],
              }),
            },
    });
    const app = renderAppAt('/settings/security');
    await app.user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Laptop')).toBeInTheDocument();
  });
});

describe('Settings → Organization: sign-in security', () => {
  it('requires two-step verification with a grace period and resets a member after a confirmation', async () => {
    const policy = {
      requireStaff2fa: false,
      graceDays: 7,
      requiredSince: null,
      members: [
        {
          userId: '00000000-0000-4000-8000-0000000000a1',
          displayName: 'Hana Helper',
          email: 'h@x.test',
          role: 'HELPER',
          totp: true,
          passkeys: 1,
          deadline: null,
        },
        {
          userId: '00000000-0000-4000-8000-0000000000a2',
          displayName: 'Vic Viewer',
          email: 'v@x.test',
          role: 'VIEWER',
          totp: false,
          passkeys: 0,
          deadline: null,
        },
      ],
    };
    const stub = stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
      'GET /api/organization': {
        status: 200,
        body: {
          id: meBody().organization?.id,
          name: 'Bridge',
          kind: 'AGENCY',
          timezone: 'Asia/Shanghai',
          createdAt: '2026-01-01T00:00:00.000Z',
          clientReportsApplyDirectly: false,
        },
      },
      'GET /api/organization/security': { status: 200, body: policy },
      'PUT /api/organization/security': (request) => ({
        status: 200,
        body: { ...policy, ...(request.body as object) },
      }),
      'POST /api/organization/members/00000000-0000-4000-8000-0000000000a1/reset-second-factor': { status: 204 },
      'GET /api/organization/sso': {
        status: 200,
        body: {
          configured: false,
          enabled: false,
          issuer: '',
          clientId: '',
          hasClientSecret: false,
          allowedDomains: [],
          defaultRole: 'VIEWER',
          jitMembership: true,
          redirectUri: 'http://localhost/api/auth/sso/callback',
          signInUrl: 'http://localhost/sign-in?sso=x',
        },
      },
    });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    const app = renderAppAt('/settings/organization');
    const section = await screen.findByRole('region', { name: 'Sign-in security' });
    await app.user.click(within(section).getByRole('checkbox', { name: /Require two-step verification for staff/ }));
    const grace = within(section).getByRole('textbox', { name: /Grace period/ });
    await app.user.clear(grace);
    await app.user.type(grace, '3');
    await app.user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Saved.')).toBeInTheDocument();
    expect(stub.calls('PUT /api/organization/security')[0]?.body).toEqual({ requireStaff2fa: true, graceDays: 3 });
    // Only the member with a factor can be reset.
    expect(within(section).getAllByRole('button', { name: 'Reset' })).toHaveLength(1);
    await app.user.click(within(section).getByRole('button', { name: 'Reset' }));
    expect(confirm).toHaveBeenCalled();
    expect(await within(section).findByText('Reset. It is in the audit log.')).toBeInTheDocument();
    expect(screen.getByTestId('sso-redirect')).toHaveTextContent('http://localhost/api/auth/sso/callback');
    confirm.mockRestore();
  });
});
