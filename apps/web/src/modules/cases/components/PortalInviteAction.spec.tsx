import { screen, waitFor, within } from '@testing-library/react';
import type { BulkPortalInvitationResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { sessionQueryKey } from '../../session';
import { session } from '../test/fixtures';
import { BulkActionsBar } from './BulkActionsBar';

const caseIds = ['00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-00000000c002'];
const client = (n: number) => ({ clientId: `00000000-0000-4000-9000-00000000000${n}`, clientName: `Client ${n}` });

const answer: BulkPortalInvitationResponse = {
  invited: [{ ...client(1), invitationId: '00000000-0000-4000-a000-000000000001', email: 'c1@example.com' }],
  skipped: [
    { ...client(2), reason: 'NO_EMAIL' },
    { ...client(3), reason: 'ALREADY_INVITED' },
    { ...client(4), reason: 'OVER_QUOTA' },
    { ...client(5), reason: 'OVER_QUOTA' },
  ],
  remaining: 0,
  retryAfterSeconds: 3600,
};

const bar = (
  role: 'ADMIN' | 'HELPER',
  reply: { status?: number; body: unknown } = { body: answer },
  language: 'en' | 'zh' = 'en',
) => {
  const api = stubApi([
    { path: '/api/auth/me', reply: { body: session(role) } },
    { method: 'POST', path: '/api/organization/invitations/portal', reply },
  ]);
  const rendered = renderRoute(<BulkActionsBar selectedIds={caseIds} members={[]} onClear={() => undefined} />, {
    path: '/cases',
    language,
  });
  return { api, ...rendered };
};

describe('cases list: inviting the selected cases’ clients to the portal', () => {
  it('asks once, sends the selection, and says who was invited and why the others were not', async () => {
    const { api, user } = bar('ADMIN');
    const region = within(await screen.findByRole('region', { name: 'Change selected cases' }));
    await user.click(await region.findByRole('button', { name: 'Invite to the portal' }));
    expect(region.getByText(/Email a portal invitation to the clients of the 2 selected cases/)).toBeInTheDocument();
    await user.click(region.getByRole('button', { name: 'Send invitations' }));

    await waitFor(() => expect(api.requests('/api/organization/invitations/portal', 'POST')).toHaveLength(1));
    expect(api.requests('/api/organization/invitations/portal', 'POST')[0]?.body).toEqual({ caseIds });
    const status = await region.findByText('Invited 1 client to the portal.');
    const summary = status.closest<HTMLElement>('[role="status"]');
    if (!summary) throw new Error('the result is not announced');
    expect(summary).toHaveTextContent(
      'Not invited: 1 without an email address, 1 already invited, 2 over today’s limit of invitations',
    );
    expect(summary).toHaveTextContent(/Invite them again from .*\d/);
    expect(region.getByRole('button', { name: 'Invite to the portal' })).toBeInTheDocument();
  });

  it('says it in Chinese, and a refusal for an unconfirmed address', async () => {
    const { user } = bar(
      'ADMIN',
      {
        status: 403,
        body: {
          error: { code: 'FORBIDDEN', message: 'Confirm your email', details: { reason: 'EMAIL_NOT_VERIFIED' } },
        },
      },
      'zh',
    );
    const region = within(await screen.findByRole('region', { name: '修改所选案件' }));
    await user.click(await region.findByRole('button', { name: '邀请使用客户门户' }));
    await user.click(region.getByRole('button', { name: '发送邀请' }));
    expect(await region.findByRole('alert')).toHaveTextContent('请先确认您的邮箱地址再邀请他人');
  });

  it('is not offered to helpers, who may not invite', async () => {
    const { queryClient } = bar('HELPER');
    const region = within(await screen.findByRole('region', { name: 'Change selected cases' }));
    // Once the session has loaded the bar knows the role, and offers no invitation.
    await waitFor(() => expect(queryClient.getQueryState(sessionQueryKey)?.status).toBe('success'));
    expect(region.getByRole('button', { name: 'Assign' })).toBeInTheDocument();
    expect(region.queryByRole('button', { name: 'Invite to the portal' })).toBeNull();
  });
});
