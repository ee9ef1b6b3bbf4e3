import { screen } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '../test/render';
import { GrowingTextarea } from './GrowingTextarea';

const Note = () => {
  const [value, setValue] = useState('');
  return (
    <GrowingTextarea label="Note" minRows={3} value={value} onChange={(event) => setValue(event.currentTarget.value)} />
  );
};

describe('GrowingTextarea', () => {
  it('is a labelled textarea sized by CSS from its minimum and maximum lines, without measuring anything', async () => {
    const { user } = renderWithProviders(<Note />);
    const box = screen.getByRole('textbox', { name: 'Note' });
    expect(box.tagName).toBe('TEXTAREA');
    // Without field-sizing the browser shows `rows`; with it, the CSS variables bound the height.
    expect(box).toHaveAttribute('rows', '3');
    expect(box.style.getPropertyValue('--growing-min-rows')).toBe('3');
    expect(box.style.getPropertyValue('--growing-max-rows')).toBe('20');
    await user.type(box, 'first line{enter}second line');
    expect(box).toHaveValue('first line\nsecond line');
    // No inline height: nothing in script sized it (Mantine's autosize writes one on every render).
    expect(box.style.height).toBe('');
  });
});
