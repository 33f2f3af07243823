import { createTheme, type IPartialTheme, type ITheme } from '@fluentui/react';
import type { IHostTheme, TeamsTheme } from '../../src/common/hosting';

/**
 * Fluent UI v8 themes the local page hands to the web parts: SharePoint's default "Blue" theme and Teams' three
 * themes (default, dark, high contrast), so a web part is seen in each before it reaches a tenant.
 */

const sharePoint: IPartialTheme = {};

const teamsDefault: IPartialTheme = {
  palette: {
    themePrimary: '#6264a7', themeLighterAlt: '#f7f7fb', themeLighter: '#e1e1f1', themeLight: '#c8c9e4',
    themeTertiary: '#989ac9', themeSecondary: '#7173b0', themeDarkAlt: '#585a95', themeDark: '#4a4c7e',
    themeDarker: '#37385d'
  }
};

const teamsDark: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#a6a7dc', themeLighterAlt: '#07070b', themeLighter: '#1b1b23', themeLight: '#323242',
    themeTertiary: '#646584', themeSecondary: '#9293c2', themeDarkAlt: '#afb0df', themeDark: '#bbbce4',
    themeDarker: '#cdcdeb', neutralLighterAlt: '#282828', neutralLighter: '#313131', neutralLight: '#3f3f3f',
    neutralQuaternaryAlt: '#484848', neutralQuaternary: '#4f4f4f', neutralTertiaryAlt: '#6d6d6d',
    neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralSecondaryAlt: '#d0d0d0',
    neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
};

const teamsContrast: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff01', themeLighterAlt: '#000000', themeLighter: '#1a1a00', themeLight: '#333300',
    themeTertiary: '#999900', themeSecondary: '#e6e600', themeDarkAlt: '#ffff33', themeDark: '#ffff66',
    themeDarker: '#ffff99', neutralLighterAlt: '#0a0a0a', neutralLighter: '#141414', neutralLight: '#1f1f1f',
    neutralQuaternaryAlt: '#292929', neutralQuaternary: '#333333', neutralTertiaryAlt: '#7a7a7a',
    neutralTertiary: '#ffffff', neutralSecondary: '#ffffff', neutralSecondaryAlt: '#ffffff',
    neutralPrimaryAlt: '#ffffff', neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  },
  semanticColors: { link: '#ffff01', linkHovered: '#1aebff', focusBorder: '#1aebff', inputBorder: '#ffffff' }
};

const cache = new Map<string, ITheme>();

/** The Fluent theme for a host mode: SharePoint (undefined) or a Teams theme. */
export function fluentTheme(teams: TeamsTheme | undefined): ITheme {
  const key = teams ?? 'sharepoint';
  let theme = cache.get(key);
  if (!theme) {
    theme = createTheme(teams === 'dark' ? teamsDark : teams === 'contrast' ? teamsContrast : teams === 'default' ? teamsDefault : sharePoint);
    cache.set(key, theme);
  }
  return theme;
}

/** The same theme in the host contract's shape (what SPFx's `ThemeProvider` hands a web part). */
export function hostTheme(theme: ITheme): IHostTheme {
  return { isInverted: theme.isInverted, palette: { ...theme.palette }, semanticColors: { ...theme.semanticColors } };
}
