import { startTransition, useEffect, useState } from 'react';
import { afterIdle } from './idle';

/**
 * How many of `count` parts of a long page to draw: the first at once, then one more each time the browser is idle
 * after the last was drawn. Each part then costs its own short render, commit and layout instead of one commit and
 * one layout of everything (~50 ms each on a phone for the rest of a case in the portal, where a task over 50 ms
 * delays a tap). Parts are appended below what is drawn, so nothing on the screen moves.
 */
export const useStaged = (count: number): number => {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= count) return undefined;
    return afterIdle(() => startTransition(() => setShown((drawn) => drawn + 1)));
  }, [shown, count]);
  return Math.min(shown, count);
};
