import { screen, waitFor, within } from '@testing-library/react';
import type { OutboxItem } from '@waiji/contract';
import { meBody, type StubHandler, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const email = (overrides: Partial<OutboxItem>): OutboxItem => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  idempotencyKey: 'invitation:1',
  toAddress: 'li.wei@example.com',
  subject: 'Bridge Agency invites you to Waiji',
  status: 'FAILED',
  attempts: 5,
  nextAttemptAt: '2026-12-02T10:30:00.000Z',
  lastError: '550 5.1.1 mailbox unavailable',
  sentAt: null,
  createdAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});

const failed = email({});
const sent = email({
  id: '00000000-0000-4000-8000-0000000000a2',
  idempotencyKey: 'reminder:2',
  toAddress: 'helper@example.com',
  subject: 'Reminder: WANG FANG’s deposit',
  status: 'SENT',
  attempts: 1,
  lastError: null,
  sentAt: '2026-12-02T09:01:00.000Z',
  createdAt: '2026-12-02T09:00:00.000Z',
});

const page = (items: OutboxItem[], nextCursor: string | null = null) => ({
  status: 200,
  body: { items, nextCursor },
});

/** The outbox answered by status, as the API filters it; `ALL` when the request names none. */
const byStatus =
  (lists: Partial<Record<string, OutboxItem[]>>): StubHandler =>
  (request) =>
    page(lists[request.url.searchParams.get('status') ?? 'ALL'] ?? []);

const setup = (outbox: StubHandler, me = meBody(), language: 'en' | 'zh' = 'en') => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/admin/outbox': outbox,
  });
  return { stub, app: renderAppAt('/settings/email', language) };
};

const list = () => screen.findByRole('list', { name: 'Outbound email' });

