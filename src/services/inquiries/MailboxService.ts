import type { IInquiry, IsoDateTime } from '../../domain/models';
import type { ISlaPolicy } from '../../domain/inquiries';
import { graphRelativePath, type IGraphClient } from '../config/graph';
import { isDuplicateKey } from '../repositories/writes';
import type { IRepositories } from '../repositories/repositories';
import type { IInquiryActions } from './InquiryActions';
import { messageIdsFilter } from './inquiryQueries';

/** A message of the shared mailbox as the delta query returns it (`$select`). */
export interface IGraphMessage {
  id: string;
  internetMessageId?: string;
  subject?: string;
  receivedDateTime?: string;
  body?: { contentType?: string; content?: string };
  bodyPreview?: string;
  from?: { emailAddress?: { name?: string; address?: string } };
  /** Set on a message removed from the folder since the last round. */
  '@removed'?: unknown;
}

interface IDeltaPage {
  value: IGraphMessage[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** What one »Hent nye e-mails« did. */
export interface IMailPullResult {
  /** Inquiries created now, oldest mail first. */
  created: IInquiry[];
  /** Messages that already were inquiries (pulled before, or by a colleague at the same moment). */
  alreadyThere: number;
  /** Messages that could not be made inquiries; they are tried again next time. */
  failed: { message: IGraphMessage; error: unknown }[];
  /** Where the next pull starts. Unchanged when something failed, so nothing is skipped. */
  deltaLink: string | undefined;
  /** True when the stored delta link had expired (410) and the pull started over. */
  restarted: boolean;
}

/** Pulls the secretariat's shared mailbox into Henvendelser. */
export interface IMailboxService {
  /**
   * Reads the inbox's changes since `deltaLink` (or, without one, the mail received since `since`) through Graph's
   * delta query (delegated `Mail.Read.Shared`) and creates one inquiry per new message — never two for one message,
   * keyed on its `internetMessageId`.
   */
  pull(mailbox: string, deltaLink: string | undefined, options: { since: IsoDateTime; now: IsoDateTime; policies: readonly ISlaPolicy[] }): Promise<IMailPullResult>;
}

const SELECT = 'internetMessageId,subject,receivedDateTime,from,body,bodyPreview';
/** Graph's delta pages hold 10 messages unless asked for more; 50 keeps a day's mail in a request or two. */
const PREFER = ['odata.maxpagesize=50', 'outlook.body-content-type="text"'];
/** An OData filter of 20 `eq` terms is well under SharePoint's URL and expression limits. */
const LOOKUP_CHUNK = 20;

const statusOf = (error: unknown): number | undefined => {
  const e = error as { statusCode?: unknown; status?: unknown } | undefined;
  return typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.status === 'number' ? e.status : undefined;
};

/** The idempotency key of the inquiry made from a message. */
export function mailKey(internetMessageId: string): string {
  return `mail:${internetMessageId}`.slice(0, 255);
}

/** {@link IMailboxService} on Graph and the inquiry actions. */
export class MailboxService implements IMailboxService {
  public constructor(private readonly graph: IGraphClient, private readonly repositories: IRepositories, private readonly actions: IInquiryActions) {}

  private async page(path: string): Promise<IDeltaPage> {
    return this.graph.api(path).header('Prefer', PREFER.join(', ')).get() as Promise<IDeltaPage>;
  }

  /** Every page of one delta round, and the delta link that ends it. */
  private async round(first: string): Promise<{ messages: IGraphMessage[]; deltaLink: string | undefined }> {
    const messages: IGraphMessage[] = [];
    let page = await this.page(first);
    for (;;) {
      messages.push(...page.value);
      if (!page['@odata.nextLink']) return { messages, deltaLink: page['@odata.deltaLink'] };
      page = await this.page(graphRelativePath(page['@odata.nextLink']));
    }
  }

  public async pull(mailbox: string, deltaLink: string | undefined, options: { since: IsoDateTime; now: IsoDateTime; policies: readonly ISlaPolicy[] }): Promise<IMailPullResult> {
    const initial = `/users/${encodeURIComponent(mailbox)}/mailFolders/inbox/messages/delta?$select=${SELECT}` +
      `&$filter=${encodeURIComponent(`receivedDateTime ge ${options.since}`)}`;
    let restarted = false;
    let round: { messages: IGraphMessage[]; deltaLink: string | undefined };
    try {
      round = await this.round(deltaLink ? graphRelativePath(deltaLink) : initial);
    } catch (error) {
      // 410 Gone: the sync state behind the link has expired — start over; the message ids keep it from doubling.
      if (!deltaLink || statusOf(error) !== 410) throw error;
      restarted = true;
      round = await this.round(initial);
    }
    const fresh = new Map<string, IGraphMessage>();
    for (const m of round.messages) {
      if (m['@removed'] === undefined && m.internetMessageId) fresh.set(m.internetMessageId, m);
    }
    const known = await this.existingIds([...fresh.keys()]);
    const result: IMailPullResult = { created: [], alreadyThere: 0, failed: [], deltaLink: undefined, restarted };
    const ordered = [...fresh.values()].sort((a, b) => (a.receivedDateTime ?? '').localeCompare(b.receivedDateTime ?? ''));
    for (const message of ordered) {
      if (known.has(message.internetMessageId!.toLowerCase())) {
        result.alreadyThere++;
        continue;
      }
      try {
        result.created.push(await this.actions.submit(intakeOf(message, options.now), {
          key: mailKey(message.internetMessageId!), now: options.now, policies: options.policies
        }));
      } catch (error) {
        // A colleague pulled the same message a moment ago: its id is unique in the list.
        if (isDuplicateKey(error)) result.alreadyThere++;
        else result.failed.push({ message, error });
      }
    }
    result.deltaLink = result.failed.length === 0 ? round.deltaLink : deltaLink;
    return result;
  }

  /** The message ids (lower case) that already are inquiries. */
  private async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
      const items = await this.repositories.inquiries.query({ filter: messageIdsFilter(ids.slice(i, i + LOOKUP_CHUNK)), pageSize: LOOKUP_CHUNK });
      items.forEach(item => { if (item.internetMessageId) found.add(item.internetMessageId.toLowerCase()); });
    }
    return found;
  }
}

/** The intake of a message: its subject, text, sender and the time it arrived. */
export function intakeOf(message: IGraphMessage, now: IsoDateTime): Parameters<IInquiryActions['submit']>[0] {
  const text = message.body?.contentType?.toLowerCase() === 'html' ? htmlToText(message.body.content ?? '') : message.body?.content ?? message.bodyPreview ?? '';
  const sender = message.from?.emailAddress;
  return {
    title: (message.subject?.trim() || '(uden emne)').slice(0, 255),
    description: text.trim() || undefined,
    requesterName: sender?.name?.slice(0, 255) || undefined,
    requesterEmail: sender?.address?.slice(0, 255) || undefined,
    channel: 'E-mail',
    priority: 'SHOULD',
    receivedAt: message.receivedDateTime ?? now,
    internetMessageId: message.internetMessageId
  };
}

/** Plain text of an HTML body (when the mailbox ignores the text preference): tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole: string, name: string) => name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
      : entities[name.toLowerCase()] ?? whole)
    .replace(/\n{3,}/g, '\n\n');
}
