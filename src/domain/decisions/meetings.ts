/**
 * Outlook meetings as the decision register uses them: which forum a meeting belongs to, who is »Til stede« by
 * default, and how the present are kept in the `Attendees` note (one person per line). Pure; no text of its own.
 */
import { FORUMS, type Forum, type IMeetingAttendee } from '../models';

/** Words in a meeting's subject that name a forum (lower case), and the forum. Longer, more specific words first. */
const FORUM_WORDS: ReadonlyArray<readonly [string, Forum]> = [
  ['generalforsamling', 'Generalforsamling'],
  ['koordinationsgruppe', 'Koordinationsgruppe'],
  ['koordineringsgruppe', 'Koordinationsgruppe'],
  ['styregruppe', 'Styregruppe'],
  ['bestyrelse', 'Bestyrelse'],
  ['sekretariat', 'Sekretariat']
];

/**
 * The forum of an Outlook meeting: an Outlook category that is a forum's name decides (case-insensitive); otherwise
 * the forum word that comes first in the subject (»Bestyrelsesmøde«, »Ekstraordinært bestyrelsesmøde«,
 * »Styregruppemøde OS2mo«). `undefined` when nothing names one (the user chooses). »Andet« is never guessed.
 */
export function forumOfMeeting(meeting: { subject?: string; categories?: readonly string[] }): Forum | undefined {
  for (const category of meeting.categories ?? []) {
    const forum = FORUMS.find(f => f !== 'Andet' && f.toLocaleLowerCase('da-DK') === category.trim().toLocaleLowerCase('da-DK'));
    if (forum) return forum;
  }
  const subject = (meeting.subject ?? '').toLocaleLowerCase('da-DK');
  let best: { at: number; forum: Forum } | undefined;
  for (const [word, forum] of FORUM_WORDS) {
    const at = subject.indexOf(word);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, forum };
  }
  return best?.forum;
}

/** A person present at a meeting. */
export interface IPresent {
  name: string;
  email?: string;
}

/**
 * Who is »Til stede« unless the recorder says otherwise: the organizer, then the invited people who did not decline —
 * rooms and equipment (`resource`) are not people. One entry per e-mail address (or name, without one).
 */
export function presentByDefault(organizer: IPresent | undefined, attendees: readonly IMeetingAttendee[]): IPresent[] {
  const out: IPresent[] = [];
  const seen = new Set<string>();
  const add = (p: IPresent): void => {
    const name = p.name.trim();
    const key = (p.email || name).toLowerCase();
    if (!name && !p.email) return;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name: name || (p.email ?? ''), email: p.email || undefined });
  };
  if (organizer) add(organizer);
  for (const a of attendees) {
    if (a.type === 'resource' || a.response === 'declined') continue;
    add({ name: a.name, email: a.email });
  }
  return out;
}

/** Line breaks and the angle brackets that delimit an address are not part of a name. */
const cleanName = (name: string): string => name.replace(/[\r\n<>]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The present as the `Attendees` note holds them: `Name <e-mail>` (or just the name), one per line. */
export function formatAttendees(present: readonly IPresent[]): string {
  return present
    .map(p => ({ name: cleanName(p.name), email: p.email?.trim() }))
    .filter(p => p.name || p.email)
    .map(p => (p.email ? `${p.name || p.email} <${p.email}>` : p.name))
    .join('\n');
}

/**
 * The `Attendees` note read back: one person per non-empty line, `Name <e-mail>` or a bare name (as someone may have
 * typed it in SharePoint; a line of commas is split at the commas).
 */
export function parseAttendees(text: string | undefined): IPresent[] {
  if (!text) return [];
  const lines = text.split(/\r?\n/).flatMap(line => (line.indexOf('<') < 0 && line.indexOf(',') >= 0 ? line.split(',') : [line]));
  const out: IPresent[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(line);
    out.push(match ? { name: match[1].trim() || match[2], email: match[2] } : { name: line });
  }
  return out;
}
