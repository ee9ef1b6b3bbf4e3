import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * The system's own fonts, with each platform's Chinese font named (the portal shows Alipay's Chinese words beside
 * every language). Naming Linux's common ones (Noto Sans CJK, WenQuanYi Micro Hei) matters: for a character its
 * listed fonts lack, Chromium on Linux asks fontconfig for a fallback for every size and weight it is drawn in
 * (~10 ms each, ~50 ms for the first), which made laying out a first screen with Chinese words a long task.
 */
const systemSans =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/**
 * Mantine draws a subtle or transparent button of a given shade ("red.8", "gray.8") in shade 6 at most: 3.3:1 on
 * white, below WCAG AA. Here the shade asked for is the shade drawn.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'subtle' && input.variant !== 'transparent') return resolved;
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade === undefined) return resolved;
  return { ...resolved, color: `var(--mantine-color-${parsed.color}-${parsed.shade})` };
};

const comboboxOptionsScroll = {
  defaultProps: { withScrollArea: false },
  styles: { options: { maxHeight: 220, overflowY: 'auto' } },
};

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 gives white-on-primary 5:1; Mantine's default shade 6 is 3.6:1 and fails WCAG AA.
  primaryShade: { light: 8, dark: 8 },
  fontFamily: systemSans,
  headings: {
    fontFamily: systemSans,
    // A phone-width h1 at Mantine's fixed 34px wraps a short title over four lines.
    sizes: { h1: { fontSize: 'clamp(1.625rem, 1.2rem + 1.6vw, 2.125rem)', lineHeight: '1.25' } },
  },
  focusRing: 'auto',
  defaultRadius: 'md',
  variantColorResolver,
  components: {
    // The options list itself scrolls (not a ScrollArea around it): the list is what the input names in
    // aria-controls and steps through with the arrow keys (aria-activedescendant), so it needs no focus of its own.
    // Plain objects, not Select.extend(): the theme is on the first screen and the components are not.
    Select: comboboxOptionsScroll,
    Autocomplete: comboboxOptionsScroll,
  },
});

/**
 * Light-scheme colours that pass WCAG AA (4.5:1) where Mantine's do not (measured by axe in the e2e run): the
 * "light" variant's text (shade 9 on shade 1: teal 4.3, orange 3.6, yellow 2.7) and white on the "filled" shade 8
 * (teal 4.0, orange 3.6) of the warm and green palettes, darkened until they pass on shades 1 and 2 / with white.
 * The outline variant takes the filled shade (its text is that colour on white).
 */
const accessibleShades: Record<string, { lightColor: string; filled: string }> = {
  cyan: { lightColor: '#0a697a', filled: '#0c8093' },
  teal: { lightColor: '#077252', filled: '#08835e' },
  green: { lightColor: '#247434', filled: '#278539' },
  lime: { lightColor: '#4a760a', filled: '#4e800b' },
  yellow: { lightColor: '#a15300', filled: '#a86200' },
  orange: { lightColor: '#ae3a0c', filled: '#c84d0a' },
};

export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    // Mantine's "dimmed" is gray 6 (3.3:1 on white); gray 7 reads as secondary and passes AA.
    '--mantine-color-dimmed': resolvedTheme.colors.gray[7] ?? '#495057',
    // Links are blue 8 by default: 4.2:1 on an orange or teal alert's background; blue 9 passes on every light one.
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    ...Object.fromEntries(
      Object.entries(accessibleShades).flatMap(([name, { lightColor, filled }]) => [
        [`--mantine-color-${name}-light-color`, lightColor],
        [`--mantine-color-${name}-filled`, filled],
        [`--mantine-color-${name}-filled-hover`, lightColor],
        [`--mantine-color-${name}-outline`, filled],
      ]),
    ),
  },
  dark: {},
});
