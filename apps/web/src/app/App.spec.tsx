import { act, screen, within } from '@testing-library/react';
import { switchLanguage } from '../i18n/clientPacks';
import { languageStorageKey } from '../i18n/languages';
import { signedOut, stubApi } from '../test/apiStub';
import { healthBody } from '../test/fetchStub';
import { renderApp } from '../test/render';

describe('app shell', () => {
  beforeEach(() => {
    stubApi({ 'GET /api/auth/me': signedOut, 'GET /api/health': { status: 200, body: healthBody() } });
  });

  it('renders the start page inside the header, navigation and main landmarks', async () => {
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alipay verification, tracked as cases' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Waiji 外籍')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('region', { name: 'Service status' }));
    expect(await screen.findByText('Operational')).toBeInTheDocument();
  });

  it('offers a skip link to the main content as the first focusable element', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', `#${screen.getByRole('main').id}`);
  });

  it('shows a not-found page for unknown addresses, with a way back', async () => {
    const { user } = renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alipay verification, tracked as cases' }),
    ).toBeInTheDocument();
  });

  it('switches the visible text to Chinese and back, and remembers the choice', async () => {
    const { user, stopSync } = renderApp('/');
    await screen.findByText('Operational');

    const switcher = screen.getByRole('radiogroup', { name: 'Language' });
    await user.click(within(switcher).getByRole('radio', { name: '中文' }));

    expect(await screen.findByRole('heading', { level: 1, name: '支付宝认证，按案件跟踪' })).toBeInTheDocument();
    expect(screen.getByText('运行正常')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: '语言' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
    expect(window.localStorage.getItem(languageStorageKey)).toBe('zh');
    expect(screen.queryByText('Operational')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'EN' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alipay verification, tracked as cases' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Operational')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');
    stopSync();
  });

  it('shows a client’s own language as the checked third choice, and EN takes the page back to English', async () => {
    const { user, i18n, stopSync } = renderApp('/');
    await screen.findByText('Operational');
    await act(() => switchLanguage(i18n, 'ko'));

    const switcher = await screen.findByRole('radiogroup', { name: '언어' });
    expect(within(switcher).getByRole('radio', { name: '한국어' })).toBeChecked();
    expect(within(switcher).getByRole('radio', { name: 'EN' })).not.toBeChecked();
    expect(document.documentElement).toHaveAttribute('lang', 'ko');

    await user.click(within(switcher).getByRole('radio', { name: 'EN' }));
    expect(await screen.findByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: '한국어' })).not.toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    stopSync();
  });
});
