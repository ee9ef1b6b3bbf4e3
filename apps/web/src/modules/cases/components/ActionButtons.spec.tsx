import { screen, waitFor, within } from '@testing-library/react';
import type { ActionPayload, CaseAction } from '@waiji/domain';
import { renderWithProviders } from '../../../test/render';
import { ActionButtons } from './ActionButtons';

// M1 exactly as ALIPAY.md quotes it.
const cardCheckFailed =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';

type Submit = jest.Mock<Promise<unknown>, [CaseAction, ActionPayload]>;
const resolving = (): Submit => jest.fn<Promise<unknown>, [CaseAction, ActionPayload]>(() => Promise.resolve());

describe('ActionButtons', () => {
  it('offers the actions the machine allows in the state, and nothing else', () => {
    renderWithProviders(
      <ActionButtons caseType="BANK_CARD_VERIFICATION" state="AWAITING_DEPOSIT" onSubmit={resolving()} />,
    );

    const group = screen.getByRole('group', { name: 'Actions' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Deposit amount entered', 'Rejected', 'Revoke the application (撤销本次认证申请)']);
  });

  it('says so when nothing can be done', () => {
    renderWithProviders(<ActionButtons caseType="BANK_CARD_VERIFICATION" state="APPROVED" onSubmit={resolving()} />);

    expect(screen.getByText('Nothing can be done in this state.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('holds back resubmit with the same card before its retry date, and says until when', () => {
    renderWithProviders(
      <ActionButtons
        caseType="BANK_CARD_VERIFICATION"
        state="REJECTED"
        context={{
          now: new Date('2015-10-14T00:00:00Z'),
          retryAfter: new Date('2015-10-17T16:00:00Z'),
          sameCard: true,
        }}
        onSubmit={resolving()}
      />,
    );

    expect(screen.queryByRole('button', { name: 'Resubmit' })).not.toBeInTheDocument();
    expect(screen.getByText(/same card may be used again from Sunday, October 18, 2015/)).toBeInTheDocument();
  });

  it('refuses a deposit amount of 1.00 and accepts 0.0974 (0 < amount < 1, at most 4 decimals)', async () => {
    const onSubmit = resolving();
    const { user } = renderWithProviders(
      <ActionButtons caseType="BANK_CARD_VERIFICATION" state="AWAITING_DEPOSIT" onSubmit={onSubmit} />,
    );

    await user.click(screen.getByRole('button', { name: 'Deposit amount entered' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deposit amount entered' });
    const amount = within(dialog).getByRole('textbox', { name: /Deposit amount \(CNY/ });

    await user.type(amount, '1.00');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(amount).toHaveAccessibleDescription(/more than 0 and less than 1 CNY/);
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.clear(amount);
    await user.type(amount, '0.0974');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(onSubmit).toHaveBeenCalledWith('confirm_deposit', { amount: '0.0974' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('asks for a required field before calling onSubmit', async () => {
    const onSubmit = resolving();
    const { user } = renderWithProviders(
      <ActionButtons caseType="BANK_CARD_VERIFICATION" state="AWAITING_DEPOSIT" onSubmit={onSubmit} />,
    );

    await user.click(screen.getByRole('button', { name: 'Deposit amount entered' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByRole('textbox', { name: /Deposit amount/ })).toHaveAccessibleDescription(/Required\./);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal (409 with a message) and keeps the form open', async () => {
    const onSubmit = jest.fn<Promise<unknown>, [CaseAction, ActionPayload]>(() =>
      Promise.reject({
        status: 409,
        error: { code: 'CONFLICT', message: 'The case is now in MANUAL_REVIEW (version 4).' },
      }),
    );
    const { user } = renderWithProviders(
      <ActionButtons caseType="BANK_CARD_VERIFICATION" state="SUBMITTED" onSubmit={onSubmit} />,
    );

    await user.click(screen.getByRole('button', { name: 'Application accepted, awaiting deposit' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: the case has changed');
    expect(alert).toHaveTextContent('The case is now in MANUAL_REVIEW (version 4).');
    expect(alert).toHaveTextContent('Reload it to see its current state.');
    expect(onSubmit).toHaveBeenCalledWith('await_deposit', {});
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('shows a cooldown refusal with its date in the reader’s language', async () => {
    const onSubmit = jest.fn<Promise<unknown>, [CaseAction, ActionPayload]>(() =>
      Promise.reject({
        status: 409,
        error: { code: 'COOLDOWN_ACTIVE', message: 'cooldown', details: { retryAfter: '2015-10-17T16:00:00.000Z' } },
      }),
    );
    const { user } = renderWithProviders(
      <ActionButtons caseType="BANK_CARD_VERIFICATION" state="REJECTED" onSubmit={onSubmit} />,
      'zh',
    );

    await user.click(screen.getByRole('button', { name: '重新提交' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '原银行卡须在 2015年10月18日星期日（北京时间）起才能重新认证',
    );
  });

  it('fills the reason from a pasted card-check message and sends reason and message', async () => {
    const onSubmit = resolving();
    const { user } = renderWithProviders(
      <ActionButtons caseType="BANK_CARD_VERIFICATION" state="MANUAL_REVIEW" onSubmit={onSubmit} />,
    );

    await user.click(screen.getByRole('button', { name: 'Rejected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rejected' });
    const reason = within(dialog).getByRole('combobox', { name: /Reason/ });
    expect(reason).toHaveValue('');

    await user.click(within(dialog).getByRole('textbox', { name: 'Original Alipay message' }));
    await user.paste(cardCheckFailed);

    expect(reason).toHaveValue('CARD_CHECK_FAILED');
    expect(
      within(dialog).getByText(
        /Recognised: Bank-card check failed \(M1\)\. Same card again from Sunday, October 18, 2015\./,
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(onSubmit).toHaveBeenCalledWith('reject', {
      reasonCode: 'CARD_CHECK_FAILED',
      originalMessage: cardCheckFailed,
    });
  });

  it('needs words for OTHER and a retry date for a card-check failure, as the domain does', async () => {
    const onSubmit = resolving();
    const { user } = renderWithProviders(
      <ActionButtons caseType="BANK_CARD_VERIFICATION" state="MANUAL_REVIEW" onSubmit={onSubmit} />,
    );
    await user.click(screen.getByRole('button', { name: 'Rejected' }));
    const dialog = await screen.findByRole('dialog');
    const reason = within(dialog).getByRole('combobox', { name: /Reason/ });

    await user.selectOptions(reason, 'OTHER');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('textbox', { name: /Reason in words/ })).toHaveAccessibleDescription(/Required\./);

    await user.selectOptions(reason, 'CARD_CHECK_FAILED');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByLabelText(/Same card allowed again from/)).toHaveAccessibleDescription(
      /needs the day the same card may be used again/,
    );
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /Days until the same card/ }), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith('reject', { reasonCode: 'CARD_CHECK_FAILED', retryAfterDays: 5 });
  });

  it('checks the last four digits of a card', async () => {
    const onSubmit = resolving();
    const { user } = renderWithProviders(
      <ActionButtons caseType="BANK_CARD_VERIFICATION" state="PREPARING" onSubmit={onSubmit} />,
    );
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const dialog = await screen.findByRole('dialog');

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Bank' }), 'CMB');
    await user.type(within(dialog).getByRole('textbox', { name: /Last 4 digits/ }), '12a');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('textbox', { name: /Last 4 digits/ })).toHaveAccessibleDescription(
      /Enter exactly 4 digits\./,
    );

    await user.clear(within(dialog).getByRole('textbox', { name: /Last 4 digits/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Last 4 digits/ }), '4821');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith('submit', { bank: 'CMB', cardLast4: '4821' });
  });
});
