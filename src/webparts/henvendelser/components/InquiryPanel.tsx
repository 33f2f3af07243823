import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { INQUIRY_CATEGORIES, INQUIRY_STATUSES, PRIORITIES, type IInquiry, type ILookupRef, type InquiryCategory, type InquiryStatus, type IPersonRef, type IsoDate, type Priority } from '../../../domain/models';
import { buildMailtoUrl, fillTemplate, isMailtoTooLong, unversionedStatusChanges, type ISlaPolicy } from '../../../domain/inquiries';
import { addDays } from '../../../domain/dates';
import { todayInCopenhagen } from '../../../domain/timeZone';
import type { UiLanguage } from '../../../common/hosting';
import { friendlyError } from '../../../common/errorMessages';
import { format } from '../../../common/strings';
import { useAsync } from '../../../common/useAsync';
import { IsoDatePicker } from '../../../common/IsoDatePicker';
import { PeopleField } from '../../../common/PeopleField';
import { ItemLink } from '../../../common/links/ItemLink';
import type { IDeepLink } from '../../../domain/cockpit/deepLinks';
import type { IInquiryChange, IListPermissions, IServices, ITimelineEntry } from '../../../services';
import { categoryLabel, channelLabel, instantText, priorityText, slaText, statusLabel } from '../model/labels';
import type { InquiryRow } from '../model/queueModel';

/** Props of {@link InquiryPanel}. */
export interface IInquiryPanelProps {
  services: IServices;
  strings: IHenvendelserWebPartStrings;
  language: UiLanguage;
  policies: readonly ISlaPolicy[];
  now: () => Date;
  row: InquiryRow;
  permissions: IListPermissions;
  taskPermissions: IListPermissions;
  decisionPermissions: IListPermissions;
  currentUser: IPersonRef;
  onSaved: (inquiry: IInquiry, message: string) => void;
  onDismiss: () => void;
}

interface IDraft {
  assignedTo?: IPersonRef;
  status: InquiryStatus;
  priority: Priority;
  category?: InquiryCategory;
  process?: ILookupRef;
  note: string;
}

const draftOf = (i: IInquiry): IDraft => ({ assignedTo: i.assignedTo, status: i.status, priority: i.priority, category: i.category, process: i.process, note: '' });

/** Only what the user changed: each save is a partial update of those columns. */
export function changeOf(inquiry: IInquiry, draft: IDraft): IInquiryChange {
  const change: IInquiryChange = {};
  if ((draft.assignedTo?.id ?? 0) !== (inquiry.assignedTo?.id ?? 0)) change.assignedTo = draft.assignedTo ?? null;
  if (draft.status !== inquiry.status) change.status = draft.status;
  if (draft.priority !== inquiry.priority) change.priority = draft.priority;
  if ((draft.category ?? '') !== (inquiry.category ?? '')) change.category = draft.category ?? null;
  if ((draft.process?.id ?? 0) !== (inquiry.process?.id ?? 0)) change.process = draft.process ?? null;
  if (draft.note.trim() !== '') change.note = draft.note.trim();
  return change;
}

const section = { margin: '16px 0 8px', fontSize: 16, fontWeight: 600 } as const;

/**
 * One inquiry: what it is about, its SLA, handling (assignee, status, priority, category, a note), a reply from a
 * template that opens in Outlook or is copied, »Opret opgave«, »Gør til sag for bestyrelsen« and the timeline of
 * notes and status changes from the item's versions. Readers see it all without the controls.
 */
