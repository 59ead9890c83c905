import { useMemo, type ReactNode } from 'react';
import { Alert, ColorInput, createTheme, DEFAULT_THEME, Loader, MantineProvider, mergeThemeOverrides, type MantineColorsTuple } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
  // colour (white on green-8 is 3.44:1): above this luminance black does, below it white does.
  autoContrast: true,
  luminanceThreshold: 0.179,
  colors: {
    // Dimmed text is gray-6 (light) and dark-2 (dark); placeholders are gray-5. Mantine's shades give
    // 3.32:1, 4.04:1 and 2.07:1; these reach WCAG AA's 4.5:1 on every page and card background
    // (white to gray-2, dark-8 to dark-6; placeholders on white inputs).
    gray: withShade(withShade(DEFAULT_THEME.colors.gray, 6, '#636b73'), 5, '#6c757d'),
    dark: withShade(DEFAULT_THEME.colors.dark, 2, '#9a9a9a'),
    // Light badges and alerts write teal-9 on teal-1: 4.32:1 with Mantine's shade, 4.5:1 or more with this.
    teal: withShade(DEFAULT_THEME.colors.teal, 9, '#066a4c'),
  },
});

/**
 * The theme with the words Mantine's own controls need in the reader's language: the close button
 * of alerts, the colour picker's eyedropper; loaders announce themselves as a status.
 */
export function AppThemeProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const localised = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Alert: Alert.extend({ defaultProps: { closeButtonLabel: t('common.close') } }),
          ColorInput: ColorInput.extend({ defaultProps: { eyeDropperButtonProps: { 'aria-label': t('common.pickColor') } } }),
          Loader: Loader.extend({ defaultProps: { role: 'status' } }),
        },
      }),
    // The words change with the language.
    [t, i18n.language],
  );
  return (
    <MantineProvider theme={localised} defaultColorScheme="auto">
      {children}
    </MantineProvider>
  );
}
