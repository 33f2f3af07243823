import type { IMailPullResult } from '../../../services';
import { graphProblem, friendlyError } from '../../../common/errorMessages';
import { format } from '../../../common/strings';

/**
 * How far back the first pull (or one without a remembered delta link) reads the inbox. Mail older than this is
 * left alone; a pull that re-reads mail already registered makes no second inquiry (each is keyed on its
 * `internetMessageId`), so losing the delta link costs a longer request, never a duplicate.
 */
export const MAIL_LOOKBACK_DAYS = 30;

/** Where the delta link is kept: the browser's storage, one entry per site, mailbox and user. */
export function deltaLinkKey(webUrl: string, mailbox: string, user: string): string {
  return `os2koordinator:maildelta:${webUrl.toLowerCase()}|${mailbox.trim().toLowerCase()}|${user.toLowerCase()}`;
}

/** The small part of `Storage` used (so tests and browsers without storage can pass their own or none). */
export type IDeltaStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's local storage, or undefined where it is unavailable (private mode, a sandboxed Teams frame). */
export function browserStorage(): IDeltaStorage | undefined {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a remembered delta link; storage that throws counts as none. */
export function readDeltaLink(storage: IDeltaStorage | undefined, key: string): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers a delta link; a full or refused storage only means the next pull reads further back. */
export function saveDeltaLink(storage: IDeltaStorage | undefined, key: string, link: string | undefined): void {
  if (!link) return;
  try {
    storage?.setItem(key, link);
  } catch {
    // Nothing to do: see MAIL_LOOKBACK_DAYS.
  }
}

/** What a pull did, in the user's words; `kind` is the notice's colour. */
export function pullSummary(result: IMailPullResult, mailbox: string, strings: IHenvendelserWebPartStrings): { kind: 'success' | 'error'; text: string } {
  const n = result.created.length;
  const parts = [n === 0 ? format(strings.MailPullNone, mailbox) : n === 1 ? format(strings.MailPullOne, mailbox) : format(strings.MailPullMany, n, mailbox)];
  if (result.alreadyThere > 0 && n > 0) parts.push(format(strings.MailPullAlready, result.alreadyThere));
  if (result.failed.length > 0) {
    const subjects = result.failed.map(f => `»${f.message.subject ?? f.message.internetMessageId ?? f.message.id}« (${friendlyError(f.error, strings).message})`);
    parts.push(format(strings.MailPullFailed, result.failed.length, subjects.join('; ')));
  }
  return { kind: result.failed.length > 0 ? 'error' : 'success', text: parts.join(' ') };
}

/** Why a pull failed, in the user's words: access to the mailbox, consent, a wrong address — or the shared text. */
export function pullError(error: unknown, mailbox: string, strings: IHenvendelserWebPartStrings): string {
  switch (graphProblem(error, 'user')) {
    case 'mailboxNotShared': return format(strings.MailErrorDenied, mailbox);
    case 'consent': return strings.MailErrorConsent;
    case 'notFound': return format(strings.MailErrorNotFound, mailbox);
    default: return friendlyError(error, strings).message;
  }
}
