import { screen, waitFor, within } from '@testing-library/react';
import { meBody, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const caseId = '66666666-6666-4666-8666-666666666666';
const item = (id: string, title: string, readAt: string | null) => ({
  id,
  kind: 'REVIEW_DUE',
  title,
  body: 'Alipay should have finished the review.',
  caseId,
  reminderId: null,
  readAt,
  createdAt: '2026-01-05T08:00:00.000Z',
});

describe('notifications bell', () => {
  it('shows the unread count, lists notifications in a drawer and marks them read', async () => {
    const stub = stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/notifications/unread-count': { status: 200, body: { count: 1, latestAt: '2026-01-05T08:00:00.000Z' } },
      'GET /api/notifications': {
        status: 200,
        body: {
          items: [
            item('11111111-0000-4000-8000-000000000001', 'Review due: Li Wei', null),
            item('11111111-0000-4000-8000-000000000002', 'Deposit expected: Ana', '2026-01-04T08:00:00.000Z'),
          ],
          nextCursor: null,
        },
      },
      'POST /api/notifications/read-all': { status: 200, body: { updated: 1 } },
    });
    const app = renderAppAt('/settings/notifications');

    await app.user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const drawer = await screen.findByRole('dialog', { name: 'Notifications' });
    const list = await within(drawer).findByRole('list', { name: 'Notifications, newest first' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByRole('button', { name: 'Mark read: Review due: Li Wei' })).toBeInTheDocument();

    stub.on('GET /api/notifications/unread-count', {
      status: 200,
      body: { count: 0, latestAt: '2026-01-05T08:00:00.000Z' },
    });
    stub.on('GET /api/notifications', {
      status: 200,
      body: {
        items: [
          item('11111111-0000-4000-8000-000000000001', 'Review due: Li Wei', '2026-01-05T09:00:00.000Z'),
          item('11111111-0000-4000-8000-000000000002', 'Deposit expected: Ana', '2026-01-04T08:00:00.000Z'),
        ],
        nextCursor: null,
      },
    });
    await app.user.click(within(drawer).getByRole('button', { name: 'Mark all read' }));

    await waitFor(() => expect(within(list).queryByRole('button', { name: /Mark read/ })).not.toBeInTheDocument());
    // The header sits behind the open drawer (aria-hidden), hence `hidden`.
    expect(await screen.findByRole('button', { name: 'Notifications', hidden: true })).toBeInTheDocument();
    expect(stub.calls('POST /api/notifications/read-all')[0]?.headers['x-csrf-token']).toBe('csrf-test-token');
  });

  it('names the drawer’s close button, which closes it', async () => {
    stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
      'GET /api/notifications': { status: 200, body: { items: [], nextCursor: null } },
    });
    const app = renderAppAt('/settings/notifications');
    await app.user.click(await screen.findByRole('button', { name: 'Notifications' }));
    const drawer = await screen.findByRole('dialog', { name: 'Notifications' });
    await app.user.click(within(drawer).getByRole('button', { name: 'Close notifications' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument());
  });

  it('opens the case of a notification', async () => {
    stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/notifications/unread-count': { status: 200, body: { count: 1, latestAt: null } },
      'GET /api/notifications': {
        status: 200,
        body: { items: [item('11111111-0000-4000-8000-000000000001', 'Review due: Li Wei', null)], nextCursor: null },
      },
      'POST /api/notifications/*': {
        status: 200,
        body: item('11111111-0000-4000-8000-000000000001', 'Review due: Li Wei', '2026-01-05T09:00:00.000Z'),
      },
    });
    const app = renderAppAt('/settings/notifications');
    await app.user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await app.user.click(await screen.findByRole('button', { name: /Review due: Li Wei Alipay should/ }));
    await waitFor(() => expect(app.location()).toBe(`/cases/${caseId}`));
  });
});
