import * as React from 'react';
import { createTheme, ThemeProvider, type IPartialTheme, type ITheme } from '@fluentui/react';
import type { IHostContext } from '../hosting';
import { TEAMS_CONTRAST, TEAMS_DARK, TEAMS_DEFAULT } from './teamsThemes';

/** The Fluent theme for where the web part runs: a Teams theme in Teams, else the SharePoint (section) theme. */
export function themeForHost(host: Pick<IHostContext, 'teamsTheme' | 'theme'>): ITheme {
  switch (host.teamsTheme) {
    case 'dark': return createTheme(TEAMS_DARK);
    case 'contrast': return createTheme(TEAMS_CONTRAST);
    case 'default': return createTheme(TEAMS_DEFAULT);
    default:
      // A SharePoint theme (or section variant) arrives as a partial Fluent theme; its slots are optional strings.
      return createTheme((host.theme ?? {}) as IPartialTheme);
  }
}

/** Props of {@link HostThemeProvider}. */
export interface IHostThemeProviderProps {
  host: Pick<IHostContext, 'teamsTheme' | 'theme'>;
  className?: string;
  children?: React.ReactNode;
}

/**
 * Puts the host's theme around a web part's root, so every Fluent component and every `useTheme()` inside gets the
 * colours of the SharePoint section or of the Teams theme. The theme's body colours are applied to the root element
 * too, which matters in a dark SharePoint section or a Teams tab where the page behind is not white.
 */
export function HostThemeProvider(props: IHostThemeProviderProps): React.ReactElement {
  const { teamsTheme, theme } = props.host;
  const fluentTheme = React.useMemo(() => themeForHost({ teamsTheme, theme }), [teamsTheme, theme]);
  return (
    <ThemeProvider theme={fluentTheme} className={props.className} style={{
      background: fluentTheme.semanticColors.bodyBackground, color: fluentTheme.semanticColors.bodyText
    }}>
      {props.children}
    </ThemeProvider>
  );
}
