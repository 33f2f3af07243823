import type { IPartialTheme } from '@fluentui/react';

/**
 * Fluent UI v8 themes matching Microsoft Teams' three themes, so a web part hosted as a Teams tab or personal app
 * blends in. Palettes follow the Fluent theme designer's output for Teams' brand colour and backgrounds.
 */

/** Teams' light theme: the Teams brand purple on white. */
export const TEAMS_DEFAULT: IPartialTheme = {
  palette: {
    themePrimary: '#6264a7', themeLighterAlt: '#f7f7fb', themeLighter: '#e1e1f1', themeLight: '#c8c9e4',
    themeTertiary: '#989ac9', themeSecondary: '#7173b0', themeDarkAlt: '#585a95', themeDark: '#4a4c7e',
    themeDarker: '#37385d', neutralLighterAlt: '#f8f8f8', neutralLighter: '#f4f4f4', neutralLight: '#eaeaea',
    neutralQuaternaryAlt: '#dadada', neutralQuaternary: '#d0d0d0', neutralTertiaryAlt: '#c8c8c8',
    neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c', neutralPrimaryAlt: '#3b3a39', neutralPrimary: '#252423',
    neutralDark: '#201f1e', black: '#11100f', white: '#ffffff'
  }
};

/** Teams' dark theme: light text on #1f1f1f, a lighter brand colour so links and focus stay readable. */
export const TEAMS_DARK: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#a6a7dc', themeLighterAlt: '#07070a', themeLighter: '#1a1b23', themeLight: '#323342',
    themeTertiary: '#646584', themeSecondary: '#9293c2', themeDarkAlt: '#afb0df', themeDark: '#bbbce4',
    themeDarker: '#cdceeb', neutralLighterAlt: '#282828', neutralLighter: '#313131', neutralLight: '#3f3f3f',
    neutralQuaternaryAlt: '#484848', neutralQuaternary: '#4f4f4f', neutralTertiaryAlt: '#6d6d6d',
    neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  },
  semanticColors: { bodyBackground: '#1f1f1f', bodyText: '#ffffff' }
};

/** Teams' high-contrast theme: white on black, yellow links, cyan selection — the colours Teams itself uses. */
export const TEAMS_CONTRAST: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#1aebff', themeLighterAlt: '#000000', themeLighter: '#000000', themeLight: '#000000',
    themeTertiary: '#1aebff', themeSecondary: '#1aebff', themeDarkAlt: '#1aebff', themeDark: '#1aebff',
    themeDarker: '#1aebff', neutralLighterAlt: '#000000', neutralLighter: '#000000', neutralLight: '#000000',
    neutralQuaternaryAlt: '#ffffff', neutralQuaternary: '#ffffff', neutralTertiaryAlt: '#ffffff',
    neutralTertiary: '#ffffff', neutralSecondary: '#ffffff', neutralPrimaryAlt: '#ffffff', neutralPrimary: '#ffffff',
    neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  },
  semanticColors: {
    bodyBackground: '#000000', bodyText: '#ffffff', bodySubtext: '#ffffff', link: '#ffff01', linkHovered: '#ffff01',
    focusBorder: '#1aebff', inputBorder: '#ffffff', buttonBorder: '#ffffff', disabledText: '#3ff23f',
    bodyDivider: '#ffffff', variantBorder: '#ffffff', menuItemBackgroundHovered: '#1aebff', menuItemTextHovered: '#000000'
  }
};
