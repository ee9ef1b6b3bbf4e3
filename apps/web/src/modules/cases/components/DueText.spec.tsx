import { screen } from '@testing-library/react';
import { formatMoment } from '../../../i18n/formatDate';
import * as intlCache from '../../../i18n/intlCache';
import { renderWithProviders } from '../../../test/render';
import { DueText } from './DueText';

// Counted, so the spec can tell when the exact moment is formatted (formatMoment builds its formatter through it).
jest.mock('../../../i18n/intlCache', () => {
  const actual = jest.requireActual<typeof import('../../../i18n/intlCache')>('../../../i18n/intlCache');
  return {
    ...actual,
    dateTimeFormat: jest.fn(actual.dateTimeFormat),
    relativeTimeFormat: jest.fn(actual.relativeTimeFormat),
  };
});

const now = new Date('2026-03-10T08:00:00Z');
const dueAt = '2026-03-13T09:30:00.000Z';

describe('DueText', () => {
  beforeEach(() => {
    jest.mocked(intlCache.dateTimeFormat).mockClear();
    jest.mocked(intlCache.relativeTimeFormat).mockClear();
  });

  it('draws a deadline without an Intl date formatter, and gives the exact moment once the pointer comes over it', async () => {
    const { user } = renderWithProviders(<DueText dueAt={dueAt} now={now} />);

    const label = screen.getByText('Due in 3 days');
    expect(label.tagName).toBe('TIME');
    expect(label).toHaveAttribute('datetime', dueAt);
    expect(label).toHaveAttribute('data-overdue', 'false');
    expect(label).not.toHaveAttribute('title');
    expect(intlCache.dateTimeFormat).not.toHaveBeenCalled();
    expect(intlCache.relativeTimeFormat).not.toHaveBeenCalled();

    await user.hover(label);
    expect(label).toHaveAttribute('title', formatMoment(new Date(dueAt), 'en'));
    expect(label.getAttribute('title')).toMatch(/^Mar 1[34], 2026/);
  });

  it('reads in Chinese, overdue in red, with the moment in Chinese', async () => {
    const { user } = renderWithProviders(<DueText dueAt={dueAt} now={new Date('2026-03-14T09:30:00Z')} />, 'zh');

    const label = screen.getByText('已逾期：昨天到期');
    expect(label).toHaveAttribute('data-overdue', 'true');
    await user.hover(label);
    expect(label).toHaveAttribute('title', formatMoment(new Date(dueAt), 'zh-CN'));
  });

  it('says when there is no deadline, with no moment to give', async () => {
    const { user } = renderWithProviders(<DueText dueAt={null} now={now} />);

    const label = screen.getByText('No deadline');
    expect(label.tagName).toBe('SPAN');
    await user.hover(label);
    expect(label).not.toHaveAttribute('title');
    expect(intlCache.dateTimeFormat).not.toHaveBeenCalled();
  });
});
