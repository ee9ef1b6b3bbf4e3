import { useId as useReactId } from 'react';

/**
 * Stands in for @mantine/hooks' `useId` in the production build (build/mantineUseId.ts). Same contract — the
 * given id, else a stable generated one — without the original's layout effect that swaps the id for a random
 * one after mount: that state update made React re-render every input, checkbox and menu of a new screen
 * synchronously right after committing it, and flush every passive effect with it, in one long task (~70 ms on
 * the cases list here, ~280 ms on a phone-class CPU). React's own ids are already stable and unique.
 */
export const useId = (staticId?: string): string => {
  const reactId = useReactId();
  return typeof staticId === 'string' ? staticId : `mantine-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
};
