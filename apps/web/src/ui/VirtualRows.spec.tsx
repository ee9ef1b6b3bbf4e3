import { render, screen } from '@testing-library/react';
import { VirtualRows, visibleRange } from './VirtualRows';

const items = Array.from({ length: 10_000 }, (_, index) => `Case ${index}`);

describe('VirtualRows', () => {
  it('keeps only the rows in view (plus a few) in the DOM, however many there are', () => {
    render(
      <VirtualRows
        role="list"
        items={items}
        rowHeight={50}
        height={500}
        fallbackViewport={500}
        getKey={(item) => item}
        renderRow={(item, _index, style) => (
          <div role="listitem" style={style}>
            {item}
          </div>
        )}
      />,
    );

    const rendered = screen.getAllByRole('listitem');
    expect(rendered.length).toBeLessThan(30);
    expect(rendered[0]).toHaveTextContent('Case 0');
    expect(rendered[0]?.style.top).toBe('0px');
    expect(screen.getByRole('rowgroup').style.height).toBe('500000px');
  });

  it('asks for more near the end', () => {
    const onEndReached = jest.fn();
    render(
      <VirtualRows
        items={items.slice(0, 12)}
        rowHeight={50}
        height={500}
        getKey={(item) => item}
        renderRow={(item, _index, style) => <div style={style}>{item}</div>}
        onEndReached={onEndReached}
      />,
    );
    expect(onEndReached).toHaveBeenCalled();
  });

  it.each([
    [0, 500, { start: 0, end: 19 }],
    [5000, 500, { start: 92, end: 119 }],
    [499_900, 500, { start: 9990, end: 10_000 }],
  ])('scrolled to %i with a %i px view draws rows %o', (scrollTop, viewport, range) => {
    expect(visibleRange(scrollTop, viewport, 50, 10_000, 8)).toEqual(range);
  });
});
