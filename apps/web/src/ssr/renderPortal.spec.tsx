/**
 * @jest-environment node
 */
// The server's renderer runs in Node (the API loads its build): no DOM here, as there.
import { clientMeBody, portalCaseBody, testIds } from '../test/apiStub';
import { renderPortal } from './renderPortal';
import type { ServerRenderedState } from './serverRendered';

const client = (locale: string) =>
  clientMeBody({
    user: { id: testIds.user, email: 'li@example.com', displayName: 'Li Wei', locale, emailVerified: true },
  });

describe('renderPortal (the portal drawn on the server)', () => {
  it('draws a Russian client’s case in Russian, whole (nothing left to an inline script), with what it drew from', async () => {
    const page = await renderPortal({
      path: '/portal',
      session: client('ru'),
      data: { list: [portalCaseBody()] },
      acceptLanguage: 'en-US,en;q=0.9',
    });
    expect(page).toMatchObject({ lang: 'ru', dir: 'ltr', language: 'ru' });
    expect(page.html).toContain('Ваше дело в Alipay');
    expect(page.html).toContain('Ожидается проверочный платёж');
    // A part the server finished late would be revealed by an inline script, which the CSP refuses.
    expect(page.html).not.toContain('<script');
    expect(page.html).not.toContain('<!--$?-->');

    const state = JSON.parse(page.state) as ServerRenderedState;
    expect(state.language).toBe('ru');
    const keys = state.queries.queries.map((query) => query.queryKey);
    expect(keys).toEqual(expect.arrayContaining([['session'], ['cases', 'portal', 'client', 'list']]));
  });

  it('draws Arabic right to left', async () => {
    const page = await renderPortal({
      path: '/portal',
      session: client('ar'),
      data: { list: [portalCaseBody()] },
      acceptLanguage: undefined,
    });
    expect(page).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(page.html).toContain('طلبك في Alipay');
  });

  it('speaks the browser’s language to an account that chose none, as the app does', async () => {
    const page = await renderPortal({
      path: '/portal',
      session: client('en'),
      data: { list: [portalCaseBody()] },
      acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8',
    });
    expect(page).toMatchObject({ lang: 'zh-CN', language: 'zh' });
    expect(page.html).toContain('您的支付宝案件');
  });

  it('draws a case’s own page from its answer', async () => {
    const page = await renderPortal({
      path: `/portal/cases/${testIds.portalCase}`,
      session: client('en'),
      data: { detail: portalCaseBody({ state: 'REJECTED' }) },
      acceptLanguage: 'en',
    });
    expect(page.html).toContain('Rejected');
    const state = JSON.parse(page.state) as ServerRenderedState;
    expect(state.queries.queries.map((query) => query.queryKey)).toContainEqual([
      'cases',
      'portal',
      'client',
      'detail',
      testIds.portalCase,
    ]);
  });
});
