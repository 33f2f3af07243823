/**
 * Deep links into Koordinator: a page URL with `?koordinator=proces:12` opens process 12 in the web part on that
 * page. Parsing is forgiving about what a person or a mail program may do to a link (case, spaces, `%3A` for `:`,
 * `+` for a space, the parameter twice) and never throws on garbage: it answers `undefined`.
 */

/** The query parameter. */
export const DEEP_LINK_PARAMETER = 'koordinator';

/** What a link can point to: a process, an årshjul activity, a decision, a task, an inquiry. */
export const DEEP_LINK_KINDS = ['proces', 'aktivitet', 'beslutning', 'opgave', 'henvendelse'] as const;
/** A deep-link kind. */
export type DeepLinkKind = typeof DEEP_LINK_KINDS[number];

/**
 * The web part that owns each kind of item and opens it from a link (tasks open on the MoSCoW board). The names are
 * the choice values of the site's page settings (`KOORDINATOR_WEB_PARTS`).
 */
export const DEEP_LINK_OWNERS: { readonly [K in DeepLinkKind]: 'Processer' | 'Årshjul' | 'Beslutninger' | 'Prioritering' | 'Henvendelser' } = {
  proces: 'Processer',
  aktivitet: 'Årshjul',
  beslutning: 'Beslutninger',
  opgave: 'Prioritering',
  henvendelse: 'Henvendelser'
};

/** A link target: a kind and a SharePoint item id. */
export interface IDeepLink {
  kind: DeepLinkKind;
  id: number;
}

/** SharePoint item ids are positive 32-bit integers. */
const MAX_ITEM_ID = 2147483647;

/** The parameter value of a link: `proces:12`. Throws a `RangeError` for an unknown kind or an id that is no item id. */
export function formatDeepLinkValue(link: IDeepLink): string {
  if ((DEEP_LINK_KINDS as readonly string[]).indexOf(link.kind) < 0 || !isItemId(link.id)) {
    throw new RangeError(`Ugyldigt link: ${link.kind}:${link.id}.`);
  }
  return `${link.kind}:${link.id}`;
}

/** The link in a parameter value (`proces:12`, ` Proces : 12 `), or `undefined`. */
export function parseDeepLinkValue(value: string | undefined): IDeepLink | undefined {
  const match = /^\s*([a-z]+)\s*:\s*(\d{1,10})\s*$/i.exec(value ?? '');
  if (!match) {
    return undefined;
  }
  const kind = match[1].toLowerCase();
  const id = Number(match[2]);
  return (DEEP_LINK_KINDS as readonly string[]).indexOf(kind) >= 0 && isItemId(id) ? { kind: kind as DeepLinkKind, id } : undefined;
}

/**
 * The link in a URL, a query string (with or without `?`) or a bare parameter value; the first valid `koordinator`
 * parameter wins (the name is matched without regard to case). `undefined` when there is none.
 */
export function parseDeepLink(urlOrQuery: string | undefined): IDeepLink | undefined {
  const text = urlOrQuery ?? '';
  const direct = parseDeepLinkValue(text);
  if (direct) {
    return direct;
  }
  for (const [name, value] of queryPairs(text)) {
    if (name.toLowerCase() === DEEP_LINK_PARAMETER) {
      const link = parseDeepLinkValue(value);
      if (link) {
        return link;
      }
    }
  }
  return undefined;
}

/**
 * `pageUrl` with the link set: an existing `koordinator` parameter is replaced, other parameters and the `#fragment`
 * are kept. The value is written readably (`proces:12`; `:` needs no encoding in a query).
 */
export function buildDeepLink(pageUrl: string, link: IDeepLink): string {
  const value = formatDeepLinkValue(link);
  const hashAt = pageUrl.indexOf('#');
  const hash = hashAt >= 0 ? pageUrl.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? pageUrl.slice(0, hashAt) : pageUrl;
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const kept = (queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '')
    .split('&')
    .filter((part) => part !== '' && safeDecode(part.split('=')[0]).toLowerCase() !== DEEP_LINK_PARAMETER);
  return `${path}?${[...kept, `${DEEP_LINK_PARAMETER}=${value}`].join('&')}${hash}`;
}

/** `url` without its `koordinator` parameter(s); other parameters and the `#fragment` are kept. */
export function removeDeepLink(url: string): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return url;
  const kept = beforeHash.slice(queryAt + 1).split('&')
    .filter(part => part !== '' && safeDecode(part.split('=')[0]).toLowerCase() !== DEEP_LINK_PARAMETER);
  return `${beforeHash.slice(0, queryAt)}${kept.length ? `?${kept.join('&')}` : ''}${hash}`;
}

function queryPairs(text: string): [string, string][] {
  const hashAt = text.indexOf('#');
  const withoutHash = hashAt >= 0 ? text.slice(0, hashAt) : text;
  const queryAt = withoutHash.indexOf('?');
  const query = queryAt >= 0 ? withoutHash.slice(queryAt + 1) : withoutHash;
  return query.split('&').filter((part) => part !== '').map((part) => {
    const equals = part.indexOf('=');
    return equals < 0 ? [safeDecode(part), ''] : [safeDecode(part.slice(0, equals)), safeDecode(part.slice(equals + 1))];
  });
}

/** decodeURIComponent with `+` as a space, and the raw text back for a malformed escape (`%E0%A4%A`). */
function safeDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

function isItemId(id: number): boolean {
  return Number.isInteger(id) && id > 0 && id <= MAX_ITEM_ID;
}
