import { screen, within } from '@testing-library/react';
import type { Interpretation } from '@waiji/domain';
import { renderWithProviders } from '../../../test/render';
import { MessageInterpreter, type PastedMessage } from './MessageInterpreter';

// M1 exactly as ALIPAY.md quotes it.
const cardCheckFailed =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';
const receivedAt = new Date('2015-10-13T09:30:00+08:00');
const beforeRetry = () => new Date('2015-10-15T00:00:00Z');

const paste = async (user: ReturnType<typeof renderWithProviders>['user'], text: string, name = 'Alipay message') => {
  await user.click(screen.getByRole('textbox', { name }));
  await user.paste(text);
};

describe('MessageInterpreter', () => {
  it('invites a paste while empty', () => {
    renderWithProviders(<MessageInterpreter />);

    expect(screen.getByText('Paste a message to see what it means and what to do next.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('recognises a pasted card-check failure (M1) and shows its meaning, steps and retry date', async () => {
    const { user } = renderWithProviders(<MessageInterpreter defaultReceivedAt={receivedAt} now={beforeRetry} />);

    await paste(user, cardCheckFailed);

    expect(await screen.findByText('1 message recognised.')).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Bank-card check failed (M1)' });
    expect(card).toHaveAttribute('data-code', 'CARD_CHECK_FAILED');
    expect(within(card).getByText(/The bank-card check failed\. Change to another card now/)).toBeInTheDocument();
    const retry = within(card).getByTestId('retry-after');
    expect(retry).toHaveTextContent('Sunday, October 18, 2015');
    expect(retry).toHaveTextContent('(Beijing time)');
    expect(retry).toHaveTextContent('5 days after the message');
    expect(retry).toHaveTextContent('Until then, only a different card can be used.');
    expect(within(card).getByText('Likely causes')).toBeInTheDocument();
    expect(within(card).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    expect(within(card).getByText('One-Stop guide + reader reports, 2015 on')).toBeInTheDocument();
  });

  it('shows the retry date in Chinese for Chinese readers', async () => {
    const { user } = renderWithProviders(<MessageInterpreter defaultReceivedAt={receivedAt} now={beforeRetry} />, 'zh');

    await paste(user, cardCheckFailed, '支付宝消息');

    expect(await screen.findByTestId('retry-after')).toHaveTextContent('2015年10月18日星期日');
    expect(screen.getByRole('article', { name: '银行卡信息认证失败' })).toBeInTheDocument();
  });

  it('says when the retry date has passed', async () => {
    const { user } = renderWithProviders(
      <MessageInterpreter defaultReceivedAt={receivedAt} now={() => new Date('2016-01-01T00:00:00Z')} />,
    );

    await paste(user, cardCheckFailed);

    expect(await screen.findByTestId('retry-after')).toHaveTextContent('This date has passed');
  });

  it('computes a review due time from when the message arrived', async () => {
    const { user } = renderWithProviders(<MessageInterpreter defaultReceivedAt={receivedAt} />);

    await paste(user, '您的认证申请已提交，支付宝客服将在2天内进行审核，审核完成后，请返回支付宝查看。');

    const card = await screen.findByRole('article', { name: 'Under manual review (M6)' });
    expect(within(card).getByText('Review result expected by')).toBeInTheDocument();
    expect(within(card).getByText(/Oct 15, 2015/)).toBeInTheDocument();
  });

  it('says it does not know a message', async () => {
    const { user } = renderWithProviders(<MessageInterpreter />);

    await paste(user, 'Hello, your parcel has arrived.');

    expect(await screen.findByText('Not recognised')).toBeInTheDocument();
    expect(screen.getByText(/95188/)).toBeInTheDocument();
  });

  it('hands the interpretation and the pasted text to onApply', async () => {
    const onApply = jest.fn<void, [Interpretation, PastedMessage]>();
    const { user } = renderWithProviders(<MessageInterpreter onApply={onApply} defaultReceivedAt={receivedAt} />);

    await paste(user, cardCheckFailed);
    await user.click(await screen.findByRole('button', { name: 'Apply to case' }));

    expect(onApply).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'CARD_CHECK_FAILED', suggestedAction: 'reject', retryAfterDays: 5 }),
      { message: cardCheckFailed, receivedAt },
    );
    expect(onApply.mock.calls[0]?.[0].retryAfter?.toISOString()).toBe('2015-10-17T16:00:00.000Z');
  });

  it('shows no apply button without onApply', async () => {
    const { user } = renderWithProviders(<MessageInterpreter />);

    await paste(user, cardCheckFailed);

    await screen.findByRole('article');
    expect(screen.queryByRole('button', { name: 'Apply to case' })).not.toBeInTheDocument();
  });
});
