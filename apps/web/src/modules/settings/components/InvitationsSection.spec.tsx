import { screen, within } from '@testing-library/react';
import { meBody, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const setup = (me = meBody()) => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/organization/invitations': { status: 200, body: { invitations: [] } },
  });
  const app = renderAppAt('/settings/invitations');
  return { stub, app };
};

const invite = async (app: ReturnType<typeof renderAppAt>, email: string) => {
  const form = await screen.findByRole('form', { name: 'Invite someone' });
  await app.user.type(within(form).getByRole('textbox', { name: /Email/ }), email);
  await app.user.click(within(form).getByRole('button', { name: 'Send invitation' }));
};

describe('settings: invitations', () => {
  it('asks an inviter with an unconfirmed address to confirm it first, and sends the confirmation link again from the refusal', async () => {
    const { stub, app } = setup(meBody({ user: { ...meBody().user, emailVerified: false } }));
    stub.on('POST /api/organization/invitations', {
      status: 403,
      body: {
        error: {
          code: 'FORBIDDEN',
          message: 'Confirm your email address before inviting anyone',
          details: { reason: 'EMAIL_NOT_VERIFIED' },
        },
      },
    });
    stub.on('POST /api/auth/verify-email/resend', {
      status: 202,
      body: { accepted: true, message: 'sent', mailCaptured: false },
    });
    await invite(app, 'new.helper@example.com');

    // The page's banner about the unconfirmed address is an alert too; this is the form's own.
    const message = await screen.findByText(
      'Confirm your email address before inviting anyone: open the link we sent to helper@example.com.',
    );
    const alert = message.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the refusal is not in an alert');
    await app.user.click(within(alert).getByRole('button', { name: 'Send the link again' }));
    expect(await within(alert).findByRole('status')).toHaveTextContent('Sent. Check your inbox.');
    expect(stub.calls('POST /api/auth/verify-email/resend')).toHaveLength(1);
  });

  it('says from when the organization may invite again after its daily number of invitations', async () => {
    const { stub, app } = setup();
    stub.on('POST /api/organization/invitations', {
      status: 429,
      body: {
        error: {
          code: 'THROTTLED',
          message: 'This organization has sent 50 invitations in the last 24 hours; try again in 1 hour',
          details: { retryAfterSeconds: 3600 },
        },
      },
      headers: { 'retry-after': '3600' },
    });
    await invite(app, 'one.too.many@example.com');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^This organization has sent as many invitations as it may in one day\. You can invite again from .*\d/,
    );
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveValue('one.too.many@example.com');
  });
});
