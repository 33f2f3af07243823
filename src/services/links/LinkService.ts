import { buildDeepLink, DEEP_LINK_OWNERS, type DeepLinkKind, type IDeepLink } from '../../domain/cockpit/deepLinks';
import type { IPageLink, IPageLinkFields, KoordinatorWebPart } from '../../domain/models';
import { listByKey, type ListKey } from '../../schema';
import type { IRepository } from '../repositories/ListRepository';

/** The page each web part sits on, from the site's settings (`Koordinator-sider`); a web part without one is absent. */
export type LinkPages = Readonly<Partial<Record<KoordinatorWebPart, string>>>;

/**
 * Links between the web parts. An item opens in the web part that owns it, on the page the site's settings name
 * (`<page>?koordinator=proces:12`); without such a page — or before the settings are read — it opens SharePoint's
 * display form of the item, which always exists.
 */
export interface ILinkService {
  /**
   * The site's pages, read once per web part and remembered. A settings list that is missing or unreadable gives no
   * pages (links then open display forms): links must never break a web part.
   */
  pages(signal?: AbortSignal): Promise<LinkPages>;
  /** Hands over settings rows a web part read in its own first batch, so no second request is needed. */
  prime(rows: readonly IPageLink[]): void;
  /** The pages if they have been read or primed, else undefined. */
  known(): LinkPages | undefined;
  /** Where a link opens. */
  href(link: IDeepLink, pages: LinkPages | undefined): string;
}

/** The list whose items a kind of link points to (for the display-form fallback). */
const LINK_LISTS: { readonly [K in DeepLinkKind]: ListKey } = {
  proces: 'processes', aktivitet: 'activities', beslutning: 'decisions', opgave: 'tasks', henvendelse: 'inquiries'
};

/** A list item's display form: `<web>/Lists/<list>/DispForm.aspx?ID=<id>`. */
export function displayFormUrl(webUrl: string, listUrl: string, id: number): string {
  return `${webUrl.replace(/\/+$/, '')}/Lists/${listUrl}/DispForm.aspx?ID=${encodeURIComponent(String(id))}`;
}

/** The pages in settings rows: the first row per web part with a web address wins (rows are read in id order). */
export function pagesFromRows(rows: readonly IPageLink[]): LinkPages {
  const pages: Partial<Record<KoordinatorWebPart, string>> = {};
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const url = row.pageUrl?.url?.trim();
    if (row.webPart && url && /^https?:\/\//i.test(url) && !pages[row.webPart]) {
      pages[row.webPart] = url;
    }
  }
  return pages;
}

/** The service on the `Koordinator-sider` repository. */
export class LinkService implements ILinkService {
  private loaded: LinkPages | undefined;
  private loading: Promise<LinkPages> | undefined;

  public constructor(private readonly repository: IRepository<IPageLinkFields>, private readonly webUrl: string) {}

  public pages(signal?: AbortSignal): Promise<LinkPages> {
    if (this.loaded) return Promise.resolve(this.loaded);
    this.loading = this.loading ?? this.repository.query({ pageSize: 100, maxItems: 100 }, signal)
      .then(rows => pagesFromRows(rows))
      .catch(() => ({}))
      .then(pages => {
        this.loaded = pages;
        return pages;
      });
    return this.loading;
  }

  public prime(rows: readonly IPageLink[]): void {
    this.loaded = pagesFromRows(rows);
  }

  public known(): LinkPages | undefined {
    return this.loaded;
  }

  public href(link: IDeepLink, pages: LinkPages | undefined): string {
    const page = pages?.[DEEP_LINK_OWNERS[link.kind]];
    return page ? buildDeepLink(page, link) : displayFormUrl(this.webUrl, listByKey(LINK_LISTS[link.kind]).url, link.id);
  }
}
