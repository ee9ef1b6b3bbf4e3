import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { cssVariablesResolver, theme } from './theme';

const cssFile = path.join(__dirname, 'mantine-theme.css');
const header =
  '/* Generated from theme.ts by ui/mantineThemeCss.spec.tsx (UPDATE_MANTINE_THEME_CSS=1 npx jest …): do not edit. */';

/** What MantineProvider would inject at run time for our theme: its CSS variables and its global classes. */
const generatedCss = (): string => {
  const { unmount } = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <p>theme</p>
    </MantineProvider>,
  );
  const css = [...document.querySelectorAll('style[data-mantine-styles]')]
    .map((style) => style.innerHTML.trim())
    .join('\n');
  unmount();
  return `${header}\n${css}\n`;
};

describe('mantine-theme.css', () => {
  // AppProviders turns Mantine's run-time <style> tags off (withCssVariables, withGlobalClasses): building them
  // cost ~10 ms of every page load. This file is the same CSS, shipped with the stylesheet instead.
  it('is what MantineProvider generates for theme.ts', () => {
    const expected = generatedCss();
    if (process.env['UPDATE_MANTINE_THEME_CSS'] === '1') writeFileSync(cssFile, expected);
    expect(readFileSync(cssFile, 'utf8')).toBe(expected);
  });
});
