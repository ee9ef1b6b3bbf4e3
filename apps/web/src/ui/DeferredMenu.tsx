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
 * A Mantine Menu mounted when its button is first clicked (or pressed with Enter or Space), and open at once; until
 * then, its button alone (drawn the same, announced as a closed menu button).
 *
 * A mounted Menu keeps its button's element in floating-ui state, set from a ref while React commits: React then
 * renders again synchronously and first runs every pending effect of the page, so each menu on a page turned the
 * commit that drew it into one long task (~40–50 ms on a phone-class CPU). Mounted when the page was idle, it still
 * cost a task of its own (20–30 ms here, ~100 ms on a phone) while the page was loading, for a menu most visits never
 * open. Mounting draws the button anew, so it is not done on focus: a mouse press focuses before it clicks, and the
 * click would land on a button that is gone. A button that has the focus when the menu mounts keeps it.
 */
export const DeferredMenu = ({ target, children, ...menuProps }: DeferredMenuProps) => {
  const [mounted, setMounted] = useState(false);
  const targetRef = useRef<HTMLElement>(null);
  const refocus = useRef(false);

  const mount = useCallback(() => {
    // The button is drawn anew inside the menu; if it had the focus, the new one takes it (see the layout effect).
    refocus.current = targetRef.current !== null && targetRef.current === document.activeElement;
    setMounted(true);
  }, []);

  useLayoutEffect(() => {
    if (mounted && refocus.current) {
      refocus.current = false;
      targetRef.current?.focus();
    }
  }, [mounted]);
  // A click on the bare button is passed on to the menu's own button once it is there, a task later, so the menu
  // opens the way it always does (opened in the commit that mounted it, it did not open in the tests' DOM).
  useEffect(() => {
    if (!mounted) return undefined;
    const handle = setTimeout(() => targetRef.current?.click(), 0);
    return () => clearTimeout(handle);
  }, [mounted]);

  if (!mounted) {
    return cloneElement(target, {
      ref: targetRef,
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      onClick: mount,
    });
  }
  return (
    <Menu {...menuProps}>
      <Menu.Target>{cloneElement(target, { ref: targetRef })}</Menu.Target>
      {children}
    </Menu>
  );
};