describe('settings: email delivery', () => {
  it('lists the failed emails first, with recipient, subject, attempts, last error and time', async () => {
    const { stub } = setup(byStatus({ FAILED: [failed], ALL: [failed, sent] }));
    const card = within(await list()).getByRole('listitem');
    expect(card).toHaveTextContent('Failed');
    expect(card).toHaveTextContent('Bridge Agency invites you to Waiji');
    expect(card).toHaveTextContent('To: li.wei@example.com');
    expect(card).toHaveTextContent('Attempts: 5');
    expect(card).toHaveTextContent('Last error: 550 5.1.1 mailbox unavailable');
    expect(within(card).getByText((_, element) => element?.tagName === 'TIME')).toHaveAttribute(
      'datetime',
      failed.createdAt,
    );
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('FAILED');
    const asked = stub.calls('GET /api/admin/outbox');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.url.searchParams.get('status')).toBe('FAILED');
  });

  it('offers the statuses with Failed first, and shows every email under All emails (Send again on failed ones only)', async () => {
    const { stub, app } = setup(byStatus({ FAILED: [failed], ALL: [failed, sent] }));
    await list();
    const filter = screen.getByRole('combobox', { name: 'Status' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Failed', 'All emails', 'Waiting to send', 'Sending', 'Sent']);
    await app.user.selectOptions(filter, 'ALL');
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Outbound email' })).getAllByRole('listitem')).toHaveLength(2),
    );
    expect(stub.calls('GET /api/admin/outbox').at(-1)?.url.searchParams.has('status')).toBe(false);
    const [first, second] = within(screen.getByRole('list', { name: 'Outbound email' })).getAllByRole('listitem');
    expect(first).toHaveTextContent('Bridge Agency invites you to Waiji');
    expect(within(first as HTMLElement).getByRole('button', { name: /^Send again/ })).toBeInTheDocument();
    expect(second).toHaveTextContent('Sent');
    expect(second).toHaveTextContent('Reminder: WANG FANG’s deposit');
    expect(within(second as HTMLElement).queryByRole('button')).toBeNull();

    await app.user.selectOptions(filter, 'PENDING');
    expect(await screen.findByText('No email with this status.')).toBeInTheDocument();
    expect(stub.calls('GET /api/admin/outbox').at(-1)?.url.searchParams.get('status')).toBe('PENDING');
  });

  it('sends a failed email again and asks for the list again, where it is no longer failed', async () => {
    let retried = false;
    const { stub, app } = setup((request) =>
      page(request.url.searchParams.get('status') === 'FAILED' && !retried ? [failed] : []),
    );
    stub.on(`POST /api/admin/outbox/${failed.id}/retry`, () => {
      retried = true;
      return { status: 200, body: { ...failed, status: 'PENDING', attempts: 0 } };
    });
    await list();
    await app.user.click(
      screen.getByRole('button', { name: 'Send again: “Bridge Agency invites you to Waiji” to li.wei@example.com' }),
    );
    expect(
      await screen.findByText(
        'Sending “Bridge Agency invites you to Waiji” to li.wei@example.com again; it is waiting for its turn.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('No email has failed.')).toBeInTheDocument();
    expect(stub.calls(`POST /api/admin/outbox/${failed.id}/retry`)).toHaveLength(1);
    expect(stub.calls('GET /api/admin/outbox')).toHaveLength(2);
  });

  it('says why an email could not be sent again (already retried elsewhere) and refreshes the list', async () => {
    const { stub, app } = setup(byStatus({ FAILED: [failed] }));
    stub.on(`POST /api/admin/outbox/${failed.id}/retry`, {
      status: 409,
      body: {
        error: {
          code: 'CONFLICT',
          message: 'Only failed emails can be retried; this one is PENDING',
          details: { status: 'PENDING' },
        },
      },
    });
    await list();
    await app.user.click(screen.getByRole('button', { name: /^Send again/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not send it again: Only failed emails can be retried; this one is PENDING',
    );
    await waitFor(() => expect(stub.calls('GET /api/admin/outbox')).toHaveLength(2));
  });

  it('says when no email has failed', async () => {
    setup(byStatus({ ALL: [sent] }));
    expect(await screen.findByText('No email has failed.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Outbound email' })).toBeNull();
  });

  it('shows loading while the list is asked for', async () => {
    setup('pending');
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeInTheDocument();
  });

  it('shows an error with Try again when the list cannot be loaded, and loads it on Try again', async () => {
    let fail = true;
    const { app } = setup(() =>
      fail ? { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong' } } } : page([failed]),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this: Something went wrong');
    fail = false;
    await app.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(within(await list()).getByRole('listitem')).toHaveTextContent('Bridge Agency invites you to Waiji');
  });

  it('speaks Chinese: the statuses from the domain labels, and Send again', async () => {
    setup(byStatus({ FAILED: [failed] }), meBody({ user: { ...meBody().user, locale: 'zh' } }), 'zh');
    const card = within(await screen.findByRole('list', { name: '发出的邮件' })).getByRole('listitem');
    expect(card).toHaveTextContent('发送失败');
    expect(card).toHaveTextContent(/收件人：\s*li\.wei@example\.com/);
    expect(within(card).getByRole('button', { name: /^重新发送/ })).toBeInTheDocument();
  });

  it('is an individual’s too (the owner of their own organization)', async () => {
    const individual = meBody({
      organization: { id: testIds.org, name: 'Tom Becker', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
      memberships: [{ organizationId: testIds.org, organizationName: 'Tom Becker', kind: 'PERSONAL', role: 'OWNER' }],
    });
    setup(byStatus({ FAILED: [failed] }), individual);
    expect(within(await list()).getByRole('listitem')).toHaveTextContent('Failed');
  });

  it('sends a helper, who may not read it, to their first section without asking the API', async () => {
    const { stub, app } = setup(byStatus({}), meBody({ role: 'HELPER' }));
    await screen.findByRole('navigation', { name: 'Settings sections' });
    await waitFor(() => expect(app.location()).toBe('/settings/members'));
    expect(stub.calls('GET /api/admin/outbox')).toHaveLength(0);
  });
});
