import type { Channel, InquiryCategory, InquiryStatus, IsoDateTime, Priority } from '../../../domain/models';
import type { InquiryQueue } from '../../../domain/inquiries';
import { isInquiryClosed } from '../../../domain/inquiries';
import { priorityLabel } from '../../../domain/moscow';
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import type { InquiryRow } from './queueModel';

type Strings = IHenvendelserWebPartStrings;

const STATUS: Record<InquiryStatus, keyof IHenvendelserOwnStrings> = {
  'Ny': 'StatusNew', 'Under behandling': 'StatusInProgress', 'Afventer svar': 'StatusWaiting', 'Løst': 'StatusResolved', 'Lukket': 'StatusClosed'
};
const CATEGORY: Record<InquiryCategory, keyof IHenvendelserOwnStrings> = {
  'Medlemskab': 'CategoryMembership', 'Produkter og samarbejder': 'CategoryProducts', 'Økonomi og fakturering': 'CategoryInvoices',
  'Arrangementer': 'CategoryEvents', 'Presse og kommunikation': 'CategoryPress', 'Jura og udbud': 'CategoryLegal', 'Andet': 'CategoryOther'
};
const CHANNEL: Record<Channel, keyof IHenvendelserOwnStrings> = {
  'E-mail': 'ChannelEmail', 'Telefon': 'ChannelPhone', 'Webformular': 'ChannelWeb', 'Møde': 'ChannelMeeting', 'Teams': 'ChannelTeams'
};
const QUEUE: Record<InquiryQueue, keyof IHenvendelserOwnStrings> = {
  unassigned: 'QueueUnassigned', mine: 'QueueMine', open: 'QueueOpen', atRisk: 'QueueAtRisk', waiting: 'QueueWaiting', closed: 'QueueClosed'
};

/** A status in the UI language (the stored value is Danish); an owner's own value as it is. */
export function statusLabel(status: string, strings: Strings): string {
  const key = STATUS[status as InquiryStatus];
  return key ? strings[key] : status;
}

export function categoryLabel(category: string | undefined, strings: Strings): string {
  if (!category) return '';
  const key = CATEGORY[category as InquiryCategory];
  return key ? strings[key] : category;
}

export function channelLabel(channel: string, strings: Strings): string {
  const key = CHANNEL[channel as Channel];
  return key ? strings[key] : channel;
}

export function queueLabel(queue: InquiryQueue, strings: Strings): string {
  return strings[QUEUE[queue]];
}

/** `MUST (Skal)`. */
export function priorityText(priority: Priority | string, language: UiLanguage): string {
  return `${priority} (${priorityLabel(priority, language)})`;
}

/** Working time in hours and minutes: `2 t 15 min`, `45 min`. */
export function workingDuration(minutes: number, strings: Strings): string {
  const whole = Math.max(0, Math.round(Math.abs(minutes)));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return format(strings.DurationMinutes, m);
  return m === 0 ? format(strings.DurationHours, h) : `${format(strings.DurationHours, h)} ${format(strings.DurationMinutes, m)}`;
}

/** An instant in Copenhagen time: `fre. 4. dec. 16.00`. */
export function instantText(at: IsoDateTime, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'Europe/Copenhagen', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'
  }).format(new Date(at));
}

/** What the SLA column shows: a badge kind and its words. */
export interface ISlaText {
  kind: 'overdue' | 'atRisk' | 'paused' | 'ok' | 'closed';
  /** »Overskredet«, »I risiko«, … (absent for an inquiry on track). */
  badge?: string;
  /** »2 t 15 min tilbage · fre. 4. dec. 16.00«. */
  text: string;
}

/** The SLA of a row in words: time left (or how long overdue) in working time and the due instant. */
export function slaText(row: InquiryRow, strings: Strings, language: UiLanguage): ISlaText {
  if (isInquiryClosed(row.status)) {
    const met = row.sla.resolution.outcome !== 'missed';
    return { kind: 'closed', text: met ? strings.SlaMet : strings.SlaMissed };
  }
  const clock = row.sla.clock;
  const which = row.sla.kind === 'firstResponse' ? strings.SlaFirstResponse : strings.SlaResolution;
  if (clock.state === 'paused' && row.sla.badge !== 'overdue') {
    return { kind: 'paused', badge: strings.SlaPaused, text: format(strings.SlaPausedText, workingDuration(clock.remainingMinutes, strings)) };
  }
  const due = row.sla.due ? ` · ${instantText(row.sla.due, language)}` : '';
  if (row.sla.badge === 'overdue') {
    // Outside opening hours no working time passes: a deadline missed at closing time is »overskredet«, not »med 0 min«.
    const text = clock.remainingMinutes <= -1 ? format(strings.SlaOverdueBy, which, workingDuration(clock.remainingMinutes, strings)) : format(strings.SlaOverdueNow, which);
    return { kind: 'overdue', badge: strings.SlaOverdue, text: `${text}${due}` };
  }
  const left = `${format(strings.SlaLeft, which, workingDuration(clock.remainingMinutes, strings))}${due}`;
  return row.sla.badge === 'atRisk' ? { kind: 'atRisk', badge: strings.SlaAtRisk, text: left } : { kind: 'ok', text: left };
}
