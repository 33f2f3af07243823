import type { ITheme } from '@fluentui/react';
import type { TeamsTheme } from '../../src/common/hosting';
import { themeForHost } from '../../src/common/HostThemeProvider';

const cache = new Map<string, ITheme>();

/**
 * The Fluent theme the page's own chrome uses for a host mode: SharePoint's default theme, or one of Teams' three —
 * the same themes a web part's `HostThemeProvider` derives from `host.teamsTheme`, so chrome and web part agree.
 */
export function fluentTheme(teams: TeamsTheme | undefined): ITheme {
  const key = teams ?? 'sharepoint';
  let theme = cache.get(key);
  if (!theme) {
    theme = themeForHost({ teamsTheme: teams });
    cache.set(key, theme);
  }
  return theme;
}
