import { render, screen } from '@testing-library/react';
import { useId } from './mantineUseId';

describe('useId (Mantine stand-in)', () => {
  it('returns the given id, else a stable id that is unique per component, without re-rendering after mount', () => {
    let renders = 0;
    const Probe = ({ staticId }: { staticId?: string }) => {
      renders += 1;
      const id = useId(staticId);
      return <span data-testid="probe">{id}</span>;
    };
    const { rerender } = render(<Probe />);
    const first = screen.getByTestId('probe').textContent ?? '';
    expect(first).toMatch(/^mantine-[a-zA-Z0-9_-]+$/);
    expect(renders).toBe(1); // Mantine's own swaps the id in a layout effect: a second render
    rerender(<Probe />);
    expect(screen.getByTestId('probe').textContent).toBe(first);
    rerender(<Probe staticId="given" />);
    expect(screen.getByTestId('probe').textContent).toBe('given');

    render(<Probe />);
    const ids = screen.getAllByTestId('probe').map((element) => element.textContent);
    expect(new Set(ids).size).toBe(2);
  });
});
