import type { SiteStore } from '../store';
import type { IMessageRow, ISyncState } from '../store/mail-repo';

/** Graph's error, thrown by the mail routes and turned into Graph's error body by `handleGraph`. */
export class MailGraphError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string) { super(message); }
}

/** Well-known folder names the local mailboxes have. */
const FOLDERS = ['inbox'];
/** Graph's default delta page size for messages (`Prefer: odata.maxpagesize` changes it, up to 1,000). */
const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;
/** The only `$filter` a message delta accepts: `receivedDateTime ge|gt <instant>`. */
const RECEIVED_FILTER = /^\s*receivedDateTime\s+(ge|gt)\s+(\S+)\s*$/i;

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));

/** The HTML Outlook makes of a plain-text body (what Graph returns unless the text body is preferred). */
export function htmlBody(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map(p => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\r\n');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${paragraphs}</body></html>`;
}

function messageJson(row: IMessageRow, mailboxAddress: string, textBody: boolean, select: string | undefined): Record<string, unknown> {
  const m = row.data;
  const full: Record<string, unknown> = {
    '@odata.type': '#microsoft.graph.message',
    '@odata.etag': `W/"CQAAABYAAAB${row.seq.toString(36).padStart(8, '0')}"`,
    id: m.id,
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.receivedDateTime,
    subject: m.subject,
    bodyPreview: m.body.replace(/\s+/g, ' ').trim().slice(0, 255),
    importance: 'normal',
    internetMessageId: m.internetMessageId,
    isRead: m.isRead,
    body: textBody ? { contentType: 'text', content: m.body } : { contentType: 'html', content: htmlBody(m.body) },
    from: m.from,
    sender: m.from,
    toRecipients: [{ emailAddress: { name: mailboxAddress, address: mailboxAddress } }],
    parentFolderId: row.folder
  };
  if (!select) return full;
  // `id` always comes back (Graph's docs for delta: "the id property is always returned").
  const keep = new Set(select.split(',').map(s => s.trim().toLowerCase()).concat(['id', '@odata.type', '@odata.etag']));
  return Object.fromEntries(Object.entries(full).filter(([k]) => keep.has(k.toLowerCase())));
}

function pageSizeOf(prefer: string | undefined): number {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer ?? '');
  return m ? Math.max(1, Math.min(MAX_PAGE, parseInt(m[1], 10))) : DEFAULT_PAGE;
}

function readFilter(filter: string | undefined): ((row: IMessageRow) => boolean) {
  if (!filter) return () => true;
  const m = RECEIVED_FILTER.exec(filter);
  if (!m) {
    throw new MailGraphError(400, 'ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes. A delta query of messages filters on receivedDateTime only.');
  }
  const text = m[2].replace(/^'|'$/g, '');
  const at = Date.parse(text);
  if (isNaN(at)) throw new MailGraphError(400, 'ErrorInvalidUrlQueryFilter', `The value '${m[2]}' is not a valid DateTimeOffset.`);
  return m[1].toLowerCase() === 'ge' ? row => Date.parse(row.data.receivedDateTime) >= at : row => Date.parse(row.data.receivedDateTime) > at;
}

const param = (query: URLSearchParams, name: string): string | undefined => {
  const key = Array.from(query.keys()).find(k => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : query.get(key) ?? undefined;
};

/** The answer of a delta request, for `handleGraph` to send. */
export interface IDeltaAnswer { body: Record<string, unknown>; headers: Record<string, string> }

/**
 * GET `…/mailFolders/{folder}/messages/delta` as Graph serves it: the first request starts a round with its query
 * options (`$select`, a `receivedDateTime` `$filter`); a round's pages follow `@odata.nextLink` (`$skiptoken`) and its
 * last page carries `@odata.deltaLink` (`$deltatoken`), which the next round starts from and then returns only what
 * arrived since. A token the mailbox no longer knows answers 410 Gone (`SyncStateNotFound`): the client must start a
 * full round again. The page size is `Prefer: odata.maxpagesize` (10 by default); `Prefer: outlook.body-content-type="text"`
 * returns text bodies, otherwise HTML.
 */
export function messagesDelta(store: SiteStore, url: URL, mailbox: { graphId: string; email: string }, folderName: string, prefer: string | undefined): IDeltaAnswer {
  const folder = folderName.toLowerCase();
  if (FOLDERS.indexOf(folder) < 0) throw new MailGraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  const query = url.searchParams;
  const skip = param(query, '$skiptoken');
  const delta = param(query, '$deltatoken');
  let state: ISyncState;
  if (skip !== undefined || delta !== undefined) {
    const known = store.mail.state((skip ?? delta)!);
    if (!known || known.mailbox !== mailbox.graphId || known.folder !== folder) {
      throw new MailGraphError(410, 'SyncStateNotFound', 'The sync state generation was not found. Please start a new sync from the beginning.');
    }
    state = delta !== undefined ? { ...known, upTo: undefined } : known;
  } else {
    const filter = param(query, '$filter');
    readFilter(filter);
    state = { mailbox: mailbox.graphId, folder, select: param(query, '$select'), filter, pageSize: pageSizeOf(prefer), after: 0 };
  }
  // A new round ends at the mail there is now; mail arriving during the round waits for the next one.
  const upTo = state.upTo ?? store.mail.lastSeq();
  const matches = readFilter(state.filter);
  const pending = store.mail.inFolder(mailbox.graphId, folder, state.after, upTo).filter(matches);
  const pageSize = skip !== undefined || delta !== undefined ? (/odata\.maxpagesize/i.test(prefer ?? '') ? pageSizeOf(prefer) : state.pageSize) : state.pageSize;
  const page = pending.slice(0, pageSize);
  const textBody = /outlook\.body-content-type\s*=\s*"?text"?/i.test(prefer ?? '');
  const base = `${url.origin}${url.pathname}`;
  const body: Record<string, unknown> = {
    '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#Collection(message)`,
    value: page.map(r => messageJson(r, mailbox.email, textBody, state.select))
  };
  if (pending.length > page.length) {
    const token = store.mail.saveState({ ...state, after: page[page.length - 1].seq, upTo });
    body['@odata.nextLink'] = `${base}?%24skiptoken=${token}`;
  } else {
    const token = store.mail.saveState({ ...state, after: upTo, upTo: undefined });
    body['@odata.deltaLink'] = `${base}?%24deltatoken=${token}`;
  }
  const applied = [`odata.maxpagesize=${pageSize}`].concat(textBody ? ['outlook.body-content-type="text"'] : []);
  return { body, headers: { 'Preference-Applied': applied.join(', ') } };
}
