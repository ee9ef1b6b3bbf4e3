import { screen, waitFor, within } from '@testing-library/react';
import type { InboundMessageResponse, InboundSettingsResponse } from '@waiji/contract';
import { meBody, type StubHandler, stubApi } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const caseA = {
  id: '00000000-0000-4000-8000-00000000c0a1',
  clientName: 'CHEN JIE',
  type: 'BANK_CARD_VERIFICATION',
  state: 'SUBMITTED',
} as const;
const caseB = {
  id: '00000000-0000-4000-8000-00000000c0b2',
  clientName: 'CHEN JIE',
  type: 'APP_PASSPORT_VERIFICATION',
  state: 'PREPARING',
} as const;

const unmatched: InboundMessageResponse = {
  id: '00000000-0000-4000-8000-0000000000e1',
  status: 'UNMATCHED',
  source: 'SMTP',
  case: null,
  candidates: [caseA, caseB],
  from: 'chen@example.com',
  fromName: 'Chen Jie',
  originalFrom: 'service@mail.alipay.com',
  subject: 'Fwd: 认证结果',
  body: '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。',
  html: null,
  sentAt: '2026-12-01T10:12:00.000Z',
  receivedAt: '2026-12-01T10:15:00.000Z',
  attachments: [],
  interpretations: [],
  suggestedAction: null,
  autoApplied: false,
  senderTrusted: false,
};

const setup = (messages: StubHandler, path = '/inbox') => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: meBody() },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/inbound-mail/messages': messages,
  });
  return { stub, app: renderAppAt(path, 'en') };
};

describe('the unmatched inbox', () => {
  it('shows the email with its sender, the forwarded original’s sender and the client’s cases; Put on files it and remembers the sender', async () => {
    let filed = false;
    const { stub, app } = setup(() => ({ status: 200, body: { items: filed ? [] : [unmatched] } }));
    stub.on(`POST /api/inbound-mail/messages/${unmatched.id}/assign`, () => {
      filed = true;
      return { status: 200, body: { ...unmatched, status: 'MATCHED', case: caseA, candidates: [] } };
    });
    const card = await screen.findByTestId('inbound-email');
    expect(card).toHaveTextContent('Fwd: 认证结果');
    expect(card).toHaveTextContent('From Chen Jie <chen@example.com>');
    expect(card).toHaveTextContent('Forwarded; the original is from service@mail.alipay.com');
    expect(card).toHaveTextContent('Waiting for a case');
    expect(
      within(card).getByRole('checkbox', { name: 'Send this sender’s next emails to the same case' }),
    ).toBeChecked();
    await app.user.click(
      within(card).getByRole('button', { name: 'Put on CHEN JIE · Real-name verification with a mainland bank card' }),
    );
    await waitFor(() => expect(stub.calls(`POST /api/inbound-mail/messages/${unmatched.id}/assign`)).toHaveLength(1));
    expect(stub.calls(`POST /api/inbound-mail/messages/${unmatched.id}/assign`)[0]?.body).toEqual({
      caseId: caseA.id,
      remember: true,
    });
    expect(await screen.findByText(/No email is waiting/)).toBeInTheDocument();
  });

  it('says so when nothing waits, and offers Try again when the list cannot be read', async () => {
    let fail = true;
    const { app } = setup(() =>
      fail
        ? { status: 500, body: { error: { code: 'INTERNAL', message: 'boom' } } }
        : { status: 200, body: { items: [] } },
    );
    expect(await screen.findByText('The emails could not be loaded.')).toBeInTheDocument();
    fail = false;
    await app.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/No email is waiting/)).toBeInTheDocument();
  });
});

const settings: InboundSettingsResponse = {
  address: 'org-0123456789ab@in.example.org',
  domain: 'in.example.org',
  smtpListening: false,
  autoApplyTrusted: false,
  imap: null,
  senders: [{ email: 'service@mail.alipay.com', trusted: false, caseId: null }],
  parked: [
    {
      id: '00000000-0000-4000-8000-0000000000f1',
      source: 'SMTP',
      size: 20_000_000,
      attempts: 1,
      lastError: 'refused: 20000000 bytes, over the limit of 15728640 (INBOUND_MAX_BYTES)',
      createdAt: '2026-12-02T08:00:00.000Z',
    },
  ],
};

describe('Settings → Incoming email', () => {
  const open = () => {
    const stub = stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
      'GET /api/inbound-mail/settings': { status: 200, body: settings },
    });
    return { stub, app: renderAppAt('/settings/incoming-mail', 'en') };
  };

  it('shows the address, warns that mail is easily forged, and lists a parked mail with its error', async () => {
    open();
    const address = await screen.findByRole('textbox', { name: 'The organization’s address' });
    expect(address).toHaveValue('org-0123456789ab@in.example.org');
    expect(screen.getByText(/does not receive mail directly/)).toBeInTheDocument();
    expect(screen.getByText(/Email is easy to forge/)).toBeInTheDocument();
    expect(screen.getByText(/over the limit of 15728640/)).toBeInTheDocument();
    // A refused mail was never kept: nothing to try again.
    expect(within(screen.getByTestId('parked-mail')).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('refuses an incomplete mailbox without asking the API, then saves host, user and password', async () => {
    const { stub, app } = open();
    stub.on('PUT /api/inbound-mail/settings', {
      status: 200,
      body: {
        ...settings,
        imap: {
          enabled: true,
          host: 'imap.example.org',
          port: 993,
          tls: true,
          user: 'visa',
          folder: 'INBOX',
          passwordSet: true,
          lastPolledAt: null,
          lastError: null,
        },
      },
    });
    await app.user.click(await screen.findByRole('button', { name: 'Save the mailbox' }));
    expect(await screen.findByText('Enter the server’s host name')).toBeInTheDocument();
    expect(stub.calls('PUT /api/inbound-mail/settings')).toHaveLength(0);
    await app.user.type(screen.getByRole('textbox', { name: 'IMAP server' }), 'imap.example.org');
    await app.user.type(screen.getByRole('textbox', { name: 'User name' }), 'visa');
    await app.user.type(screen.getByLabelText('Password'), 's3cret');
    await app.user.click(screen.getByRole('button', { name: 'Save the mailbox' }));
    await waitFor(() => expect(stub.calls('PUT /api/inbound-mail/settings')).toHaveLength(1));
    expect(stub.calls('PUT /api/inbound-mail/settings')[0]?.body).toEqual({
      imap: {
        enabled: true,
        host: 'imap.example.org',
        port: 993,
        tls: true,
        user: 'visa',
        folder: 'INBOX',
        password: 's3cret',
      },
    });
    expect(await screen.findByText('Not checked yet')).toBeInTheDocument();
  });
});
