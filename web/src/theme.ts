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
  // Filled buttons and badges get black or white text, whichever reads at WCAG AA's 4.5:1 on their
  // colour (white on green-8 is 3.44:1).
  autoContrast: true,
  colors: {
    // Dimmed text is gray-6 (light) and dark-2 (dark); placeholders are gray-5. Mantine's shades give
    // 3.32:1, 4.04:1 and 2.07:1; these reach WCAG AA's 4.5:1 on every page and card background
    // (white to gray-2, dark-8 to dark-6; placeholders on white inputs).
    gray: withShade(withShade(DEFAULT_THEME.colors.gray, 6, '#636b73'), 5, '#6c757d'),
    dark: withShade(DEFAULT_THEME.colors.dark, 2, '#9a9a9a'),
  },
});
