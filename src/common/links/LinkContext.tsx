import * as React from 'react';
import { buildDeepLink, type IDeepLink } from '../../domain/cockpit/deepLinks';
import type { ILinkService, LinkPages } from '../../services/links/LinkService';

/** What a link needs from its host: where an item opens, and whether links leave the frame (Teams). */
export interface ILinkContext {
  href(link: IDeepLink): string;
  /** Asks for the site's page settings (read once, after the first render); links re-render when they arrive. */
  ensurePages(): void;
  /** In Teams a web part runs in a frame that cannot show a SharePoint page: links open a new window there. */
  newWindow: boolean;
}

/** Without a host (a component on its own): a link into the current page. */
const standalone: ILinkContext = {
  href: link => buildDeepLink(typeof window === 'undefined' ? '' : window.location.href, link),
  ensurePages: () => undefined,
  newWindow: false
};

export const LinkContext = React.createContext<ILinkContext>(standalone);

export interface ILinkProviderProps {
  links: ILinkService;
  /** True in Teams. */
  newWindow: boolean;
  children?: React.ReactNode;
}

/**
 * Placed by the host around a web part's root. Links render at once with what is known (SharePoint's display form
 * until the settings are read); the settings are read the first time a link is shown — after the web part's first
 * render, never as part of it — or handed over by a web part that read them in its own first batch.
 */
export function LinkProvider({ links, newWindow, children }: ILinkProviderProps): React.ReactElement {
  const [pages, setPages] = React.useState<LinkPages | undefined>(() => links.known());
  const asked = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const ensurePages = React.useCallback((): void => {
    if (asked.current) return;
    asked.current = true;
    const known = links.known();
    if (known) {
      setPages(known);
      return;
    }
    // After this frame: the links' own first render is never held up by the settings.
    setTimeout(() => {
      links.pages().then(p => { if (mounted.current) setPages(p); }, () => undefined);
    }, 0);
  }, [links]);
  const value = React.useMemo<ILinkContext>(() => ({
    href: link => links.href(link, pages ?? links.known()),
    ensurePages,
    newWindow
  }), [links, pages, ensurePages, newWindow]);
  return <LinkContext.Provider value={value}>{children}</LinkContext.Provider>;
}
