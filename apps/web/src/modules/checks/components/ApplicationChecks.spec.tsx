import { screen, within } from '@testing-library/react';
import { checkApplication } from '@waiji/domain';
import { renderWithProviders } from '../../../test/render';
import { ApplicationChecks } from './ApplicationChecks';

const asOf = new Date('2026-11-21T00:00:00Z');
const group = (name: string) => screen.getByRole('region', { name });

describe('ApplicationChecks', () => {
  it('blocks a 21-letter name with Bank of China (NAME_TOO_LONG_FOR_BANK) and suggests China Merchants Bank', () => {
    const name = 'Abcdefghij Klmnopqrst';
    expect(name).toHaveLength(21);
    const findings = checkApplication({ caseType: 'BANK_CARD_VERIFICATION', name, bank: 'BOC' }, asOf);
    renderWithProviders(<ApplicationChecks findings={findings} name={name} caseType="BANK_CARD_VERIFICATION" />);

    const mustFix = group('Must fix');
    const finding = within(mustFix)
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('data-code') === 'NAME_TOO_LONG_FOR_BANK');
    expect(finding).toBeDefined();
    const card = within(finding as HTMLElement);
    expect(card.getByText('Name')).toBeInTheDocument();
    expect(
      card.getByText(/The name has 21 letters \(spaces included\); over 20 only China Merchants Bank works/),
    ).toBeInTheDocument();
    expect(card.getByText('China Merchants Bank')).toBeInTheDocument();
    // Sources by their readable names (S2, S4).
    expect(card.getByRole('button', { name: 'Source: One-Stop guide + reader reports, 2015 on' })).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Source: Alipay’s field rules (translated guide)' })).toBeInTheDocument();
  });

  it('groups findings by severity with a count summary', () => {
    const findings = checkApplication(
      {
        caseType: 'BANK_CARD_VERIFICATION',
        name: 'Anna Lee',
        bank: 'CCB',
        passportNumber: '1234567',
        phone: '1701234567x',
      },
      asOf,
    );
    renderWithProviders(<ApplicationChecks findings={findings} />);

    const block = findings.filter((finding) => finding.severity === 'block').length;
    const warn = findings.filter((finding) => finding.severity === 'warn').length;
    expect(screen.getByRole('status')).toHaveTextContent(`Must fix: ${block} · Check: ${warn} · Good to know: 0`);
    expect(within(group('Must fix')).getAllByRole('listitem')).toHaveLength(block);
    expect(within(group('Check')).getAllByRole('listitem')).toHaveLength(warn);
    expect(screen.queryByRole('region', { name: 'Good to know' })).not.toBeInTheDocument();
    // PASSPORT_NUMBER_SHORT's fix is a literal value to copy.
    expect(screen.getByRole('button', { name: 'Copy “01234567”' })).toBeInTheDocument();
  });

  it('offers name spellings to try, a few first, all on request', async () => {
    const name = 'Mary Jane Watson';
    const { user } = renderWithProviders(
      <ApplicationChecks findings={[]} name={name} caseType="BANK_CARD_VERIFICATION" />,
    );

    const variants = group('If Alipay says the name does not match');
    expect(within(variants).getByRole('button', { name: 'Copy “Watson Mary Jane”' })).toBeInTheDocument();
    expect(within(variants).queryByRole('button', { name: 'Copy “mary jane watson”' })).not.toBeInTheDocument();

    await user.click(within(variants).getByRole('button', { name: /Show all/ }));
    expect(within(variants).getByRole('button', { name: 'Copy “mary jane watson”' })).toBeInTheDocument();
  });

  it('names documents to add by their labels', () => {
    const findings = checkApplication({ caseType: 'RESTRICTION_APPEAL', documents: [] }, asOf);
    renderWithProviders(<ApplicationChecks findings={findings} caseType="RESTRICTION_APPEAL" />);

    expect(screen.getByText('Photo of the person holding the open passport')).toBeInTheDocument();
  });

  it('says when nothing was found', () => {
    renderWithProviders(<ApplicationChecks findings={[]} />);

    expect(screen.getByText('No problems found')).toBeInTheDocument();
  });

  it('speaks Chinese when the app does', () => {
    const findings = checkApplication(
      { caseType: 'BANK_CARD_VERIFICATION', name: 'Abcdefghij Klmnopqrst', bank: 'BOC' },
      asOf,
    );
    renderWithProviders(<ApplicationChecks findings={findings} />, 'zh');

    expect(within(screen.getByRole('region', { name: '必须修改' })).getByText(/姓名共 21 个字符/)).toBeInTheDocument();
    expect(screen.getByText('招商银行')).toBeInTheDocument();
  });
});
