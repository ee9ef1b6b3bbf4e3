import type { UnreadMessagesResponse } from '@waiji/contract';
import { screen, within } from '@testing-library/react';
import { clientMeBody, meBody, stubApi } from '../../../test/apiStub';
import { renderRoute } from '../../../test/renderRoute';
import { PortalUnreadBadge, UnreadMessagesToday } from './UnreadMessages';

const caseId = '66666666-6666-4666-8666-666666666666';
const otherCase = '77777777-7777-4777-8777-777777777777';

const unread: UnreadMessagesResponse = {
  total: 3,
  cases: [
    {
      caseId,
      type: 'BANK_CARD_VERIFICATION',
      clientName: 'LI MING',
      unread: 2,
      latestAt: '2026-01-05T02:00:00.000Z',
    },
    {
      caseId: otherCase,
      type: 'RESTRICTION_APPEAL',
      clientName: 'WANG WEI',
      unread: 1,
      latestAt: '2026-01-04T02:00:00.000Z',
    },
  ],
};
const clientMe = clientMeBody({ user: meBody().user });

describe('unread messages', () => {
  it('lists on Today the cases whose client wrote, each a link to its case with how many are new', async () => {
    stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/conversations/unread': { status: 200, body: unread },
    });
    renderRoute(<UnreadMessagesToday />);
    const panel = await screen.findByRole('region', { name: 'Unread messages from clients' });
    const rows = within(await within(panel).findByRole('list')).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'LI MING' })).toHaveAttribute('href', `/cases/${caseId}`);
    expect(rows[0]).toHaveTextContent('2 new messages');
    expect(rows[1]).toHaveTextContent('Account-restriction appeal');
    expect(rows[1]).toHaveTextContent('1 new message');
  });

  it('says when there is nothing unread, in Chinese, and shows an error with a retry', async () => {
    stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/conversations/unread': { status: 200, body: { total: 0, cases: [] } },
    });
    const empty = renderRoute(<UnreadMessagesToday />, { language: 'zh' });
    expect(await screen.findByText('您负责的案件中没有未读的客户消息。')).toBeInTheDocument();
    empty.unmount();

    let fail = true;
    stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/conversations/unread': () =>
        fail
          ? { status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Database unavailable' } } }
          : { status: 200, body: unread },
    });
    const { user } = renderRoute(<UnreadMessagesToday />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unread messages could not be loaded: Database unavailable');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'LI MING' })).toBeInTheDocument();
  });

  it('badges a client’s case in the portal list with its unread messages, and nothing for a case without', async () => {
    const api = stubApi({
      'GET /api/auth/me': { status: 200, body: clientMe },
      'GET /api/portal/messages/unread': { status: 200, body: unread },
    });
    renderRoute(
      <>
        <div data-testid="first">
          <PortalUnreadBadge caseId={caseId} />
        </div>
        <div data-testid="second">
          <PortalUnreadBadge caseId="88888888-8888-4888-8888-888888888888" />
        </div>
      </>,
    );
    expect(await within(screen.getByTestId('first')).findByText('2 new messages')).toBeInTheDocument();
    expect(screen.getByTestId('second')).toBeEmptyDOMElement();
    // One request for the whole list.
    expect(api.calls('GET /api/portal/messages/unread')).toHaveLength(1);
  });
});
