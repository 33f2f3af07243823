import * as React from 'react';
import { FocusRects, Link, MessageBar, MessageBarType, ThemeProvider, mergeStyleSets } from '@fluentui/react';
import type { IHostContext } from '../../src/common/hosting';
import { createServices, getGraphForUrl, getSPForUrl } from '../../src/services';
import { HostControls } from './HostControls';
import { ListsOverview } from './ListsOverview';
import { PropertyPanel } from './PropertyPanel';
import { SharePointChrome } from './SharePointChrome';
import { TeamsChrome } from './TeamsChrome';
import { WebPartFrame } from './WebPartFrame';
import { setLanguage } from './language';
import { fetchUsers, type IDemoUser, type IPageConfig } from './siteApi';
import { clockFor, localLinkHref, readState, setUserCookie, writeState, type IPageState } from './state';
import { pageStrings } from './strings';
import { fluentTheme } from './themes';
import { useWebPartProperties } from './useWebPartProperties';
import { WEBPARTS, webPartPages } from './webparts';
import { LinkProvider } from '../../src/common/links/LinkContext';

/** Props of the local page. */
export interface IAppProps {
  config: IPageConfig;
}

/** Applies the parts of the state that must hold before any web part renders or requests: user and language. */
function applyGlobals(state: IPageState): void {
  if (state.user) setUserCookie(state.user);
  setLanguage(state.lang);
}

/**
 * The local page: hosts the registered web parts the way SharePoint and Teams do — it builds `IRootProps` for each
 * (services against the site, host context, properties, strings) — and offers the controls a developer needs
 * (user, language, Teams themes, edit mode with a property pane). Everything it shows is kept in the URL.
 */
