import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../test/renderRoute';
import type { PortalTimelineEntry } from '../api/portalApi';
import { PortalTimeline } from './PortalTimeline';

const step = (
  id: string,
  action: PortalTimelineEntry['action'],
  fromState: PortalTimelineEntry['fromState'],
  at: string,
) =>
  ({
    id,
    action,
    fromState,
    toState: 'THREE_DS_PENDING',
    at,
    reasonCode: null,
    originalMessage: null,
    interpretations: [],
  }) satisfies PortalTimelineEntry;

describe('portal timeline: action names', () => {
  it('tells the client an international card’s steps in its machine’s words', () => {
    renderRoute(
      <PortalTimeline
        caseType="INTERNATIONAL_CARD_BINDING"
        entries={[
          step('e1', 'submit', 'PREPARING', '2026-12-01T02:00:00.000Z'),
          step('e2', 'resubmit', 'ISSUER_DECLINED', '2026-12-01T03:00:00.000Z'),
        ]}
      />,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Try a card again');
    expect(items[1]).toHaveTextContent('Card added, 3-D Secure pending');
    expect(screen.queryByText('Resubmit')).not.toBeInTheDocument();
  });
});
