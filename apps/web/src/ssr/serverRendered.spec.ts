import { QueryClient } from '@tanstack/react-query';
import { getCsrfToken, setCsrfToken } from '../modules/api';
import { clientMeBody } from '../test/apiStub';
import { takeServerRenderedState, serverRenderedStateId } from './serverRendered';

const page = (attribute: boolean, state: string): HTMLElement => {
  document.body.innerHTML = `<div id="root"${attribute ? ' data-server-rendered=""' : ''}><p>drawn</p></div><script type="application/json" id="${serverRenderedStateId}"></script>`;
  const script = document.getElementById(serverRenderedStateId);
  if (script) script.textContent = state;
  return document.getElementById('root')!;
};

const state = JSON.stringify({
  language: 'ru',
  queries: {
    mutations: [],
    queries: [
      {
        queryKey: ['session'],
        queryHash: '["session"]',
        state: { data: clientMeBody(), dataUpdatedAt: Date.now(), status: 'success', fetchStatus: 'idle' },
      },
    ],
  },
});

describe('takeServerRenderedState', () => {
  afterEach(() => setCsrfToken(undefined));

  it('puts what the server drew from into the cache, the session’s CSRF token into the API client, and gives its language', () => {
    const queryClient = new QueryClient();
    expect(takeServerRenderedState(page(true, state), queryClient)).toEqual({ language: 'ru' });
    expect(queryClient.getQueryData(['session'])).toEqual(clientMeBody());
    // Without it every change the client makes (a message, a report) is refused: 403, missing CSRF token.
    expect(getCsrfToken()).toBe(clientMeBody().csrfToken);
  });

  it('is null for the app’s shell alone, and for a state it cannot read (the app then draws the page itself)', () => {
    expect(takeServerRenderedState(page(false, state), new QueryClient())).toBeNull();
    expect(takeServerRenderedState(page(true, '{not json'), new QueryClient())).toBeNull();
    expect(
      takeServerRenderedState(page(true, JSON.stringify({ language: 'xx', queries: {} })), new QueryClient()),
    ).toBeNull();
  });
});
