import { act, screen, waitFor, within } from '@testing-library/react';
import { switchLanguage } from '../../../i18n/clientPacks';
import { renderWithProviders } from '../../../test/render';
import { splitGlossaryTerms } from '../utils/glossaryIndex';
import { GlossaryTerm } from './GlossaryTerm';
import { GlossaryText } from './GlossaryText';

describe('GlossaryTerm', () => {
  it('shows the Chinese, pinyin and English in a tooltip when focused from the keyboard', async () => {
    const { user } = renderWithProviders(<GlossaryTerm term="立即认证" />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.tab();
    const term = screen.getByText('立即认证', { selector: '[data-glossary-term]' });
    expect(term).toHaveFocus();
    expect(term).toHaveAttribute('lang', 'zh-CN');

    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('立即认证');
    expect(tooltip).toHaveTextContent('lìjí rènzhèng');
    expect(tooltip).toHaveTextContent('verify now');
    expect(term).toHaveAccessibleDescription(/lìjí rènzhèng/);
  });

  it('mounts its tooltip open on the first pointer, not while the page is idle, and closes it when the pointer leaves', async () => {
    const idle = jest.fn();
    Object.assign(window, { requestIdleCallback: idle, cancelIdleCallback: () => undefined });
    try {
      const { user } = renderWithProviders(<GlossaryTerm term="立即认证" />);
      expect(idle).not.toHaveBeenCalled();
      const term = screen.getByText('立即认证', { selector: '[data-glossary-term]' });

      await user.hover(term);
      expect(await screen.findByRole('tooltip')).toHaveTextContent('verify now');
      await user.unhover(term);
      await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    } finally {
      Reflect.deleteProperty(window, 'requestIdleCallback');
      Reflect.deleteProperty(window, 'cancelIdleCallback');
    }
  });

  it('gives the meaning in the client’s language where the client glossary has the term', async () => {
    const { user, i18n } = renderWithProviders(<GlossaryTerm term="输入打款金额" />);
    await act(() => switchLanguage(i18n, 'ru'));

    await user.tab();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent("shūrù dǎkuǎn jīn'é");
    expect(within(tooltip).getByText('ввести сумму платежа')).toHaveAttribute('lang', 'ru');
    expect(tooltip).not.toHaveTextContent('enter the deposit amount');
    expect(screen.getByText('输入打款金额', { selector: '[data-glossary-term]' })).toHaveAccessibleDescription(
      /ввести сумму платежа/,
    );
  });

  it('finds a term written without its optional parts', async () => {
    const { user } = renderWithProviders(<GlossaryTerm term="撤销本次认证" />);

    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('revoke the application');
  });

  it('renders an unknown term as plain, unfocusable text', async () => {
    const { user } = renderWithProviders(<GlossaryTerm term="不存在的词" />);

    await user.tab();
    expect(screen.getByText('不存在的词')).not.toHaveFocus();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});

describe('GlossaryText', () => {
  it('marks Chinese Alipay terms in English text, longest spelling first', () => {
    expect(
      splitGlossaryTerms('Click 撤销本次认证申请, then 立即认证.').map((piece) => [piece.text, piece.entry?.en]),
    ).toEqual([
      ['Click ', undefined],
      ['撤销本次认证申请', 'revoke the application'],
      [', then ', undefined],
      ['立即认证', 'verify now'],
      ['.', undefined],
    ]);

    renderWithProviders(<GlossaryText>{'Choose 外籍 under 立即认证.'}</GlossaryText>);
    expect(screen.getByText('外籍')).toHaveAttribute('tabindex', '0');
  });

  it('leaves Chinese text plain for Chinese readers', () => {
    renderWithProviders(<GlossaryText>{'点击“立即认证”。'}</GlossaryText>, 'zh');

    expect(screen.getByText('点击“立即认证”。')).toBeInTheDocument();
  });
});
