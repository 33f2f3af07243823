import * as React from 'react';
import {
  ActionButton, ContextualMenuItemType, mergeStyleSets, type IButtonStyles, type IContextualMenuItem
} from '@fluentui/react';
import type { TeamsTheme, UiLanguage } from '../../src/common/hosting';
import type { IPageState } from './state';
import type { IPageStrings } from './strings';
import type { IDemoUser } from './siteApi';

/** Props of the local page's own controls (user, language, view), shown in the suite bar or above a Teams frame. */
export interface IHostControlsProps {
  strings: IPageStrings;
  state: IPageState;
  users: IDemoUser[];
  /** Display name of the signed-in user, read from the site (`/_api/web/currentuser`). */
  currentUserName?: string;
  onChange(patch: Partial<IPageState>): void;
  /** `dark` = white text for SharePoint's suite bar; `light` = the host bar above a Teams frame. */
  tone: 'dark' | 'light';
}

const css = mergeStyleSets({
  controls: { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 4, flexWrap: 'wrap', maxWidth: '100%' },
  // The initials are drawn from a data attribute, not written as text: visible text of a button must be part of its
  // accessible name (WCAG 2.5.3, axe's label-content-name-mismatch), and "MK" in the name would only be noise.
  avatar: {
    display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 28, height: 28, borderRadius: '50%',
    background: '#8764b8', color: '#ffffff', fontSize: 12, fontWeight: 600, marginRight: 8,
    selectors: { '::before': { content: 'attr(data-initials)' } }
  }
});

const buttonStyles = (tone: 'dark' | 'light'): IButtonStyles => {
  const fg = tone === 'dark' ? '#ffffff' : '#242424';
  const hover = tone === 'dark' ? 'rgba(0,0,0,0.25)' : 'rgba(0,0,0,0.06)';
  return {
    root: { color: fg, height: 40, padding: '0 8px' },
    rootHovered: { color: fg, background: hover },
    rootPressed: { color: fg, background: hover },
    rootExpanded: { color: fg, background: hover },
    label: { color: fg, whiteSpace: 'nowrap' },
    icon: { color: fg },
    iconHovered: { color: fg },
    iconPressed: { color: fg },
    menuIcon: { color: fg }
  };
};

const initials = (name: string): string =>
  name.split(/\s+/).filter(Boolean).slice(0, 2).map(p => p[0].toUpperCase()).join('');

/** The language names, each in its own language (as language pickers conventionally show them). */
const LANGUAGES: { key: UiLanguage; text: string }[] = [{ key: 'da', text: 'Dansk' }, { key: 'en', text: 'English' }];

/** User switcher, language and view menus. Every choice is written to the URL by the page. */
export function HostControls(props: IHostControlsProps): React.ReactElement {
  const { strings: s, state, users, onChange, tone } = props;
  const styles = buttonStyles(tone);
  const current = users.find(u => u.email.toLowerCase() === (state.user ?? '').toLowerCase());
  const name = props.currentUserName ?? current?.title ?? '…';

  const userItems: IContextualMenuItem[] = users.map(u => ({
    key: u.email, text: u.title, secondaryText: u.jobTitle, canCheck: true,
    checked: u.email.toLowerCase() === (state.user ?? '').toLowerCase() || (!state.user && u.title === name),
    onClick: () => onChange({ user: u.email })
  }));
  const languageItems: IContextualMenuItem[] = LANGUAGES.map(l => ({
    key: l.key, text: l.text, canCheck: true, checked: state.lang === l.key, onClick: () => onChange({ lang: l.key })
  }));
  const view = (key: string, text: string, teams: TeamsTheme | undefined): IContextualMenuItem => ({
    key, text, canCheck: true, checked: state.teams === teams, onClick: () => onChange({ teams })
  });
  const viewItems: IContextualMenuItem[] = [
    view('sharepoint', s.viewSharePoint, undefined),
    view('teams-default', s.viewTeamsDefault, 'default'),
    view('teams-dark', s.viewTeamsDark, 'dark'),
    view('teams-contrast', s.viewTeamsContrast, 'contrast'),
    { key: 'divider', itemType: ContextualMenuItemType.Divider },
    { key: 'mobile', text: s.mobile, canCheck: true, checked: state.mobile, onClick: () => onChange({ mobile: !state.mobile }) }
  ];
  const viewName = viewItems.find(i => i.checked && i.key !== 'mobile')?.text ?? s.viewSharePoint;
  const languageName = LANGUAGES.find(l => l.key === state.lang)!.text;

  return (
    <div className={css.controls}>
      <ActionButton
        styles={styles} iconProps={{ iconName: 'View' }} text={viewName}
        ariaLabel={`${s.view}: ${viewName}`} menuProps={{ items: viewItems }}
      />
      <ActionButton
        styles={styles} iconProps={{ iconName: 'LocaleLanguage' }} text={languageName}
        ariaLabel={`${s.language}: ${languageName}`} menuProps={{ items: languageItems }}
      />
      <ActionButton
        styles={styles} ariaLabel={`${s.switchUser}: ${name}`} title={s.signedInAs(name)}
        menuProps={{ items: userItems }} data-testid="user-switcher"
      >
        <span className={css.avatar} aria-hidden="true" data-initials={initials(name)} />
        <span data-testid="current-user">{name}</span>
      </ActionButton>
    </div>
  );
}
