export { HostThemeProvider, themeForHost } from './HostThemeProvider';
export type { IHostThemeProviderProps } from './HostThemeProvider';
export { TEAMS_CONTRAST, TEAMS_DARK, TEAMS_DEFAULT } from './teamsThemes';
export { contrastRatio, ensureContrast, GRAPHICS_CONTRAST, isHighContrastTheme } from './contrast';
