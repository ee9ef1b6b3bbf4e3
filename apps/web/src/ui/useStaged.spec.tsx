import { act, render, screen } from '@testing-library/react';
import { useStaged } from './useStaged';

const parts = ['First', 'Second', 'Third'];
const Page = () => {
  const shown = useStaged(parts.length);
  return (
    <ol>
      {parts.slice(0, shown).map((part) => (
        <li key={part}>{part}</li>
      ))}
    </ol>
  );
};

describe('useStaged', () => {
  const idle: (() => void)[] = [];
  beforeEach(() => {
    idle.length = 0;
    Object.assign(window, {
      requestIdleCallback: (work: () => void) => idle.push(work),
      cancelIdleCallback: () => undefined,
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(window, 'requestIdleCallback');
    Reflect.deleteProperty(window, 'cancelIdleCallback');
  });

  it('draws the first part at once and one more each time the browser is idle, then asks for no more', () => {
    render(<Page />);
    const drawn = () => screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(drawn()).toEqual(['First']);
    expect(idle).toHaveLength(1);

    act(() => idle[0]?.());
    expect(drawn()).toEqual(['First', 'Second']);
    // The next part is asked for only after this one was drawn.
    expect(idle).toHaveLength(2);

    act(() => idle[1]?.());
    expect(drawn()).toEqual(['First', 'Second', 'Third']);
    expect(idle).toHaveLength(2);
  });
});
