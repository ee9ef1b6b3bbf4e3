import { screen, waitFor, within } from '@testing-library/react';
import type { CaseResponse, UpdateCaseRequest } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { useCase } from '../hooks/useCaseQueries';
import { aCase, session } from '../test/fixtures';
import { CaseArchivedNotice, CaseDetailsPanel } from './CaseDetailsPanel';

/** The two parts as the case page shows them, over the cached case. */
const Harness = ({ caseId }: { caseId: string }) => {
  const caseQuery = useCase(caseId);
  if (!caseQuery.data) return null;
  return (
    <>
      <CaseArchivedNotice caseRecord={caseQuery.data} canEdit />
      <CaseDetailsPanel caseRecord={caseQuery.data} canEdit />
    </>
  );
};

const caseApi = (state: { current: CaseResponse }) =>
  stubApi([
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
    { path: `/api/cases/${state.current.id}`, reply: () => ({ body: state.current }) },
    {
      method: 'PATCH',
      path: `/api/cases/${state.current.id}`,
      reply: (request) => {
        const change = request.body as UpdateCaseRequest;
        state.current = {
          ...state.current,
          ...(change.tags ? { tags: change.tags } : {}),
          ...(change.bank !== undefined ? { bank: change.bank } : {}),
          ...(change.cardLast4 !== undefined ? { cardLast4: change.cardLast4 } : {}),
        };
        return { body: state.current };
      },
    },
    {
      method: 'POST',
      path: `/api/cases/${state.current.id}/archive`,
      reply: () => {
        state.current = { ...state.current, archivedAt: '2026-03-01T00:00:00.000Z' };
        return { body: state.current };
      },
    },
    {
      method: 'POST',
      path: `/api/cases/${state.current.id}/restore`,
      reply: () => {
        state.current = { ...state.current, archivedAt: null };
        return { body: state.current };
      },
    },
  ]);

describe('case details: card, tags, archive', () => {
  it.each([
    ['en', 'Card network', 'Mastercard ···· 4821', 'Issuing country', 'United Kingdom (GB)', 'Declines so far'],
    ['zh', '卡组织', '万事达卡 ···· 4821', '发卡国家/地区', '英国 (GB)', '已被拒绝次数'],
  ] as const)(
    'shows the international card’s network, issuing country and declines (%s)',
    async (language, networkLabel, network, countryLabel, country, declinesLabel) => {
      const state = {
        current: aCase({
          type: 'INTERNATIONAL_CARD_BINDING',
          state: 'ISSUER_DECLINED',
          cardLast4: '4821',
          cardNetwork: 'MASTERCARD',
          cardIssuingCountry: 'GB',
          cardDeclines: 2,
        }),
      };
      caseApi(state);
      renderRoute(<Harness caseId={state.current.id} />, { language });
      const facts = await screen.findByTestId('case-card-facts');
      const terms = within(facts)
        .getAllByRole('term')
        .map((term) => term.textContent);
      const values = within(facts)
        .getAllByRole('definition')
        .map((value) => value.textContent);
      expect(terms).toEqual([networkLabel, countryLabel, declinesLabel]);
      expect(values).toEqual([network, country, '2']);
      // Two declines: the next step is another card (docs/domain.md, W21).
      expect(facts).toHaveTextContent(language === 'en' ? 'switch to another card' : '换一张卡');
    },
  );

  it('shows no card facts for a case without an international card', async () => {
    const state = { current: aCase({ state: 'PREPARING' }) };
    caseApi(state);
    renderRoute(<Harness caseId={state.current.id} />);
    await screen.findByTestId('case-details');
    expect(screen.queryByTestId('case-card-facts')).not.toBeInTheDocument();
  });

  it('edits the card while preparing and the tags, sending only what changed', async () => {
    const state = { current: aCase({ state: 'PREPARING', bank: null, cardLast4: null, tags: ['vip'] }) };
    const api = caseApi(state);
    const { user } = renderRoute(<Harness caseId={state.current.id} />);

    const form = await screen.findByRole('form', { name: 'Case details' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Bank of the card' }), 'ICBC');
    await user.type(within(form).getByRole('textbox', { name: 'Last 4 digits of the card' }), '12');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Enter exactly 4 digits.')).toBeInTheDocument();
    expect(api.requests(`/api/cases/${state.current.id}`, 'PATCH')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Last 4 digits of the card' }), '34');
    await user.type(within(form).getByRole('textbox', { name: /Tags/ }), ', spring');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Save changes' })).toBeDisabled());
    expect(api.requests(`/api/cases/${state.current.id}`, 'PATCH').map((request) => request.body)).toEqual([
      { bank: 'ICBC', cardLast4: '1234', tags: ['vip', 'spring'] },
    ]);
    expect(within(form).getByRole('textbox', { name: /Tags/ })).toHaveValue('vip, spring');
  });

  it('locks the card once submitted, and archives after confirmation, then restores from the notice', async () => {
    const state = { current: aCase({ state: 'SUBMITTED' }) };
    const api = caseApi(state);
    const { user } = renderRoute(<Harness caseId={state.current.id} />, { language: 'en' });

    const form = await screen.findByRole('form', { name: 'Case details' });
    expect(within(form).getByRole('combobox', { name: 'Bank of the card' })).toBeDisabled();
    expect(within(form).getByText(/The card changes with submit or resubmit/)).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Archive case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this case?' });
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    const notice = await screen.findByTestId('case-archived');
    expect(notice).toHaveTextContent('This case is archived');
    expect(api.requests(`/api/cases/${state.current.id}/archive`, 'POST')).toHaveLength(1);
    expect(within(form).queryByRole('button', { name: 'Archive case' })).not.toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Restore case' }));
    await waitFor(() => expect(screen.queryByTestId('case-archived')).not.toBeInTheDocument());
    expect(api.requests(`/api/cases/${state.current.id}/restore`, 'POST')).toHaveLength(1);
    expect(within(form).getByRole('button', { name: 'Archive case' })).toBeInTheDocument();
  });

  it('shows a refused archive in the dialog (zh)', async () => {
    const state = { current: aCase({ state: 'SUBMITTED' }) };
    stubApi([
      { path: `/api/cases/${state.current.id}`, reply: () => ({ body: state.current }) },
      {
        method: 'POST',
        path: `/api/cases/${state.current.id}/archive`,
        reply: { status: 403, body: { error: { code: 'FORBIDDEN', message: 'Not allowed' } } },
      },
    ]);
    const { user } = renderRoute(<Harness caseId={state.current.id} />, { language: 'zh' });
    await user.click(await screen.findByRole('button', { name: '归档案件' }));
    const dialog = await screen.findByRole('dialog', { name: '归档该案件？' });
    await user.click(within(dialog).getByRole('button', { name: '归档' }));
    expect(await within(dialog).findByText('未归档：Not allowed')).toBeInTheDocument();
  });
});
