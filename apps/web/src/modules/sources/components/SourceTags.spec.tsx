import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { SourceTags } from './SourceTags';

describe('SourceTags: sources by their readable names, explained on tap', () => {
  it('shows names, not tags, and a tap opens what the source is with a link to its public page', async () => {
    const { user } = renderWithProviders(<SourceTags tags={['S3', 'S2']} />);
    expect(screen.queryByText('S3')).not.toBeInTheDocument();
    const chip = screen.getByRole('button', { name: 'Source: The Beijinger guide, 2015' });
    expect(chip).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // A tap (pointer down and up, no hover first) opens it.
    await user.pointer({ keys: '[TouchA]', target: chip });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/How To: Set Up Alipay As a Foreigner/)).toBeInTheDocument();
    const link = within(dialog).getByRole('link', { name: 'Open the page' });
    expect(link).toHaveAttribute(
      'href',
      'https://thebeijinger.com/blog/2015/07/10/yes-foreigners-can-use-alipay-heres-how',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('button', { name: 'Source: The Beijinger guide, 2015' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    // A second tap closes it.
    await user.click(screen.getByRole('button', { name: 'Source: The Beijinger guide, 2015' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from the keyboard too, keeps the focus on the chip, and Escape closes it', async () => {
    const { user } = renderWithProviders(<SourceTags tags={['S2']} />);
    await user.tab();
    expect(screen.getByRole('button', { name: /One-Stop guide/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    // No address was recorded for S2: it says so instead of a link.
    expect(within(dialog).getByText('No public address was recorded for this source.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /One-Stop guide/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /One-Stop guide/ })).toHaveFocus();
  });

  it('the later pages open as a list of each page, in Chinese for Chinese readers', async () => {
    const { user } = renderWithProviders(<SourceTags tags={['W']} />, 'zh');
    await user.click(screen.getByRole('button', { name: '来源：后续公开网页，2017–2026' }));
    const dialog = await screen.findByRole('dialog');
    const pages = within(dialog).getAllByRole('link');
    expect(pages).toHaveLength(21);
    expect(within(dialog).getByRole('link', { name: '商务部外籍人士指南，2024' })).toHaveAttribute(
      'href',
      expect.stringContaining('english.beijing.gov.cn'),
    );
  });
});
