import * as React from 'react';
import { buildDeepLink, parseDeepLink, removeDeepLink, type DeepLinkKind } from '../../domain/cockpit/deepLinks';

/**
 * The item a page URL points a web part to: `?koordinator=proces:12` gives `12` to `useDeepLink('proces')` (a link of
 * another kind gives undefined). Read once, when the web part mounts. The setter keeps the address bar in step
 * without reloading: `set(12)` writes the parameter (a copied address opens the same item), `set(undefined)` removes
 * it (closing the item; a reload then does not open it again).
 */
export function useDeepLink(kind: DeepLinkKind): [number | undefined, (id: number | undefined) => void] {
  const [id, setId] = React.useState<number | undefined>(() => {
    if (typeof window === 'undefined') return undefined;
    const link = parseDeepLink(window.location.href);
    return link?.kind === kind ? link.id : undefined;
  });
  const set = React.useCallback((next: number | undefined): void => {
    setId(next);
    if (typeof window === 'undefined' || !window.history?.replaceState) return;
    const current = window.location.href;
    const target = next === undefined ? (parseDeepLink(current)?.kind === kind ? removeDeepLink(current) : current) : buildDeepLink(current, { kind, id: next });
    if (target !== current) {
      try {
        window.history.replaceState(window.history.state, '', target);
      } catch {
        // A sandboxed frame (some Teams clients) may refuse: the item still opens, the address just stays as it was.
      }
    }
  }, [kind]);
  return [id, set];
}
