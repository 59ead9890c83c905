import { createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

const fontFamily =
  "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Noto Sans CJK JP', Meiryo, Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Replaces one shade of a Mantine palette. */
const withShade = (palette: MantineColorsTuple, shade: number, color: string): MantineColorsTuple =>
  palette.map((value, index) => (index === shade ? color : value)) as unknown as MantineColorsTuple;

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'md',
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  colors: {
    // Dimmed text is gray-6 (light) and dark-2 (dark). Mantine's shades give 3.32:1 on white and
    // 4.04:1 on the dark body; these reach WCAG AA's 4.5:1 on every page and card background
    // (white to gray-2, dark-8 to dark-6).
    gray: withShade(DEFAULT_THEME.colors.gray, 6, '#636b73'),
    dark: withShade(DEFAULT_THEME.colors.dark, 2, '#9a9a9a'),
  },
});
