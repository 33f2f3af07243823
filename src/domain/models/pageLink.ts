import type { IUrlValue, Stored } from './common';

/**
 * Koordinator's web parts, as the site's settings name the page each one sits on (the choice values of the list
 * `Koordinator-sider`).
 */
export const KOORDINATOR_WEB_PARTS = ['Årshjul', 'Processer', 'Beslutninger', 'Henvendelser', 'Overblik', 'Prioritering'] as const;
/** A Koordinator web part. */
export type KoordinatorWebPart = typeof KOORDINATOR_WEB_PARTS[number];

/**
 * One row of `Koordinator-sider`: the site page that hosts a web part. Links between the web parts open an item on
 * that page (`?koordinator=proces:12`); without a row they open SharePoint's display form of the item.
 */
export interface IPageLinkFields {
  title: string;
  webPart: KoordinatorWebPart;
  pageUrl: IUrlValue;
}

/** A stored page setting. */
export type IPageLink = Stored<IPageLinkFields>;