export function App(props: IAppProps): React.ReactElement {
  const { config } = props;
  const [state, setState] = React.useState<IPageState>(() => {
    const initial = readState(window.location.search, document.cookie);
    applyGlobals(initial);
    return initial;
  });
  // Bumped after a data reset: every web part and the lists view remount and load afresh.
  const [generation, setGeneration] = React.useState(0);
  const [users, setUsers] = React.useState<IDemoUser[]>([]);
  const [usersLoaded, setUsersLoaded] = React.useState(false);
  const [currentUserName, setCurrentUserName] = React.useState<string>();
  const [notice, setNotice] = React.useState<string>();
  const [error, setError] = React.useState<string>();
  const [panelFor, setPanelFor] = React.useState<string>();
  const [properties, setProperty] = useWebPartProperties(WEBPARTS);

  const stateRef = React.useRef(state);
  stateRef.current = state;
  const update = React.useCallback((patch: Partial<IPageState>) => {
    if (patch.user !== undefined && patch.user !== stateRef.current.user) {
      // Signing in as someone else is a page load, as in SharePoint: nothing a page holds for one user — PnPjs's
      // form digest above all, cached per web URL for the whole page and bound to the user it was issued to —
      // may serve the next one.
      const next = { ...stateRef.current, ...patch };
      setUserCookie(patch.user);
      window.location.assign(window.location.pathname + writeState(next, window.location.search));
      return;
    }
    setState(previous => {
      const next = { ...previous, ...patch };
      applyGlobals(next);
      return next;
    });
    if (patch.user !== undefined || patch.lang !== undefined) setNotice(undefined);
  }, []);

  // Links between the web parts keep the page's state (user, language, Teams, …), as SharePoint keeps a session.
  React.useEffect(() => {
    const follow = (event: MouseEvent): void => {
      const anchor = (event.target as Element | null)?.closest?.('a[data-koordinator-link]') as HTMLAnchorElement | null;
      if (anchor) anchor.href = localLinkHref(anchor.href, stateRef.current, window.location);
    };
    document.addEventListener('click', follow, true);
    document.addEventListener('auxclick', follow, true);
    return () => {
      document.removeEventListener('click', follow, true);
      document.removeEventListener('auxclick', follow, true);
    };
  }, []);

  React.useEffect(() => {
    const search = writeState(state, window.location.search);
    if (search !== window.location.search) window.history.replaceState(undefined, '', window.location.pathname + search);
  }, [state]);

  const s = pageStrings(state.lang);
  const teamsTheme = state.teams;
  const theme = fluentTheme(teamsTheme);
  const isEditMode = state.edit && !teamsTheme;
  // One set of services per data generation: a reset starts afresh. A user switch reloads the page (see `update`).
  const sp = React.useMemo(() => getSPForUrl(config.siteUrl), [config.siteUrl, generation]);
  const services = React.useMemo(
    () => createServices(sp, getGraphForUrl(config.graphRoot), config.siteUrl), [sp, config.graphRoot, config.siteUrl]);

  React.useEffect(() => {
    fetchUsers(config).then(list => { setUsers(list); setUsersLoaded(true); }).catch((e: Error) => { setUsersLoaded(true); setError(e.message); });
  }, [config]);

  // A `?user=` the site does not know would make every request a 401: say so, and offer the known users instead.
  const unknownUser = usersLoaded && users.length > 0 && !!state.user
    && !users.some(u => u.email.toLowerCase() === state.user!.toLowerCase()) ? state.user : undefined;

  React.useEffect(() => {
    let live = true;
    setCurrentUserName(undefined);
    if (!usersLoaded || unknownUser) return () => { live = false; };
    services.people.current()
      .then(me => { if (live) setCurrentUserName(me.title); })
      .catch((e: Error) => { if (live) setError(e.message); });
    return () => { live = false; };
  }, [services, usersLoaded, unknownUser]);

  const clock = React.useMemo(() => clockFor(state.now), [state.now]);
  const hosts = React.useMemo(() => new Map(WEBPARTS.map(part => {
    const host: IHostContext = {
      // theme undefined = the SharePoint page's default theme; in Teams mode `teamsTheme` decides.
      webUrl: config.siteUrl, language: state.lang, teamsTheme, theme: undefined, isEditMode,
      // As in SharePoint, opening the property pane from a web part ("Konfigurer") switches the page to edit mode.
      openPropertyPane: () => { update({ edit: true }); setPanelFor(part.definition.id); }, now: clock
    };
    return [part.definition.id, host];
  })), [config.siteUrl, state.lang, teamsTheme, isEditMode, clock, update]);

  const onDataReset = (message: string): void => {
    setGeneration(g => g + 1);
    setNotice(message);
  };

  const onPage = WEBPARTS.filter(part => part.page === state.page);
  const showLists = state.page === 'lists' || onPage.length === 0;
  const pages = webPartPages(WEBPARTS, state.lang).map(p => ({ page: p.page, title: p.title(s.home) }));
  const mountKey = `${state.user ?? ''}|${state.lang}|${generation}`;
  const content = (
    <>
      {notice && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={s.close}>{notice}</MessageBar>}
      {error && <MessageBar messageBarType={MessageBarType.error} isMultiline>{s.errorPrefix}: {error}</MessageBar>}
      {showLists && WEBPARTS.length === 0 && <MessageBar>{s.noWebParts}</MessageBar>}
      {unknownUser && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>{s.unknownUserTitle(unknownUser)}</strong>. {s.unknownUserText}
          <ul data-testid="known-users">
            {users.map(u => (
              <li key={u.email}>
                <Link onClick={() => update({ user: u.email })}>{u.title}</Link> ({u.email}, {u.jobTitle})
              </li>
            ))}
          </ul>
        </MessageBar>
      )}
      {!usersLoaded || unknownUser ? undefined : showLists
        ? <ListsOverview key={mountKey} services={services} sp={sp} config={config} strings={s} language={state.lang} theme={theme} onDataReset={onDataReset} />
        : onPage.map(part => {
          const id = part.definition.id;
          const strings = part.strings[state.lang];
          const title = part.definition.title(strings);
          return (
            <WebPartFrame key={id} title={title} isEditMode={isEditMode} strings={s} theme={theme} onEditProperties={() => setPanelFor(id)}>
              <LinkProvider key={mountKey} links={services.links} newWindow={!!teamsTheme}>
                <part.definition.Root services={services} host={hosts.get(id)!} properties={properties[id]} strings={strings} />
              </LinkProvider>
            </WebPartFrame>
          );
        })}
    </>
  );

  const controls = (
    <HostControls strings={s} state={state} users={users} currentUserName={unknownUser ?? currentUserName} onChange={update} tone={teamsTheme ? 'light' : 'dark'} />
  );
  const panelPart = WEBPARTS.find(p => p.definition.id === panelFor);
  const css = mergeStyleSets({
    viewport: state.mobile
      ? { maxWidth: 375, margin: '16px auto', border: '1px solid #8a8886', minHeight: 'calc(100vh - 32px)', overflowX: 'hidden' }
      : { minHeight: '100vh' }
  });

  return (
    <ThemeProvider theme={theme} className={css.viewport}>
      <FocusRects />
      {teamsTheme
        ? <TeamsChrome strings={s} state={state} pages={pages} teamsTheme={teamsTheme} theme={theme} controls={controls} onChange={update}>{content}</TeamsChrome>
        : <SharePointChrome strings={s} state={state} pages={pages} controls={controls} canEdit={!showLists} onChange={update}>{content}</SharePointChrome>}
      {panelPart && (
        <PropertyPanel
          isOpen title={panelPart.definition.title(panelPart.strings[state.lang])} strings={s}
          groups={panelPart.definition.propertyGroups(panelPart.strings[state.lang])} values={properties[panelPart.definition.id]}
          onChange={(name, value) => setProperty(panelPart.definition.id, name, value)} onDismiss={() => setPanelFor(undefined)}
        />
      )}
    </ThemeProvider>
  );
}
