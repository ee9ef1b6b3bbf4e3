import { screen, within } from '@testing-library/react';
import { machines } from '@waiji/domain';
import { renderWithProviders } from '../../../test/render';
import { CaseStateDiagram } from './CaseStateDiagram';

const diagram = () => screen.getByRole('img', { name: /State diagram of/ });

describe('CaseStateDiagram', () => {
  it('lights the current state in the drawing, the summary and the text list', () => {
    renderWithProviders(<CaseStateDiagram caseType="BANK_CARD_VERIFICATION" currentState="AWAITING_DEPOSIT" />);

    expect(diagram()).toHaveAccessibleName(/Current state: Awaiting deposit\.$/);
    const lit = diagram().querySelectorAll('[data-current]');
    expect(lit).toHaveLength(1);
    expect(lit[0]).toHaveAttribute('data-state', 'AWAITING_DEPOSIT');

    const current = within(screen.getByTestId('state-list'))
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAttribute('data-state', 'AWAITING_DEPOSIT');
    expect(current[0]).toHaveTextContent('Current');
  });

  it('emphasises exactly the arrows that leave the current state', () => {
    renderWithProviders(<CaseStateDiagram caseType="BANK_CARD_VERIFICATION" currentState="AWAITING_DEPOSIT" />);

    const next = [...diagram().querySelectorAll('[data-next]')].map((edge) => edge.getAttribute('data-action'));
    expect(next.sort()).toEqual(['confirm_deposit', 'reject', 'revoke']);
  });

  it.each(Object.values(machines))('draws every state and transition of $type from the machine table', (machine) => {
    renderWithProviders(<CaseStateDiagram caseType={machine.type} />);

    const states = [...diagram().querySelectorAll('g[data-state]')].map((node) => node.getAttribute('data-state'));
    expect(states.sort()).toEqual([...machine.states].sort());
    const edgeCount = machine.transitions.reduce((sum, transition) => sum + transition.from.length, 0);
    expect(diagram().querySelectorAll('g[data-action]')).toHaveLength(edgeCount);
    expect(diagram().querySelector('[data-current]')).toBeNull();
    expect(diagram()).not.toHaveAccessibleName(/Current state/);
  });

  it('lists each state with its next steps as text', () => {
    renderWithProviders(<CaseStateDiagram caseType="RESTRICTION_APPEAL" currentState="REJECTED" />);

    const rejected = within(screen.getByTestId('state-list'))
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('data-state') === 'REJECTED');
    expect(rejected).toHaveTextContent('Resubmit → Submitted');
  });

  it('speaks Chinese when the app does', () => {
    renderWithProviders(<CaseStateDiagram caseType="BANK_CARD_VERIFICATION" currentState="MANUAL_REVIEW" />, 'zh');

    expect(screen.getByRole('img', { name: /当前状态：人工审核中。/ })).toBeInTheDocument();
    expect(screen.getByText('已受理，等待打款 → 等待打款')).toBeInTheDocument();
  });

  it('can leave the text list out', () => {
    renderWithProviders(<CaseStateDiagram caseType="APP_PASSPORT_VERIFICATION" withTextList={false} />);

    expect(screen.queryByTestId('state-list')).not.toBeInTheDocument();
    expect(diagram()).toBeInTheDocument();
  });
});
