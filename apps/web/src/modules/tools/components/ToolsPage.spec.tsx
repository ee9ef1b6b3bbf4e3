import { screen, waitFor, within } from '@testing-library/react';
import { signedOut, stubApi } from '../../../test/apiStub';
import { renderApp } from '../../../test/render';

const openTools = async () => {
  const rendered = renderApp('/tools');
  expect(await screen.findByRole('heading', { level: 1, name: 'Alipay helper' })).toBeInTheDocument();
  return rendered;
};

describe('/tools (Alipay helper)', () => {
  // A visitor: the shell asks who is signed in before showing `/`.
  beforeEach(() => {
    stubApi({ 'GET /api/auth/me': signedOut });
  });

  it('is a public page reached from the main navigation', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Alipay verification, tracked as cases' });

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Alipay helper' }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Alipay helper' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Alipay helper' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('checks an application live as it is typed', async () => {
    const { user } = await openTools();
    const form = screen.getByRole('form', { name: 'Application details' });
    expect(screen.getByText('Start typing: the checks appear here.')).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Abcdefghij Klmnopqrst');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Bank of the card' }), 'BOC');

    const mustFix = screen.getByRole('region', { name: 'Must fix' });
    expect(
      within(mustFix)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('data-code')),
    ).toContain('NAME_TOO_LONG_FOR_BANK');

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Bank of the card' }), 'CMB');
    expect(screen.queryByText(/The name has 21 letters/)).not.toBeInTheDocument();
  });

  it('shows only the fields a case type needs', async () => {
    const { user } = await openTools();
    const form = screen.getByRole('form', { name: 'Application details' });

    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'What are you applying for?' }),
      'RESTRICTION_APPEAL',
    );

    expect(within(form).queryByRole('combobox', { name: 'Bank of the card' })).not.toBeInTheDocument();
    expect(
      within(form).getByRole('checkbox', { name: 'Photo of the person holding the open passport' }),
    ).toBeInTheDocument();
  });

  it('walks a pretend case through its machine, the diagram following', async () => {
    const { user } = await openTools();
    const panel = await screen.findByRole('tabpanel', { name: 'Bank card' });
    const diagram = () => within(panel).getByRole('img', { name: /State diagram of/ });
    await waitFor(() => expect(diagram()).toHaveAccessibleName(/Current state: Preparing\./));

    await user.click(within(panel).getByRole('button', { name: 'Submit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(diagram()).toHaveAccessibleName(/Current state: Submitted\./));
    expect(within(panel).getByText('Submit: Preparing → Submitted')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Application accepted, awaiting deposit' })).toBeInTheDocument();
  });

  it('draws all eight case types (the seed-era three and the 2026 five)', async () => {
    await openTools();

    expect(await screen.findAllByRole('tab')).toHaveLength(8);
    await waitFor(() => expect(screen.getAllByRole('img', { name: /State diagram of/, hidden: true })).toHaveLength(8));
  });
});
