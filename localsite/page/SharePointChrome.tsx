import * as React from 'react';
import { DefaultButton, Icon, PrimaryButton, mergeStyleSets } from '@fluentui/react';
import type { IPageStrings } from './strings';
import { PageLink } from './PageLink';
import type { IPageState } from './state';

/** Props of the SharePoint modern page chrome. */
export interface ISharePointChromeProps {
  strings: IPageStrings;
  state: IPageState;
  /** The site's pages with web parts (home first), for the navigation. */
  pages: readonly { page: string; title: string }[];
  /** The local page's controls (user, language, view), shown at the suite bar's right. */
  controls: React.ReactNode;
  /** Show "Rediger"/"Udgiv": only on a page with web parts. */
  canEdit: boolean;
  onChange(patch: Partial<IPageState>): void;
  children: React.ReactNode;
}

const SUITE_BAR = '#106ebe';

const css = mergeStyleSets({
  skip: {
    position: 'absolute', left: 8, top: -48, zIndex: 1000, padding: '8px 16px', background: '#ffffff', color: '#106ebe',
    border: '2px solid #106ebe', selectors: { ':focus': { top: 8 } }
  },
  // At least 48 px high, growing when the controls wrap at phone width (a fixed height let them spill over the site
  // header below).
  suiteBar: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', minHeight: 48, padding: '0 4px 0 0', background: SUITE_BAR,
    color: '#ffffff'
  },
  waffle: { width: 48, height: 48, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 16 },
  brand: { fontSize: 16, fontWeight: 600, flexGrow: 1, marginRight: 8 },
  siteHeader: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 16, padding: '16px 32px', borderBottom: '1px solid #edebe9'
  },
  logo: {
    width: 64, height: 64, borderRadius: 4, background: '#106ebe', color: '#ffffff', display: 'flex', alignItems: 'center',
    justifyContent: 'center', fontSize: 22, fontWeight: 600
  },
  siteTitle: { fontSize: 24, fontWeight: 600, margin: 0, color: '#323130' },
  nav: { display: 'flex', gap: 4, marginTop: 4 },
  navLink: {
    padding: '6px 8px', color: '#323130', textDecoration: 'none', borderBottom: '2px solid transparent',
    selectors: {
      ':hover': { background: '#f3f2f1' },
      ':focus-visible': { outline: '2px solid #106ebe', outlineOffset: 1 },
      '&[aria-current="page"]': { borderBottomColor: '#106ebe', fontWeight: 600 }
    }
  },
  commandBar: { display: 'flex', justifyContent: 'flex-end', gap: 8, padding: '8px 32px', minHeight: 32 },
  main: { padding: '0 32px 48px', outline: 'none' },
  title: { fontSize: 32, fontWeight: 600, margin: '16px 0 24px', color: '#323130' },
  section: { maxWidth: 1204, margin: '0 auto' }
});

/**
 * A SharePoint modern page around the content: suite bar, site header with navigation, page command bar, page title
 * and a one-column section. Landmarks: one banner (suite bar and site header), the site navigation, and main.
 */
export function SharePointChrome(props: ISharePointChromeProps): React.ReactElement {
  const { strings: s, state, onChange } = props;
  return (
    <>
      <a className={css.skip} href="#main">{s.skipToContent}</a>
      <header>
        <div className={css.suiteBar} aria-label={s.suiteBarLabel} role="group">
          <span className={css.waffle} aria-hidden="true"><Icon iconName="Waffle" /></span>
          <span className={css.brand}>{s.appName}</span>
          {props.controls}
        </div>
        <div className={css.siteHeader}>
          <div className={css.logo} aria-hidden="true">OS2</div>
          <div>
            <p className={css.siteTitle}>{s.siteTitle}</p>
            <nav aria-label={s.siteNavigation} className={css.nav}>
              {props.pages.map(p => (
                <PageLink key={p.page} page={p.page} state={state} className={css.navLink} onChange={onChange}>{p.title}</PageLink>
              ))}
              <PageLink page="lists" state={state} className={css.navLink} onChange={onChange}>{s.siteContents}</PageLink>
            </nav>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={css.main}>
        <div className={css.section}>
          <div className={css.commandBar}>
            {props.canEdit && (state.edit
              ? <PrimaryButton iconProps={{ iconName: 'Send' }} text={s.publish} onClick={() => onChange({ edit: false })} />
              : <DefaultButton iconProps={{ iconName: 'Edit' }} text={s.edit} onClick={() => onChange({ edit: true })} />)}
          </div>
          <h1 className={css.title}>{state.page === 'lists' ? s.siteContents : s.pageTitle}</h1>
          {props.children}
        </div>
      </main>
    </>
  );
}
