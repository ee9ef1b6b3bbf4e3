import { Button, Menu } from '@mantine/core';
import { act, screen } from '@testing-library/react';
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

  it('mounts the menu when the browser is idle, keeping the focus on its button, and opens from the keyboard', async () => {
    const idle: (() => void)[] = [];
    Object.assign(window, {
      requestIdleCallback: (work: () => void) => idle.push(work),
      cancelIdleCallback: () => undefined,
    });
    const onPick = jest.fn();
    const { user } = renderWithProviders(<Subject onPick={onPick} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Views' })).toHaveFocus();
    expect(screen.queryByRole('menu', { hidden: true })).not.toBeInTheDocument();

    expect(idle).toHaveLength(1);
    act(() => idle[0]?.());
    // The Menu's own button replaced the bare one and has the focus.
    expect(screen.getByRole('button', { name: 'Views' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitem', { name: 'First view' }));
    expect(onPick).toHaveBeenCalledTimes(1);
  });
});
