import type { TeamsTheme, UiLanguage } from '../../src/common/hosting';

/**
 * The page's state lives in the URL query, so a test or a bookmark opens a given state directly:
 * `?user=sofie.dahl@os2.eu&lang=en&teams=dark&edit=1&mobile=1&page=lists&now=2026-05-14` (`&personal=1`: Teams personal app).
 */

/**
 * Which page of the local site is shown: the home page, the site contents (`lists`), or the page of a registered web
 * part (its `page` slug, e.g. `processer`).
 */
export type PageKind = string;

/** Everything the local page remembers in its URL. */
export interface IPageState {
  /** E-mail of the signed-in demo user; undefined = whoever the site treats as default. */
  user?: string;
  lang: UiLanguage;
  /** Set = render as a Teams tab with that theme. */
  teams?: TeamsTheme;
  edit: boolean;
  /** Narrow the canvas to a phone's width. */
  mobile: boolean;
  page: PageKind;
  /**
   * With `teams`: the Teams personal app »Koordinator« (`teams/manifest.json`): its tabs across the top, one web part
   * each; `page` is then the tab's `entityId`.
   */
  personal?: boolean;
  /** Fixes the clock the web parts see: `YYYY-MM-DD` (noon UTC that day) or a full ISO instant. */
  now?: string;
}

/** The cookie the local site reads to know who is signed in. */
export const USER_COOKIE = 'localsite-user';

const TEAMS_THEMES: readonly TeamsTheme[] = ['default', 'dark', 'contrast'];

/** The user named by the `localsite-user` cookie, if any. */
export function userFromCookie(cookie: string): string | undefined {
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === USER_COOKIE && value.length > 0) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Signs a demo user in for every later request from this browser (the site reads the cookie). */
export function setUserCookie(email: string): void {
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(email)}; path=/; SameSite=Lax`;
}

/** Reads the state from a query string; the cookie supplies the user when the query names none. */
export function readState(search: string, cookie: string): IPageState {
  const q = new URLSearchParams(search);
  const teams = q.get('teams');
  const flag = (name: string): boolean => q.get(name) === '1' || q.get(name) === 'true';
  return {
    user: q.get('user') || userFromCookie(cookie),
    lang: q.get('lang') === 'en' ? 'en' : 'da',
    teams: teams === '' || teams === '1' || teams === 'true' ? 'default'
      : TEAMS_THEMES.includes(teams as TeamsTheme) ? teams as TeamsTheme : undefined,
    edit: flag('edit'),
    mobile: flag('mobile'),
    page: /^[a-z0-9-]{1,40}$/.test(q.get('page') ?? '') ? q.get('page')! : 'home',
    personal: flag('personal') || undefined,
    now: q.get('now') || undefined
  };
}

/**
 * Writes the state into a query string, keeping parameters the state does not own (`site`, `graph`, and
 * `koordinator` while the page stays the same). Defaults are left out so URLs stay short.
 */
export function writeState(state: IPageState, search: string): string {
  const q = new URLSearchParams(search);
  // Another page is another SharePoint page: the item open on this one (`?koordinator=…`) stays behind.
  if ((q.get('page') || 'home') !== state.page) q.delete('koordinator');
  const set = (name: string, value: string | undefined): void => {
    if (value === undefined) q.delete(name); else q.set(name, value);
  };
  set('user', state.user);
  set('lang', state.lang === 'da' ? undefined : state.lang);
  set('teams', state.teams);
  set('edit', state.edit ? '1' : undefined);
  set('mobile', state.mobile ? '1' : undefined);
  set('page', state.page === 'home' ? undefined : state.page);
  set('now', state.now);
  set('personal', state.personal ? '1' : undefined);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The clock for `host.now()`: fixed when the URL says so, else the real one. */
export function clockFor(now: string | undefined): () => Date {
  if (!now) return () => new Date();
  const fixed = /^\d{4}-\d{2}-\d{2}$/.test(now) ? new Date(`${now}T12:00:00Z`) : new Date(now);
  if (isNaN(fixed.getTime())) return () => new Date();
  return () => new Date(fixed.getTime());
}

/**
 * A link between the web parts, as the page follows it: the demo's page settings point at the local page
 * (`http://127.0.0.1:<port>/?page=processer&koordinator=proces:12`); the page opens the target on its own origin
 * (`localhost` or `127.0.0.1`) and keeps who is signed in, the language, Teams mode, phone width and the clock, as a
 * SharePoint page keeps the user's session and language. Links elsewhere are left as they are.
 */
export function localLinkHref(href: string, state: IPageState, location: { origin: string; port: string }): string {
  let target: URL;
  try {
    target = new URL(href);
  } catch {
    return href;
  }
  const local = (target.hostname === '127.0.0.1' || target.hostname === 'localhost') && target.port === location.port;
  if (!local || (target.pathname !== '/' && target.pathname !== '')) return href;
  const page = /^[a-z0-9-]{1,40}$/.test(target.searchParams.get('page') ?? '') ? target.searchParams.get('page')! : 'home';
  return `${location.origin}/${writeState({ ...state, page, edit: false }, target.search)}${target.hash}`;
}
