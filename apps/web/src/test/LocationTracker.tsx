import { useLayoutEffect } from 'react';
import { type Location, useLocation } from 'react-router';

/**
 * Reports the router's location after every commit, so a test can assert where the app went. Declarative routers
 * keep their history to themselves (there is no router object to read, as there was with createMemoryRouter), so
 * the tests read it the way any component would. After the commit rather than during the render: a navigation
 * renders in a transition, and a render React throws away must not count as having arrived.
 */
export const LocationTracker = ({ onChange }: { onChange: (location: Location) => void }) => {
  const location = useLocation();
  useLayoutEffect(() => onChange(location), [location, onChange]);
  return null;
};

/** Somewhere for a LocationTracker to report to (`record`), and its last report as path plus query (`address`). */
export const trackedLocation = () => {
  let current: Location | undefined;
  const record = (location: Location) => {
    current = location;
  };
  const read = (): Location => {
    if (!current) throw new Error('The router has not rendered yet');
    return current;
  };
  const address = (): string => {
    const { pathname, search } = read();
    return `${pathname}${search}`;
  };
  return { record, address };
};
