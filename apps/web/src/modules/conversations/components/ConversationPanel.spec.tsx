import type { ConversationMessage, ConversationResponse } from '@waiji/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { stubApi, testIds } from '../../../test/apiStub';
import { renderWithProviders } from '../../../test/render';
import { ConversationPanel } from './ConversationPanel';

const caseId = '66666666-6666-4666-8666-666666666666';
const helperId = '77777777-7777-4777-8777-777777777777';

const fromClient: ConversationMessage = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  body: 'Has the deposit arrived?\nI checked twice.',
  createdAt: '2026-01-05T02:00:00.000Z',
  fromClient: true,
  author: { id: testIds.user, displayName: 'Li Ming' },
  mine: false,
};
const fromHelper: ConversationMessage = {
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  body: 'Not yet, I will tell you.',
  createdAt: '2026-01-05T03:00:00.000Z',
  fromClient: false,
  author: { id: helperId, displayName: 'Hana Helper' },
  mine: true,
};
const earlier: ConversationMessage = {
  ...fromClient,
  id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  body: 'Hello!',
  createdAt: '2026-01-04T02:00:00.000Z',
};

const conversation = (over: Partial<ConversationResponse> = {}): ConversationResponse => ({
  items: [earlier, fromClient, fromHelper],
  unread: 1,
  lastReadAt: '2026-01-04T12:00:00.000Z',
  ...over,
});

const helperPath = `/api/cases/${caseId}/messages`;
const portalPath = `/api/portal/cases/${caseId}/messages`;

describe('ConversationPanel', () => {
  it('shows the messages oldest first with who wrote them, marks the unread ones new and read, and sends', async () => {
    const api = stubApi({
      [`GET ${helperPath}`]: { status: 200, body: conversation() },
      [`POST ${helperPath}/read`]: { status: 200, body: { unread: 0, lastReadAt: fromHelper.createdAt } },
      [`POST ${helperPath}`]: ({ body }) => ({
        status: 201,
        body: {
          ...fromHelper,
          id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
          body: (body as { body: string }).body,
          createdAt: '2026-01-05T04:00:00.000Z',
        },
      }),
    });
    const { user } = renderWithProviders(<ConversationPanel caseId={caseId} side="helper" canWrite />);

    const list = await screen.findByRole('list', { name: 'Messages, oldest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Li MingClient.*Hello!$/),
      expect.stringMatching(/^Li MingClientNew.*Has the deposit arrived\?\nI checked twice\.$/),
      expect.stringMatching(/^YouHelper.*Not yet, I will tell you\.$/),
    ]);
    expect(within(items[1]!).getByText(/Jan 5, 2026/)).toHaveAttribute('dateTime', fromClient.createdAt);
    expect(screen.getByRole('region', { name: 'Conversation with the client' })).toBeInTheDocument();
    expect(screen.getByTestId('conversation-unread')).toHaveTextContent('1 new');

    // Shown is read: up to the newest message on screen.
    await waitFor(() => expect(api.calls(`POST ${helperPath}/read`)).toHaveLength(1));
    expect(api.calls(`POST ${helperPath}/read`)[0]?.body).toEqual({ upTo: fromHelper.createdAt });
    // The message stays marked new while the panel is open.
    expect(screen.getByTestId('conversation-unread')).toHaveTextContent('1 new');

    const box = screen.getByRole('textbox', { name: 'Your message' });
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    await user.type(box, '  Arrived this morning.  ');
    await user.click(send);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(4));
    expect(api.calls(`POST ${helperPath}`)[0]?.body).toEqual({ body: 'Arrived this morning.' });
    expect(within(list).getAllByRole('listitem')[3]).toHaveTextContent('Arrived this morning.');
    expect(box).toHaveValue('');
    // Only the one read, not again after sending.
    expect(api.calls(`POST ${helperPath}/read`)).toHaveLength(1);
  });

  it('talks to the portal for a client, in Chinese, with an empty state and no read call when nothing is unread', async () => {
    const api = stubApi({
      [`GET ${portalPath}`]: { status: 200, body: conversation({ items: [], unread: 0, lastReadAt: null }) },
    });
    renderWithProviders(<ConversationPanel caseId={caseId} side="client" canWrite />, 'zh');
    expect(await screen.findByText('还没有消息。在这里给协助人员留言，他们会立即收到通知。')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '与协助人员的消息' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '您的消息' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '发送' })).toBeDisabled();
    expect(screen.queryByTestId('conversation-unread')).not.toBeInTheDocument();
    expect(api.calls(`POST ${portalPath}/read`)).toHaveLength(0);
  });

  it('names the helper to a client, and says who wrote in Chinese', async () => {
    stubApi({
      [`GET ${portalPath}`]: {
        status: 200,
        body: conversation({
          items: [
            { ...fromClient, mine: true },
            { ...fromHelper, mine: false },
          ],
          unread: 0,
        }),
      },
    });
    renderWithProviders(<ConversationPanel caseId={caseId} side="client" canWrite />, 'zh');
    const items = within(await screen.findByRole('list', { name: '消息，最早的在前' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^您客户/);
    expect(items[1]).toHaveTextContent(/^Hana Helper协助人员/);
  });

  it('shows a loading state, then an error with a retry that loads the conversation', async () => {
    let fail = true;
    stubApi({
      [`GET ${helperPath}`]: () =>
        fail
          ? { status: 503, body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Database unavailable' } } }
          : { status: 200, body: conversation({ unread: 0 }) },
    });
    const { user } = renderWithProviders(<ConversationPanel caseId={caseId} side="helper" canWrite />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the conversation…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The conversation could not be loaded: Database unavailable');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Messages, oldest first' })).toBeInTheDocument();
  });

  it('lets a VIEWER read without writing, and says so when a message could not be sent', async () => {
    stubApi({ [`GET ${helperPath}`]: { status: 200, body: conversation({ unread: 0 }) } });
    const viewer = renderWithProviders(<ConversationPanel caseId={caseId} side="helper" canWrite={false} />);
    expect(await screen.findByText('You can read this conversation; helpers write in it.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    viewer.unmount();

    stubApi({
      [`GET ${helperPath}`]: { status: 200, body: conversation({ unread: 0 }) },
      [`POST ${helperPath}`]: {
        status: 409,
        body: { error: { code: 'CONFLICT', message: 'The case is archived; restore it to write to the client' } },
      },
    });
    const { user } = renderWithProviders(<ConversationPanel caseId={caseId} side="helper" canWrite />);
    await user.type(await screen.findByRole('textbox', { name: 'Your message' }), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not sent: The case is archived; restore it to write to the client',
    );
    expect(screen.getByRole('textbox', { name: 'Your message' })).toHaveValue('Hello');
  });
});
