/**
 * Runs `work` when the browser is idle (at the latest after `timeout` ms) and returns how to cancel it; undefined,
 * without running it, where there is no requestIdleCallback (older Safari, jsdom).
 */
export const whenIdle = (work: () => void, timeout = 5000): (() => void) | undefined => {
  if (typeof requestIdleCallback !== 'function' || typeof cancelIdleCallback !== 'function') return undefined;
  const cancel = cancelIdleCallback;
  const handle = requestIdleCallback(work, { timeout });
  return () => cancel(handle);
};

/** Like whenIdle, but always runs `work`: a moment later where there is no requestIdleCallback. */
export const afterIdle = (work: () => void, timeout = 5000): (() => void) => {
  const cancel = whenIdle(work, timeout);
  if (cancel) return cancel;
  const handle = setTimeout(work, 50);
  return () => clearTimeout(handle);
};

/** Hands the main thread back to the browser (input, network callbacks, paint) before the work that follows. */
export const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
