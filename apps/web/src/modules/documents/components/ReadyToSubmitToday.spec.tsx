import { screen } from '@testing-library/react';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, session } from '../../cases/test/fixtures';
import { ReadyToSubmitToday } from './ReadyToSubmitToday';

describe('ReadyToSubmitToday', () => {
  it('asks for the cases in preparation with their documents ready, in the chosen scope, and links each', async () => {
    const ready = aCase({ state: 'PREPARING' });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/cases', reply: { body: { items: [ready], nextCursor: null } } },
    ]);
    renderRoute(<ReadyToSubmitToday assignee="me" />);
    const link = await screen.findByRole('link', { name: `Open case of ${ready.client.passportName}` });
    expect(link).toHaveAttribute('href', `/cases/${ready.id}`);
    const params = api.requests('/api/cases')[0]?.url.searchParams;
    expect(params?.get('state')).toBe('PREPARING');
    expect(params?.get('documentsReady')).toBe('true');
    expect(params?.get('assignee')).toBe('me');
  });

  it('says when no case is ready', async () => {
    stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/cases', reply: { body: { items: [], nextCursor: null } } },
    ]);
    renderRoute(<ReadyToSubmitToday assignee={undefined} />);
    expect(await screen.findByText('No case is waiting with all its documents accepted.')).toBeInTheDocument();
  });
});