export function InquiryPanel(props: IInquiryPanelProps): React.ReactElement {
  const { row, strings, language, services } = props;
  const canEdit = props.permissions.canEdit;
  const [draft, setDraft] = React.useState<IDraft>(() => draftOf(row));
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const [done, setDone] = React.useState<string>();
  /** The task or board case just made from this inquiry, linked to where it is handled. */
  const [made, setMade] = React.useState<IDeepLink & { title: string }>();
  const [templateId, setTemplateId] = React.useState<number>();
  const [reply, setReply] = React.useState('');
  const [meetingDate, setMeetingDate] = React.useState<IsoDate | undefined>(() => addDays(todayInCopenhagen(props.now()), 14));
  const templates = useAsync(signal => services.inquiries.loadTemplates(signal), [services]);
  // The process choice is for editors only; readers see the linked process's name from the item itself.
  const processes = useAsync(signal => (canEdit ? services.inquiries.loadProcesses(signal) : Promise.resolve([])), [services, canEdit]);
  // The versions, with the status changes the stored history has and no version shows (see unversionedStatusChanges),
  // in the order they happened; the history's »Ny« is when the inquiry was received.
  const timeline = useAsync(async signal => {
    const versions = await services.inquiryActions.timeline(row.id, signal);
    const added = unversionedStatusChanges(row.statusHistory, versions).map((c, i): ITimelineEntry =>
      (c.status === 'Ny' && i === 0 ? { version: `historik-${i}`, at: c.from, received: true } : { version: `historik-${i}`, at: c.from, status: c.status }));
    return added.length === 0 ? versions : [...versions, ...added].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }, [services, row.id, row.etag, row.statusHistory]);
  const sla = slaText(row, strings, language);

  const run = async (action: () => Promise<unknown>, message: string, saved?: (i: IInquiry) => void): Promise<void> => {
    setSaving(true);
    setError(undefined);
    setDone(undefined);
    setMade(undefined);
    try {
      const result = await action();
      setDone(message);
      if (saved) saved(result as IInquiry);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const save = (change: IInquiryChange, message: string): Promise<void> =>
    run(() => services.inquiryActions.change(row, change, props.now().toISOString(), props.policies), message, i => {
      setDraft(d => ({ ...d, note: '' }));
      props.onSaved(i, message);
    });
  const change = changeOf(row, draft);

  const applicable = (templates.value ?? []).filter(t => !t.category || t.category === row.category);
  const values = { navn: row.requesterName, emne: row.title, reference: row.reference, frist: row.sla.due ? instantText(row.sla.due, language) : undefined };
  const chosen = applicable.find(t => t.id === templateId);
  const subject = fillTemplate(chosen?.subject || strings.ReplySubject, values).text;
  const mailto = row.requesterEmail ? buildMailtoUrl({ to: [row.requesterEmail], subject, body: reply }) : undefined;
  const pickTemplate = (id: number): void => {
    setTemplateId(id);
    const t = applicable.find(x => x.id === id);
    if (t) setReply(fillTemplate(t.body, values).text);
  };
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${reply}`);
      setDone(strings.ReplyCopied);
    } catch (e) {
      setError(e);
    }
  };
  const friendly = error === undefined ? undefined : friendlyError(error, strings);

  return (
    <Panel isOpen={true} type={PanelType.medium} headerText={row.reference ? `${row.reference} · ${row.title}` : row.title}
      closeButtonAriaLabel={strings.Close} onDismiss={props.onDismiss}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        <p style={{ margin: 0 }}><strong>{strings.ColSla}:</strong> {sla.badge ? `${sla.badge} – ` : ''}{sla.text}</p>
        <p style={{ margin: 0 }}>
          {[row.requesterName, row.organisation].filter(Boolean).join(', ')}
          {row.requesterEmail && <> · <Link underline href={`mailto:${row.requesterEmail}`}>{row.requesterEmail}</Link></>}
        </p>
        <p style={{ margin: 0 }}>
          {format(strings.ReceivedLine, channelLabel(row.channel, strings), row.receivedAt ? instantText(row.receivedAt, language) : row.receivedDate)}
        </p>
        {row.process && (
          <p style={{ margin: 0 }}>
            {strings.FieldProcess}: <ItemLink link={{ kind: 'proces', id: row.process.id }}>{row.process.title || String(row.process.id)}</ItemLink>
          </p>
        )}
        {row.description && <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{row.description}</p>}
        {row.response && <><h3 style={section}>{strings.ResponseGiven}</h3><p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{row.response}</p></>}

        {friendly && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {friendly.kind === 'uncertain' ? friendly.message : `${strings.SaveFailed} ${friendly.message}`}
          </MessageBar>
        )}
        {done && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
            {done}{made && <> <ItemLink link={{ kind: made.kind, id: made.id }}>{made.title}</ItemLink></>}
          </MessageBar>
        )}

        {canEdit ? (
          <>
            <h3 style={section}>{strings.HandlingHeading}</h3>
            <PeopleField label={strings.FieldAssignee} value={draft.assignedTo} people={services.people} strings={strings}
              onChange={p => setDraft(d => ({ ...d, assignedTo: p }))} />
            {draft.assignedTo?.id !== props.currentUser.id && (
              <div><ActionButton iconProps={{ iconName: 'Contact' }} text={strings.AssignToMe} onClick={() => setDraft(d => ({ ...d, assignedTo: props.currentUser }))} /></div>
            )}
            <Dropdown label={strings.FieldStatus} selectedKey={draft.status}
              options={INQUIRY_STATUSES.map(s => ({ key: s, text: statusLabel(s, strings) }))}
              onChange={(_, o) => o && setDraft(d => ({ ...d, status: o.key as InquiryStatus }))} />
            <Dropdown label={strings.FieldPriority} selectedKey={draft.priority}
              options={PRIORITIES.map(p => ({ key: p, text: priorityText(p, language) }))}
              onChange={(_, o) => o && setDraft(d => ({ ...d, priority: o.key as Priority }))} />
            <Dropdown label={strings.FieldCategory} selectedKey={draft.category ?? ''}
              options={[{ key: '', text: strings.NoCategory }, ...INQUIRY_CATEGORIES.map(c => ({ key: c, text: categoryLabel(c, strings) }))]}
              onChange={(_, o) => setDraft(d => ({ ...d, category: (o?.key || undefined) as InquiryCategory | undefined }))} />
            <Dropdown label={strings.FieldProcess} selectedKey={draft.process?.id ?? 0}
              placeholder={processes.status === 'loading' ? strings.Loading : undefined}
              options={[{ key: 0, text: strings.NoProcess },
                ...(processes.value ?? (draft.process ? [draft.process] : [])).map(p => ({ key: p.id, text: p.title }))]}
              errorMessage={processes.status === 'error' ? friendlyError(processes.error, strings).message : undefined}
              onChange={(_, o) => setDraft(d => ({ ...d, process: o && o.key !== 0 ? { id: Number(o.key), title: o.text } : undefined }))} />
            <TextField label={strings.FieldNote} multiline rows={3} value={draft.note} onChange={(_, v) => setDraft(d => ({ ...d, note: v ?? '' }))}
              description={strings.NoteHint} />
            <div>
              <PrimaryButton text={saving ? strings.Saving : strings.Save} disabled={saving || Object.keys(change).length === 0}
                onClick={() => save(change, strings.Saved).catch(() => undefined)} />
            </div>

            <h3 style={section}>{strings.ReplyHeading}</h3>
            <Dropdown label={strings.ReplyTemplate} placeholder={templates.status === 'loading' ? strings.Loading : strings.ReplyTemplateChoose}
              options={applicable.map(t => ({ key: t.id, text: t.title }))} selectedKey={templateId ?? null}
              onChange={(_, o) => o && pickTemplate(Number(o.key))}
              errorMessage={templates.status === 'error' ? friendlyError(templates.error, strings).message : undefined} />
            <TextField label={strings.ReplyText} multiline rows={8} value={reply} onChange={(_, v) => setReply(v ?? '')} />
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
              {mailto && !isMailtoTooLong(mailto) && <Link underline href={mailto} target="_blank" rel="noreferrer">{strings.ReplyOpenOutlook}</Link>}
              {mailto && isMailtoTooLong(mailto) && <span>{strings.ReplyTooLong}</span>}
              {!mailto && <span>{strings.ReplyNoEmail}</span>}
              <DefaultButton text={strings.ReplyCopy} iconProps={{ iconName: 'Copy' }} disabled={reply.trim() === ''} onClick={() => copy().catch(() => undefined)} />
              <DefaultButton text={strings.ReplyMarkSent} disabled={saving || reply.trim() === ''}
                onClick={() => save({ firstResponse: true, response: reply, status: row.status === 'Ny' ? 'Under behandling' : undefined }, strings.ReplySaved).catch(() => undefined)} />
            </div>

            {(props.taskPermissions.canAdd || props.decisionPermissions.canAdd) && <h3 style={section}>{strings.FollowUpHeading}</h3>}
            {props.taskPermissions.canAdd && (
              <div>
                <DefaultButton text={strings.CreateTask} iconProps={{ iconName: 'TaskManager' }} disabled={saving}
                  onClick={() => run(async () => {
                    const task = await services.inquiryActions.createTask(row, todayInCopenhagen(props.now()));
                    setMade({ kind: 'opgave', id: task.id, title: task.title });
                  }, strings.TaskCreated).catch(() => undefined)} />
              </div>
            )}
            {props.decisionPermissions.canAdd && (
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' }}>
                <IsoDatePicker label={strings.BoardMeetingDate} value={meetingDate} onChange={setMeetingDate} language={language} strings={strings} />
                <DefaultButton text={strings.CreateBoardCase} iconProps={{ iconName: 'Group' }} disabled={saving || !meetingDate}
                  onClick={() => meetingDate && run(async () => {
                    const decision = await services.inquiryActions.createBoardCase(row, meetingDate);
                    setMade({ kind: 'beslutning', id: decision.id, title: decision.title });
                  }, strings.BoardCaseCreated).catch(() => undefined)} />
              </div>
            )}
          </>
        ) : (
          <p style={{ margin: '8px 0' }}>{row.assignedTo ? format(strings.AssignedToLine, row.assignedTo.title) : strings.Unassigned} · {statusLabel(row.status, strings)}</p>
        )}

        <h3 style={section}>{strings.TimelineHeading}</h3>
        {timeline.status === 'loading' && !timeline.value && <p style={{ margin: 0 }}>{strings.Loading}</p>}
        {timeline.status === 'error' && <p style={{ margin: 0 }}>{friendlyError(timeline.error, strings).message}</p>}
        {timeline.value && (
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {timeline.value.map(e => <li key={e.version}>{timelineText(e, strings, language)}</li>)}
          </ol>
        )}
      </div>
    </Panel>
  );
}

/** One timeline entry in words: »fre. 4. dec. 10.15 · Mette Kjær: Status »Afventer svar«. Note: …«. */
export function timelineText(entry: ITimelineEntry, strings: IHenvendelserWebPartStrings, language: UiLanguage): string {
  const parts: string[] = [];
  if (entry.received) parts.push(strings.TimelineReceived);
  if (entry.created) parts.push(strings.TimelineCreated);
  if (entry.status && !entry.created) parts.push(format(strings.TimelineStatus, statusLabel(entry.status, strings)));
  if (entry.assignedTo !== undefined) parts.push(entry.assignedTo ? format(strings.TimelineAssigned, entry.assignedTo) : strings.TimelineUnassigned);
  if (entry.note) parts.push(format(strings.TimelineNote, entry.note));
  const when = Number.isNaN(Date.parse(entry.at)) ? entry.at : instantText(entry.at, language);
  return `${when}${entry.by ? ` · ${entry.by}` : ''}: ${parts.join(' ')}`;
}
