import type { IPersonRef, IsoDate, Priority, Stored } from './common';

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
}

/** A stored inquiry. */
export type IInquiry = Stored<IInquiryFields>;
