import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const systemSans =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

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
});

export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  // Mantine's "dimmed" is gray 6 (3.3:1 on white); gray 7 reads as secondary and passes AA.
  light: { '--mantine-color-dimmed': resolvedTheme.colors.gray[7] ?? '#495057' },
  dark: {},
});
