import { Menu, type MenuProps } from '@mantine/core';
import {
  cloneElement,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { whenIdle } from './idle';

type TargetProps = {
  ref?: Ref<HTMLElement>;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  'aria-haspopup'?: 'menu';
  'aria-expanded'?: boolean;
};

export type DeferredMenuProps = Omit<MenuProps, 'children' | 'opened' | 'defaultOpened' | 'onChange'> & {
  /** The button that opens the menu (what Menu.Target would wrap). */
  target: ReactElement<TargetProps>;
  /** The menu's Menu.Dropdown. */
  children: ReactNode;
};

/**
 * A Mantine Menu mounted once the page is idle, or at once when its button is clicked (or pressed with Enter or
 * Space); until then, its button alone (drawn the same, announced as a closed menu button).
 *
 * A mounted Menu keeps its button's element in floating-ui state, set from a ref while React commits: React then
 * renders again synchronously and first runs every pending effect of the page, so each menu on a page turned the
 * commit that drew it into one long task (~40–50 ms on a phone-class CPU). Mounted when idle, it costs a short task
 * of its own. A click on the bare button mounts the menu open. Mounting draws the button anew, so it is not done on
 * focus: a mouse press focuses before it clicks, and the click would land on a button that is gone. A button that
 * has the focus when the menu mounts keeps it.
 */
export const DeferredMenu = ({ target, children, ...menuProps }: DeferredMenuProps) => {
  const [mounted, setMounted] = useState<false | 'closed' | 'open'>(false);
  const targetRef = useRef<HTMLElement>(null);
  const refocus = useRef(false);

  const mount = useCallback((how: 'closed' | 'open') => {
    // The button is drawn anew inside the menu; if it had the focus, the new one takes it (see the layout effect).
    refocus.current = targetRef.current !== null && targetRef.current === document.activeElement;
    setMounted((current) => current || how);
  }, []);

  useEffect(() => {
    if (mounted) return undefined;
    // Never under a pointer that may be pressing it: a press whose button is drawn anew before it is released
    // clicks nothing. Such a button mounts its menu on the click instead.
    const mountUnlessPointedAt = () => {
      if (!targetRef.current?.matches(':hover, :active')) mount('closed');
    };
    return whenIdle(mountUnlessPointedAt);
  }, [mounted, mount]);
  useLayoutEffect(() => {
    if (mounted && refocus.current) {
      refocus.current = false;
      targetRef.current?.focus();
    }
  }, [mounted]);
  // A click on the bare button is passed on to the menu's own button once it is there, a task later, so the menu
  // opens the way it always does (opened in the commit that mounted it, it did not open in the tests' DOM).
  useEffect(() => {
    if (mounted !== 'open') return undefined;
    const handle = setTimeout(() => targetRef.current?.click(), 0);
    return () => clearTimeout(handle);
  }, [mounted]);

  if (!mounted) {
    return cloneElement(target, {
      ref: targetRef,
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      onClick: () => mount('open'),
    });
  }
  return (
    <Menu {...menuProps}>
      <Menu.Target>{cloneElement(target, { ref: targetRef })}</Menu.Target>
      {children}
    </Menu>
  );
};
