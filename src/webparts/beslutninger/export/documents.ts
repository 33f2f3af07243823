/**
 * The register's documents as HTML that pastes cleanly into Outlook and Word and prints as it looks: the decision
 * minutes (»Beslutningsprotokol«) of one meeting and the agenda item »Opfølgning på beslutninger« for a forum's next
 * meeting. Every value is escaped; only inline styles and plain elements, as e-mail clients keep them.
 */
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { formatDay } from '../../../common/formatDate';
import type { IDecision, ITask } from '../../../domain/models';
import { decisionKindOf, parseAttendees, type IFollowUpSelection, type IMeetingGroup } from '../../../domain/decisions';
import { forumName, kindLabel, priorityText, statusLabel, taskStatusLabel } from '../model/labels';

type Strings = IBeslutningerWebPartStrings;

/** HTML-escaped text. */
export function escapeHtml(text: string | undefined): string {
  return (text ?? '').replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch] as string));
}

/** Text with its line breaks kept. */
const para = (text: string | undefined): string => escapeHtml(text).replace(/\r?\n/g, '<br>');
const FONT = 'font-family:Segoe UI,Calibri,Arial,sans-serif;font-size:11pt;';

/** The decision minutes of one meeting: forum, day, who was present, each decision with rationale, responsible and follow-up. */
export function protocolHtml(group: IMeetingGroup<IDecision>, strings: Strings, language: UiLanguage): string {
  const first = group.decisions[0];
  const present = parseAttendees(group.decisions.find(d => d.attendees)?.attendees);
  const heading = `${strings.ProtocolTitle}: ${forumName(group.forum, language)}, ${formatDay(group.meetingDate, language)}`;
  const items = group.decisions.map((d, i) => {
    const rows: [string, string][] = [
      [strings.DetailsDecisionText, para(d.decisionText)],
      ...(d.rationale ? [[strings.DetailsRationale, para(d.rationale)] as [string, string]] : []),
      [strings.FieldResponsible, escapeHtml(d.responsible?.title ?? strings.NoResponsible)],
      ...(d.followUpDate ? [[strings.FieldFollowUp, escapeHtml(formatDay(d.followUpDate, language))] as [string, string]] : []),
      [strings.FieldStatus, escapeHtml(statusLabel(d.status, language))],
      [strings.FilterPriority, escapeHtml(priorityText(d.priority, language))],
      ...(d.caseReference ? [[strings.LabelCase, escapeHtml(d.caseReference)] as [string, string]] : [])
    ];
    const kind = decisionKindOf(d) === 'Aftale' ? ` (${escapeHtml(kindLabel('Aftale', language))})` : '';
    return `<h3 style="${FONT}font-size:12pt;margin:12pt 0 4pt">${i + 1}. ${escapeHtml(d.title)}${kind}</h3>` +
      `<table style="${FONT}border-collapse:collapse">${rows.map(([k, v]) =>
        `<tr><th style="text-align:left;vertical-align:top;padding:2pt 12pt 2pt 0;white-space:nowrap">${escapeHtml(k)}</th><td style="padding:2pt 0">${v}</td></tr>`).join('')}</table>`;
  }).join('');
  const link = first?.meetingUrl?.url ? ` · <a href="${escapeHtml(first.meetingUrl.url)}">${escapeHtml(strings.OpenInOutlook)}</a>` : '';
  return `<div style="${FONT}"><h2 style="${FONT}font-size:14pt;margin:0 0 6pt">${escapeHtml(heading)}</h2>` +
    `<p style="${FONT}margin:0 0 6pt"><strong>${escapeHtml(strings.DetailsAttendees)}:</strong> ` +
    `${present.length > 0 ? escapeHtml(present.map(p => p.name).join(', ')) : escapeHtml(strings.ProtocolNoAttendees)}${link}</p>${items}</div>`;
}

function decisionLine(d: IDecision, strings: Strings, language: UiLanguage): string {
  return `<li>${escapeHtml(d.title)} – ${escapeHtml(statusLabel(d.status, language))}, ${escapeHtml(d.responsible?.title ?? strings.NoResponsible)}` +
    ` (${escapeHtml(formatDay(d.meetingDate, language))}${d.followUpDate ? `; ${escapeHtml(strings.LabelFollowUp)} ${escapeHtml(formatDay(d.followUpDate, language))}` : ''})</li>`;
}

function actionLine(a: ITask, strings: Strings, language: UiLanguage): string {
  return `<li>${escapeHtml(a.title)} – ${escapeHtml(taskStatusLabel(a.status, language))}, ${escapeHtml(a.assignedTo?.title ?? strings.NoResponsible)}` +
    `${a.dueDate ? `, ${escapeHtml(format(strings.ActionDue, formatDay(a.dueDate, language)))}` : ''}` +
    `${a.decision ? ` (${escapeHtml(a.decision.title)})` : ''}</li>`;
}

/** The agenda item »Opfølgning på beslutninger« for `forum`'s meeting on `nextMeetingDate`. */
export function followUpHtml(
  selection: IFollowUpSelection<IDecision, ITask>, forum: string, nextMeetingDate: string, strings: Strings, language: UiLanguage
): string {
  const section = (title: string, lines: string[]): string =>
    `<h3 style="${FONT}font-size:12pt;margin:10pt 0 4pt">${escapeHtml(title)}</h3>` +
    (lines.length > 0 ? `<ul style="${FONT}margin:0">${lines.join('')}</ul>` : `<p style="${FONT}margin:0">${escapeHtml(strings.FollowUpNothing)}</p>`);
  return `<div style="${FONT}"><h2 style="${FONT}font-size:14pt;margin:0 0 6pt">${escapeHtml(format(strings.FollowUpHeading,
    forumName(forum, language), formatDay(nextMeetingDate, language)))}</h2>` +
    (selection.lastMeetingDate ? `<p style="${FONT}margin:0">${escapeHtml(format(strings.FollowUpSince, formatDay(selection.lastMeetingDate, language)))}</p>` : '') +
    section(strings.FollowUpNew, selection.newSinceLastMeeting.map(d => decisionLine(d, strings, language))) +
    section(strings.FollowUpCarried, selection.carriedOver.map(d => decisionLine(d, strings, language))) +
    section(strings.FollowUpOpenActions, selection.openActions.map(a => actionLine(a, strings, language))) +
    section(strings.FollowUpDoneActions, selection.actionsDoneSinceLastMeeting.map(a => actionLine(a, strings, language))) + '</div>';
}

/** The text of some HTML (for the plain-text part of the clipboard). */
export function htmlToText(html: string): string {
  return html.replace(/<\/(h2|h3|p|li|tr)>/g, '\n').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\n{2,}/g, '\n').trim();
}
