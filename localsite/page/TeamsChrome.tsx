import * as React from 'react';
import { Icon, mergeStyleSets, type ITheme } from '@fluentui/react';
import type { TeamsTheme } from '../../src/common/hosting';
import type { IPageStrings } from './strings';
import { PageLink } from './PageLink';
import type { IPageState } from './state';

/** Props of the Teams tab frame. */
export interface ITeamsChromeProps {
  strings: IPageStrings;
  state: IPageState;
  /** The site's pages with web parts (home first), for the navigation. */
  pages: readonly { page: string; title: string }[];
  teamsTheme: TeamsTheme;
  theme: ITheme;
  /** The local page's controls, in a slim bar above the Teams frame (they are not part of Teams). */
  controls: React.ReactNode;
  onChange(patch: Partial<IPageState>): void;
  /** The Teams personal app's name: its tabs are `pages`, and there is no site contents tab. */
  appName?: string;
  children: React.ReactNode;
}

/** Teams' app bar colours per theme (the rest comes from the Fluent theme). */
const APP_BAR: Record<TeamsTheme, { background: string; icon: string; active: string }> = {
  default: { background: '#ebebeb', icon: '#616161', active: '#6264a7' },
  dark: { background: '#0a0a0a', icon: '#adadad', active: '#a6a7dc' },
  contrast: { background: '#000000', icon: '#ffffff', active: '#ffff01' }
};

const APPS = ['Ringer', 'Chat', 'Group', 'Calendar', 'Phone'];

/**
 * A Teams tab as the web part sees it there: no SharePoint chrome, Teams' app bar and tab header, the theme's
 * background. The app bar is a picture of Teams, not navigation, so it is hidden from assistive technology.
 */
export function TeamsChrome(props: ITeamsChromeProps): React.ReactElement {
  const { strings: s, state, theme, teamsTheme, onChange } = props;
  const bar = APP_BAR[teamsTheme];
  const contrast = teamsTheme === 'contrast';
  // Teams on a phone has no app bar at the side (it moves to the bottom, outside the tab).
  const mobile = state.mobile;
  const css = mergeStyleSets({
    hostBar: {
      display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', padding: '0 12px', background: '#f3f2f1',
      borderBottom: '1px solid #c8c6c4', color: '#242424', fontSize: 12
    },
    skip: {
      position: 'absolute', left: 8, top: -48, zIndex: 1000, padding: '8px 16px', background: '#ffffff', color: '#242424',
      border: '2px solid #242424', selectors: { ':focus': { top: 8 } }
    },
    shell: { display: 'flex', minHeight: 'calc(100vh - 41px)', background: theme.palette.neutralLighterAlt, color: theme.palette.neutralPrimary },
    appBar: {
      width: 68, flexShrink: 0, background: bar.background, display: 'flex', flexDirection: 'column', alignItems: 'center',
      paddingTop: 8, gap: 20, borderRight: contrast ? '1px solid #ffffff' : undefined
    },
    appIcon: { fontSize: 20, color: bar.icon },
    appIconActive: { fontSize: 20, color: bar.active, borderLeft: `3px solid ${bar.active}`, paddingLeft: 8 },
    tab: { flexGrow: 1, display: 'flex', flexDirection: 'column', minWidth: 0 },
    tabHeader: {
      display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 16, padding: mobile ? '0 12px' : '0 20px', minHeight: 48,
      background: theme.palette.white,
      borderBottom: `1px solid ${contrast ? '#ffffff' : theme.palette.neutralLight}`
    },
    appName: { fontSize: 18, fontWeight: 700, margin: 0, color: theme.palette.neutralPrimary },
    tabs: { display: 'flex', flexWrap: 'wrap', columnGap: 12, alignSelf: 'stretch', minHeight: 48 },
    tabLink: {
      display: 'flex', alignItems: 'center', color: theme.palette.neutralPrimary, textDecoration: 'none',
      borderBottom: '3px solid transparent', padding: '0 4px',
      selectors: {
        '&[aria-current="page"]': { borderBottomColor: theme.palette.themePrimary, fontWeight: 600 },
        ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: -2 }
      }
    },
    main: { padding: mobile ? 12 : 20, outline: 'none', flexGrow: 1, minWidth: 0 }
  });
  return (
    <>
      <a className={css.skip} href="#main">{s.skipToContent}</a>
      <header className={css.hostBar} aria-label={s.localControls}>
        <span>{s.localControls}</span>
        {props.controls}
      </header>
      <div className={css.shell} data-teams-theme={teamsTheme}>
        {!mobile && (
          <div className={css.appBar} aria-hidden="true">
            {APPS.map(name => <Icon key={name} iconName={name} className={css.appIcon} />)}
            <Icon iconName="Rotate" className={css.appIconActive} />
          </div>
        )}
        <div className={css.tab}>
          <div className={css.tabHeader}>
            <h1 className={css.appName}>{props.appName ?? s.pageTitle}</h1>
            <nav aria-label={s.teamsTabs} className={css.tabs}>
              {props.pages.map(p => (
                <PageLink key={p.page} page={p.page} state={state} className={css.tabLink} onChange={onChange}>{p.title}</PageLink>
              ))}
              {props.appName === undefined && <PageLink page="lists" state={state} className={css.tabLink} onChange={onChange}>{s.siteContents}</PageLink>}
            </nav>
          </div>
          <main id="main" tabIndex={-1} className={css.main}>{props.children}</main>
        </div>
      </div>
    </>
  );
}
