import type { InquiryQueue } from '../../domain/inquiries';
import type { ISlaTargetProps } from '../../common/slaPropertyGroup';

/**
 * The Henvendelser web part's properties. The SLA targets are text as the property pane edits them — `4 t` (working
 * hours) or `2 d` (working days) — one first-response and one resolution target per MoSCoW priority; an empty or
 * unreadable value falls back to the default (`DEFAULT_SLA_POLICIES`). The Overblik has the same group
 * (`src/common/slaPropertyGroup.ts`).
 */
export interface IHenvendelserWebPartProps extends ISlaTargetProps {
  title: string;
  /** The queue shown when the page opens. */
  defaultQueue: InquiryQueue;
  /**
   * The shared mailbox whose inbox »Hent nye e-mails« pulls into inquiries (e.g. `sekretariat@os2.eu`); empty hides
   * the button. Needs Graph's delegated `Mail.Read.Shared` and the user's access to that mailbox.
   */
  mailbox: string;
}

/** The property names of each priority's two targets (shared with the Overblik). */
export { SLA_PROPERTIES } from '../../common/slaPropertyGroup';
