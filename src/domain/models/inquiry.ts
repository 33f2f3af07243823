import type { ILookupRef, IPersonRef, IsoDate, IsoDateTime, Priority, Stored } from './common';

/** How an inquiry arrived. */
export const CHANNELS = ['E-mail', 'Telefon', 'Webformular', 'Møde', 'Teams'] as const;
/** An inquiry channel. */
export type Channel = typeof CHANNELS[number];

/** What an inquiry is about. */
export const INQUIRY_CATEGORIES = [
  'Medlemskab',
  'Produkter og samarbejder',
  'Økonomi og fakturering',
  'Arrangementer',
  'Presse og kommunikation',
  'Jura og udbud',
  'Andet'
] as const;
/** An inquiry category. */
export type InquiryCategory = typeof INQUIRY_CATEGORIES[number];

/** The states of an inquiry; `Løst` and `Lukket` are closed. */
export const INQUIRY_STATUSES = ['Ny', 'Under behandling', 'Afventer svar', 'Løst', 'Lukket'] as const;
/** An inquiry status. */
export type InquiryStatus = typeof INQUIRY_STATUSES[number];

/** The fields of a shared inquiry (list `Henvendelser`). */
export interface IInquiryFields {
  /** The subject (emne). */
  title: string;
  description?: string;
  requesterName?: string;
  requesterEmail?: string;
  organisation?: string;
  channel: Channel;
  category?: InquiryCategory;
  status: InquiryStatus;
  priority: Priority;
  assignedTo?: IPersonRef;
  receivedDate: IsoDate;
  dueDate?: IsoDate;
  response?: string;
  closedDate?: IsoDate;
  /** The readable reference, `H-2026-0042` (unique in the list; see `domain/inquiries/reference.ts`). */
  reference?: string;
  /** When it arrived (the instant; `receivedDate` is its Copenhagen day). */
  receivedAt?: IsoDateTime;
  /** When the first reply went out. */
  firstResponseAt?: IsoDateTime;
  /** The next SLA deadline, stored for SharePoint views (see `slaStoredValues`). */
  dueAt?: IsoDateTime;
  /** From when it is »I risiko« (75 % of an SLA budget used), stored so the queue can filter on it. */
  atRiskAt?: IsoDateTime;
  /** Working minutes spent »Afventer svar«. */
  pausedMinutes?: number;
  /** The status changes, one a line: `<UTC instant> <status>` (the SLA clock's input). */
  statusHistory?: string;
  /** The latest note (an append-only column: every earlier note is in the item's versions). */
  workNote?: string;
  /** The e-mail's `internetMessageId` when the inquiry came from the shared mailbox (unique in the list). */
  internetMessageId?: string;
  /** A process the inquiry concerns. */
  process?: ILookupRef;
}

/** A stored inquiry. */
export type IInquiry = Stored<IInquiryFields>;

/** A reply template (list `Svarskabeloner`): plain text with `{navn}`, `{emne}`, `{reference}`, `{frist}`. */
export interface IReplyTemplateFields {
  /** The template's name, as the picker shows it. */
  title: string;
  /** The category it is for; none = every category. */
  category?: InquiryCategory;
  /** The mail's subject; empty = »Sv: {emne} [{reference}]«. */
  subject?: string;
  body: string;
}

/** A stored reply template. */
export type IReplyTemplate = Stored<IReplyTemplateFields>;
