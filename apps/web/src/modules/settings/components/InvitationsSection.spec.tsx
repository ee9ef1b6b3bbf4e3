import { screen, waitFor, within } from '@testing-library/react';
import type { InvitationResponse } from '@waiji/contract';
import { meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const setup = (me = meBody(), invitations: InvitationResponse[] = [], language: 'en' | 'zh' = 'en') => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/organization/invitations': { status: 200, body: { invitations } },
  });
  const app = renderAppAt('/settings/invitations', language);
  return { stub, app };
};

const invitation = (overrides: Partial<InvitationResponse>): InvitationResponse => ({
  id: '00000000-0000-4000-8000-0000000000e1',
  email: 'li.wei@example.com',
  role: 'CLIENT',
  clientId: testIds.client,
  client: { id: testIds.client, name: 'LI WEI' },
  status: 'PENDING',
  expiresAt: '2026-12-09T10:00:00.000Z',
  createdAt: '2026-12-02T10:00:00.000Z',
  invitedBy: { userId: testIds.user, displayName: 'Hana Helper' },
  ...overrides,
});

const wang = {
  id: '00000000-0000-4000-8000-0000000000c2',
  passportName: 'WANG FANG',
  passportLast4: '1234',
  email: 'wang.fang@example.com',
  preferredLanguage: 'zh',
  caseCount: 1,
  openCases: 1,
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

  it('says which client each invitation is for, linking to the client', async () => {
    setup(meBody(), [
      invitation({}),
      invitation({
        id: '00000000-0000-4000-8000-0000000000e2',
        email: 'ivy@example.com',
        role: 'HELPER',
        clientId: null,
        client: null,
      }),
    ]);
    const table = await screen.findByRole('table', { name: 'Invitations' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toContain('Client');
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'LI WEI' })).toHaveAttribute(
      'href',
      `/clients/${testIds.client}`,
    );
    expect(rows[2]).toHaveTextContent('ivy@example.com');
    expect(within(rows[2] as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('fills in the chosen client’s address and writes to them in their language', async () => {
    const { stub, app } = setup();
    stub.on('GET /api/clients', { status: 200, body: { items: [wang], nextCursor: null } });
    stub.on('POST /api/organization/invitations', {
      status: 201,
      body: invitation({ email: wang.email, clientId: wang.id, client: { id: wang.id, name: wang.passportName } }),
    });
    const form = await screen.findByRole('form', { name: 'Invite someone' });
    await app.user.selectOptions(within(form).getByRole('combobox', { name: 'Role' }), 'CLIENT');
    await app.user.type(within(form).getByRole('combobox', { name: /^Client/ }), 'wang');
    await app.user.click(await screen.findByRole('option', { name: 'WANG FANG · 1234', hidden: true }));
    expect(within(form).getByRole('textbox', { name: /Email/ })).toHaveValue('wang.fang@example.com');
    expect(within(form).getByText('The email is written in the client’s language (Chinese).')).toBeInTheDocument();
    expect(within(form).queryByRole('combobox', { name: 'Email language' })).toBeNull();
    await app.user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(stub.calls('POST /api/organization/invitations')).toHaveLength(1));
    expect(stub.calls('POST /api/organization/invitations')[0]?.body).toEqual({
      email: 'wang.fang@example.com',
      role: 'CLIENT',
      clientId: wang.id,
    });
  });

  it('lets a colleague’s invitation be written in the language chosen', async () => {
    const { stub, app } = setup(meBody(), [], 'zh');
    stub.on('POST /api/organization/invitations', {
      status: 201,
      body: invitation({ email: 'bo@example.com', role: 'HELPER', clientId: null, client: null }),
    });
    const form = await screen.findByRole('form', { name: '邀请他人' });
    const language = within(form).getByRole('combobox', { name: '邮件语言' });
    expect(language).toHaveValue('zh');
    await app.user.selectOptions(language, 'en');
    await app.user.type(within(form).getByRole('textbox', { name: /邮箱/ }), 'bo@example.com');
    await app.user.click(within(form).getByRole('button', { name: '发送邀请' }));
    await waitFor(() => expect(stub.calls('POST /api/organization/invitations')).toHaveLength(1));
    expect(stub.calls('POST /api/organization/invitations')[0]?.body).toEqual({
      email: 'bo@example.com',
      role: 'HELPER',
      language: 'en',
    });
  });
});
