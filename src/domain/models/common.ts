/**
 * Shared value types of the domain. Pure TypeScript: no SharePoint, no React.
 */

/** A calendar day in Europe/Copenhagen, `YYYY-MM-DD`. Date-only columns are held as this, never as a `Date`. */
export type IsoDate = string;

/** An instant, ISO 8601 in UTC (`2026-05-14T08:30:00Z`). */
export type IsoDateTime = string;

/** A person as the lists hold it (a SharePoint site user). */
export interface IPersonRef {
  /** The site user id (what a person column stores). */
  id: number;
  /** Display name. */
  title: string;
  /** E-mail, when known. */
  email?: string;
}

/** A reference to an item in another list (a lookup column). */
export interface ILookupRef {
  /** The target item's id. */
  id: number;
  /** The target item's title, when read. */
  title: string;
}

/** A hyperlink column value. */
export interface IUrlValue {
  url: string;
  description?: string;
}

/** What every stored list item carries besides its fields. */
export interface IItemMeta {
  /** SharePoint item id. */
  id: number;
  /** The ETag of the version read; sent back on update so a stale write fails with 412. */
  etag: string;
  /** When the item was last modified (UTC). */
  modified?: IsoDateTime;
  /**
   * The idempotency key the item was created with (the hidden `IdempotencyKey` column), when the query asked for it
   * (`IListQuery.withKeys`): how a re-save finds the steps or tasks an earlier, partly landed save already added.
   */
  key?: string;
}

/** One stored version of an item (SharePoint's version history): who saved it, when, and the fields it held. */
export interface IItemVersion<T> {
  /** SharePoint's version id (512 × major for published versions: 1.0 → 512). */
  versionId: number;
  /** SharePoint's label, `1.0`, `2.0` … */
  label: string;
  /** When this version was saved (UTC). */
  created: IsoDateTime;
  editor?: IPersonRef;
  isCurrent: boolean;
  /** The item's fields as this version held them. */
  fields: Partial<T>;
}

/** A stored item: its fields plus id and ETag. */
export type Stored<T> = T & IItemMeta;

/** MoSCoW priorities, in order of importance. The stored choice values. */
export const PRIORITIES = ['MUST', 'SHOULD', 'COULD', "WON'T"] as const;
/** A MoSCoW priority. */
export type Priority = typeof PRIORITIES[number];

/** The meeting forums where decisions are made and meetings are held. */
export const FORUMS = ['Bestyrelse', 'Sekretariat', 'Generalforsamling', 'Koordinationsgruppe', 'Styregruppe', 'Andet'] as const;
/** A meeting forum. */
export type Forum = typeof FORUMS[number];

/**
 * The forretningskoordinator's four areas of responsibility. Processes and tasks are filed under one of them.
 */
export const AREAS = [
  'Processer og dokumentation',
  'Årshjul og mødeforum',
  'Beslutninger og opfølgning',
  'Henvendelser og kommunikation'
] as const;
/** An area of responsibility. */
export type Area = typeof AREAS[number];
