import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { defineCatalogue } from './catalogue';
import { createI18n } from './i18n';

const base = defineCatalogue({
  namespace: 'demo',
  en: { shared: { hello: 'Hello' } },
  zh: { shared: { hello: '你好' } },
});
const extra = defineCatalogue({
  namespace: 'demo',
  en: { extra: { item_one: '{{count}} item', item_other: '{{count}} items' } },
  zh: { extra: { item_one: '{{count}} 项', item_other: '{{count}} 项' } },
  builtOn: [base.add],
});

describe('defineCatalogue', () => {
  it('adds its strings once, on top of those it builds on, to the instance the component renders with', () => {
    const i18n = createI18n('en');
    const addBundle = jest.spyOn(i18n, 'addResourceBundle');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const { result, rerender } = renderHook(() => extra.useTranslation(), { wrapper });

    expect(result.current.t('extra.item', { count: 2 })).toBe('2 items');
    expect(i18n.getResourceBundle('en', 'demo')).toEqual({
      shared: { hello: 'Hello' },
      extra: { item_one: '{{count}} item', item_other: '{{count}} items' },
    });
    rerender();
    expect(
      addBundle.mock.calls.map(([language, namespace, strings]) => [
        language,
        namespace,
        Object.keys(strings as object),
      ]),
    ).toEqual([
      ['en', 'demo', ['shared']],
      ['zh', 'demo', ['shared']],
      ['en', 'demo', ['extra']],
      ['zh', 'demo', ['extra']],
    ]);
  });

  it('gives a new t, in the new language, when the language changes', async () => {
    const i18n = createI18n('en');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => extra.useTranslation(), { wrapper });
    const english = result.current.t;

    await act(() => i18n.changeLanguage('zh'));
    expect(result.current.t).not.toBe(english);
    expect(result.current.t('extra.item', { count: 1 })).toBe('1 项');
  });
});
