import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A calm ink blue; shade 8 carries white text with AA contrast (Mantine's default 6 does not). */
const ink: MantineColorsTuple = [
  '#eef3fc',
  '#dce4f5',
  '#b5c6ea',
  '#8ca7df',
  '#6a8cd5',
  '#5479cf',
  '#476fcd',
  '#385eb6',
  '#2f53a3',
  '#224690',
];

export const theme = createTheme({
  primaryColor: 'ink',
  primaryShade: 8,
  // People who ask their system for less motion get no sliding toasts or modals.
  respectReducedMotion: true,
  colors: { ink },
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'lg' } },
    Card: { defaultProps: { radius: 'lg' } },
    Tooltip: { defaultProps: { withArrow: true } },
  },
});

/**
 * Mantine's dimmed text (gray.6) and error red (red.6) fall below WCAG AA contrast on white;
 * darken both. The dashboard has no dark scheme yet.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5f666e', '--mantine-color-error': theme.colors.red[9] ?? '#c92a2a' },
  dark: {},
});
