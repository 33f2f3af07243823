import type { InquiryQueue } from '../../domain/inquiries';

/**
 * The Henvendelser web part's properties. The SLA targets are text as the property pane edits them — `4 t` (working
 * hours) or `2 d` (working days) — one first-response and one resolution target per MoSCoW priority; an empty or
 * unreadable value falls back to the default (`DEFAULT_SLA_POLICIES`).
 */
export interface IHenvendelserWebPartProps {
  title: string;
  /** The queue shown when the page opens. */
  defaultQueue: InquiryQueue;
  /**
   * The shared mailbox whose inbox »Hent nye e-mails« pulls into inquiries (e.g. `sekretariat@os2.eu`); empty hides
   * the button. Needs Graph's delegated `Mail.Read.Shared` and the user's access to that mailbox.
   */
  mailbox: string;
  firstMust: string;
  resolveMust: string;
  firstShould: string;
  resolveShould: string;
  firstCould: string;
  resolveCould: string;
  firstWont: string;
  resolveWont: string;
}

/** The property names of each priority's two targets. */
export const SLA_PROPERTIES = [
  { priority: 'MUST', first: 'firstMust', resolve: 'resolveMust' },
  { priority: 'SHOULD', first: 'firstShould', resolve: 'resolveShould' },
  { priority: 'COULD', first: 'firstCould', resolve: 'resolveCould' },
  { priority: "WON'T", first: 'firstWont', resolve: 'resolveWont' }
] as const;
