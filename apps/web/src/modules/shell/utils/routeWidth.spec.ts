import { routeWidthOf } from './routeWidth';

const match = (handle?: unknown) => ({ route: { handle } });

describe('routeWidthOf', () => {
  it('is narrow when no route asks, or nothing matched', () => {
    expect(routeWidthOf([match(), match()])).toBe('narrow');
    expect(routeWidthOf([match({ other: true })])).toBe('narrow');
    expect(routeWidthOf([])).toBe('narrow');
    expect(routeWidthOf(null)).toBe('narrow');
  });

  it('takes the width of the deepest route that asks for one', () => {
    expect(routeWidthOf([match(), match({ width: 'wide' }), match()])).toBe('wide');
    expect(routeWidthOf([match({ width: 'wide' }), match({ width: 'narrow' })])).toBe('narrow');
    expect(routeWidthOf([match({ width: 'narrow' }), match({ width: 'wide' }), match({})])).toBe('wide');
  });
});
