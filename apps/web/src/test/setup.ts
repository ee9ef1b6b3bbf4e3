import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy*/waitFor default to 1 s. Lazy route chunks and Mantine transitions compile on first use under
// jest; with `npm test` running five projects on two cores that first use alone can exceed a second, and
// the tests failed for time, not behaviour. The wait only lengthens when the expectation is not yet met.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks the layout APIs Mantine reads; these stand-ins report "no match" and "no size". (Specs of what runs
// in Node — the server's renderer — choose the node environment: no window there.)
const stubLayoutApis = (): void => {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });

  class ResizeObserverStub implements ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  window.ResizeObserver = ResizeObserverStub;

  Element.prototype.scrollIntoView = function scrollIntoView(): void {};

  afterEach(() => {
    window.localStorage.clear();
  });
};
if (typeof window !== 'undefined') stubLayoutApis();

const originalFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = originalFetch;
});
