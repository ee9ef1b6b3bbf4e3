import { Button, Menu } from '@mantine/core';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { DeferredMenu } from './DeferredMenu';

const Subject = ({ onPick }: { onPick: () => void }) => (
  <DeferredMenu target={<Button>Views</Button>}>
    <Menu.Dropdown>
      <Menu.Item onClick={onPick}>First view</Menu.Item>
    </Menu.Dropdown>
  </DeferredMenu>
);

describe('DeferredMenu', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'requestIdleCallback');
    Reflect.deleteProperty(window, 'cancelIdleCallback');
  });

  it('is a closed menu button until clicked, and the first click opens the menu', async () => {
    const onPick = jest.fn();
    const { user } = renderWithProviders(<Subject onPick={onPick} />);
    const button = screen.getByRole('button', { name: 'Views' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu', { hidden: true })).not.toBeInTheDocument();

    await user.click(button);
    await user.click(await screen.findByRole('menuitem', { name: 'First view' }));
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it('stays a bare button while the page is idle, and opens from the keyboard', async () => {
    const idle = jest.fn();
    Object.assign(window, { requestIdleCallback: idle, cancelIdleCallback: () => undefined });
    const onPick = jest.fn();
    const { user } = renderWithProviders(<Subject onPick={onPick} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Views' })).toHaveFocus();
    // Nothing is mounted when the browser is idle: a menu most visits never open costs no task while the page loads.
    expect(idle).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu', { hidden: true })).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitem', { name: 'First view' }));
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it('gives the focus to the menu’s own button when it mounts from the keyboard', async () => {
    const { user } = renderWithProviders(<Subject onPick={jest.fn()} />);
    await user.tab();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    const button = screen.getByRole('button', { name: 'Views' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // The bare button that had the focus is gone; the focus is on the menu's button or in the menu, not lost.
    expect(button === document.activeElement || menu.contains(document.activeElement)).toBe(true);
  });
});
