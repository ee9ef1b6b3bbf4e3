import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import type { PortalCaseDetail } from '../api/portalApi';
import { WhatHappensNext } from './WhatHappensNext';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const rejected = (extra: Partial<PortalCaseDetail> = {}): PortalCaseDetail => ({
  id: '00000000-0000-4000-a000-00000000c0de',
  type: 'BANK_CARD_VERIFICATION',
  state: 'REJECTED',
  attempt: 1,
  stateEnteredAt: inDays(-1),
  retryAfter: null,
  nextDueAt: null,
  updatedAt: inDays(-1),
  nextSteps: [],
  timeline: [],
  deadlines: [],
  ...extra,
});

const visa = {
  kind: 'DOCUMENT_EXPIRING' as const,
  dueAt: inDays(60),
  document: 'VISA' as const,
  expiresOn: '2099-03-01',
};

describe('WhatHappensNext: the next deadline named by its kind', () => {
  it('leads with the same-card day after an M1 rejection, the visa expiry comes later and says what it is', () => {
    const retry = inDays(5);
    renderWithProviders(
      <WhatHappensNext
        detail={rejected({ retryAfter: retry, deadlines: [{ kind: 'RETRY_ALLOWED', dueAt: retry }, visa] })}
      />,
    );
    const box = screen.getByTestId('what-happens-next');
    expect(within(box).getByText('Next: Same card allowed again')).toBeInTheDocument();
    expect(
      within(box).getByText(/^From .* \(Beijing time\) the same bank card may be used again: Alipay’s wait/),
    ).toBeInTheDocument();
    const later = within(box).getByRole('listitem');
    expect(later).toHaveTextContent(/^Document expiring — Your visa expires on .*March 1, 2099\.$/);
    expect(box).not.toHaveTextContent(/Next check|we follow up/);
  });

  it('a visa expiry alone is named as such, not as a check the helper follows up', () => {
    renderWithProviders(<WhatHappensNext detail={rejected({ deadlines: [visa] })} />);
    const box = screen.getByTestId('what-happens-next');
    expect(within(box).getByText('Next: Document expiring')).toBeInTheDocument();
    expect(within(box).getByText(/^Your visa expires on .*March 1, 2099\.$/)).toBeInTheDocument();
  });

  it('says so in Chinese', () => {
    renderWithProviders(
      <WhatHappensNext detail={rejected({ deadlines: [{ kind: 'REVIEW_DUE', dueAt: inDays(2) }] })} />,
      'zh',
    );
    expect(screen.getByText('接下来：支付宝审核应已完成')).toBeInTheDocument();
  });

  it('with no deadline left: nothing to wait for, and the same card may be used again', () => {
    renderWithProviders(<WhatHappensNext detail={rejected({ retryAfter: inDays(-2) })} />);
    expect(screen.getByText('No date to wait for right now.')).toBeInTheDocument();
    expect(screen.getByText('The same bank card may be used again now.')).toBeInTheDocument();
  });
});
