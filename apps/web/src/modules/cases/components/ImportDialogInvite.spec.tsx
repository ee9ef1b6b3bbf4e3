import { screen, waitFor } from '@testing-library/react';
import type { ImportJobResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { sessionQueryKey } from '../../session';
import { session } from '../test/fixtures';
import { ImportDialog } from './ImportDialog';

const job = (overrides: Partial<ImportJobResponse> = {}): ImportJobResponse => ({
  id: '00000000-0000-4000-d000-000000000002',
  fileName: 'intake.csv',
  status: 'VALIDATED',
  totalRows: 3,
  validRows: 3,
  processedRows: 0,
  createdRows: 0,
  skippedRows: 0,
  errorCount: 0,
  errors: [],
  warnings: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

const finished = job({
  status: 'COMPLETED',
  processedRows: 3,
  createdRows: 3,
  portalInvitations: {
    invited: [
      {
        invitationId: '00000000-0000-4000-a000-000000000011',
        clientId: '00000000-0000-4000-9000-000000000011',
        clientName: 'Wang Fang',
        email: 'wang@example.com',
      },
      {
        invitationId: '00000000-0000-4000-a000-000000000012',
        clientId: '00000000-0000-4000-9000-000000000012',
        clientName: 'Kim Min-jun',
        email: 'kim@example.com',
      },
    ],
    skipped: [{ clientId: '00000000-0000-4000-9000-000000000013', clientName: 'No Mail', reason: 'NO_EMAIL' }],
    remaining: 47,
    retryAfterSeconds: null,
  },
});

const open = (role: 'ADMIN' | 'HELPER') => {
  const api = stubApi([
    { path: '/api/auth/me', reply: { body: session(role) } },
    { method: 'POST', path: '/api/imports', reply: { status: 201, body: job() } },
    { method: 'POST', path: /\/commit$/, reply: { body: finished } },
    { path: `/api/imports/${job().id}`, reply: { body: job({ status: 'RUNNING' }) } },
  ]);
  return { api, ...renderRoute(<ImportDialog opened onClose={() => undefined} pollInterval={20} />) };
};

const checkFile = async (user: ReturnType<typeof open>['user']) => {
  const file = new File(['externalRef,passportName,email\nS1,Wang Fang,wang@example.com\n'], 'intake.csv', {
    type: 'text/csv',
  });
  await user.upload(screen.getByLabelText('CSV file'), file);
  await user.click(screen.getByRole('button', { name: 'Check file' }));
  await screen.findByText('Dry run: 3 of 3 rows can be imported');
};

describe('CSV import: inviting the new clients to the portal', () => {
  it('lets an admin have the new clients invited, and says who was and who was not', async () => {
    const { api, user } = open('ADMIN');
    await checkFile(user);
    await user.click(await screen.findByRole('checkbox', { name: 'Then invite the new clients to the portal' }));
    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));

    expect(await screen.findByText('Invited 2 clients to the portal.')).toBeInTheDocument();
    expect(screen.getByText('Not invited: 1 without an email address')).toBeInTheDocument();
    expect(api.requests(/\/commit$/, 'POST')[0]?.body).toEqual({ skipInvalid: false, invitePortal: true });
  });

  it('imports without inviting unless asked, and does not offer it to a helper', async () => {
    const { api, user, queryClient } = open('HELPER');
    await waitFor(() => expect(queryClient.getQueryState(sessionQueryKey)?.status).toBe('success'));
    await checkFile(user);
    expect(screen.queryByRole('checkbox', { name: 'Then invite the new clients to the portal' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await waitFor(() => expect(api.requests(/\/commit$/, 'POST')).toHaveLength(1));
    expect(api.requests(/\/commit$/, 'POST')[0]?.body).toEqual({ skipInvalid: false });
  });
});
