import * as React from 'react';
import {
  DefaultButton, type IButton, Link, mergeStyleSets, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack, useTheme
} from '@fluentui/react';
import type { IAgendaEntry } from '../../../../domain/meetings';
import type { ITask, IsoDate } from '../../../../domain/models';
import { compareIsoDates } from '../../../../domain/dates';
import { ConfirmDialog } from '../../../../common/ConfirmDialog';
import { describeRule } from '../../../../domain/describeRule';
import { toDateParts } from '../../../../domain/dates';
import { effectiveRule, nextOccurrences, usableRule } from '../../../../domain/recurrence';
import type { IListPermissions } from '../../../../services';
import type { UiLanguage } from '../../../../common/hosting';
import { formatDay, formatDayRange } from '../../../../common/formatDate';
import { friendlyError } from '../../../../common/errorMessages';
import { clampLines } from '../../../../common/longText';
import { format } from '../../../../common/strings';
import { ItemLink } from '../../../../common/links/ItemLink';
import { entryDateText, forumLabel, meetingTime, priorityText, ringLabel, typeLabel } from '../../model/labels';

/** Props of {@link DetailsPanel}. */
export interface IDetailsPanelProps {
  entry: IAgendaEntry;
  strings: IAarshjulWebPartStrings;
  language: UiLanguage;
  today: IsoDate;
  permissions: IListPermissions;
  /** Rights in the Opgaver list, where »Markér som udført« writes. */
  taskPermissions: IListPermissions;
  /** The web's URL, for links to list items (the linked process). */
  webUrl?: string;
  onDismiss: () => void;
  onEdit: (entry: IAgendaEntry) => void;
  onDelete: (entry: IAgendaEntry) => void;
  /** Stores the occurrence as done; resolves to the task, rejects with the service's error. */
  onMarkDone: (entry: IAgendaEntry) => Promise<ITask>;
  /** Deletes the task just made by »Markér som udført«. */
  onUndoDone: (task: ITask, entry: IAgendaEntry) => Promise<void>;
}

/** A title longer than this may not fit the three lines of the heading. */
const LONG_TITLE = 120;

/** How many coming occurrences of a recurring activity are listed. */
const NEXT_COUNT = 3;

/**
 * An entry's details: every field, the responsible person, the linked process, the rule in words with the next
 * occurrences, and the linked Outlook meeting. Editors also get edit, delete and "Markér som udført"; readers get no
 * edit controls at all.
 */
export function DetailsPanel(props: IDetailsPanelProps): React.ReactElement {
  const { entry, strings, language, permissions } = props;
  const theme = useTheme();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  // The task this panel just made: offers »Fortryd«, and keeps keyboard focus in the panel (on that button).
  const [marked, setMarked] = React.useState<ITask | undefined>();
  const [askFuture, setAskFuture] = React.useState(false);
  const undoRef = React.useRef<IButton | null>(null);
  const markRef = React.useRef<IButton | null>(null);
  const focusNext = React.useRef<'undo' | 'mark' | undefined>();
  React.useEffect(() => {
    if (focusNext.current === 'undo') undoRef.current?.focus();
    if (focusNext.current === 'mark') markRef.current?.focus();
    focusNext.current = undefined;
  });
  const a = entry.activity;
  const m = entry.meeting;
  const classes = React.useMemo(() => mergeStyleSets({
    list: { display: 'grid', gridTemplateColumns: 'minmax(8em, max-content) 1fr', gap: '8px 16px', margin: '16px 0' },
    term: { fontWeight: 600, color: theme.semanticColors.bodySubtext },
    value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
    section: { fontSize: 16, fontWeight: 600, margin: '20px 0 4px' }
  }), [theme]);

  const rule = a ? effectiveRule(a) : undefined;
  const upcoming = a && rule ? nextOccurrences(a, props.today, NEXT_COUNT) : [];
  const occurrenceLabel = entry.occurrence && a
    ? (a.repeat === 'Årligt' || a.repeat === 'Ingen' ? String(toDateParts(entry.occurrence.start).year) : formatDay(entry.occurrence.start, language))
    : '';
  // An activity that occurs once has no occurrence worth naming: "Markér som udført", not "… for 2026".
  const oneOff = !!a && usableRule(a) === undefined;
  const canMarkDone = !!a && !!entry.occurrence && !entry.done && !marked && props.taskPermissions.canAdd;
  const isFuture = !!entry.occurrence && compareIsoDates(entry.occurrence.start, props.today) > 0;

  const markDone = (): void => {
    setAskFuture(false);
    setBusy(true);
    setError(undefined);
    props.onMarkDone(entry).then(
      task => { setBusy(false); setMarked(task); focusNext.current = 'undo'; },
      (e: unknown) => { setBusy(false); setError(e); focusNext.current = 'mark'; });
  };
  const undo = (): void => {
    if (!marked) return;
    setBusy(true);
    setError(undefined);
    props.onUndoDone(marked, entry).then(
      () => { setBusy(false); setMarked(undefined); focusNext.current = 'mark'; },
      (e: unknown) => { setBusy(false); setError(e); });
  };

  const rows: [string, React.ReactNode][] = [
    // The heading shows three lines at most: a longer title is written out in full here.
    ...(entry.title.length > LONG_TITLE ? [[strings.FieldTitle, entry.title] as [string, React.ReactNode]] : []),
    [strings.DetailsDate, `${entryDateText(entry, language)}${meetingTime(entry) ? `, ${meetingTime(entry)}` : ''}`],
    [strings.DetailsRing, ringLabel(entry.ring, strings)],
    [strings.DetailsType, a ? typeLabel(a.activityType, strings) : strings.TypeOutlookMeeting]
  ];
  if (a?.responsible) rows.push([strings.DetailsResponsible, a.responsible.email
    ? <Link href={`mailto:${a.responsible.email}`}>{a.responsible.title}</Link> : a.responsible.title]);
  if (a) rows.push([strings.DetailsPriority, priorityText(a.priority, language)]);
  if (a?.forum) rows.push([strings.DetailsForum, forumLabel(a.forum, strings)]);
  // Linked items open in the web part that owns them (Processer, Beslutninger), or their display form.
  if (a?.process) rows.push([strings.DetailsProcess, <ItemLink key="process" link={{ kind: 'proces', id: a.process.id }}>{a.process.title || String(a.process.id)}</ItemLink>]);
  if (a?.decision) rows.push([strings.DetailsDecision, <ItemLink key="decision" link={{ kind: 'beslutning', id: a.decision.id }}>{a.decision.title || String(a.decision.id)}</ItemLink>]);
  if (a) rows.push([strings.DetailsRepeat, describeRule(rule, a.startDate, language)]);
  if (entry.done && a) rows.push([strings.DoneLabel, oneOff ? strings.MarkedDoneOnce : format(strings.MarkedDone, occurrenceLabel)]);

  const footer = (): React.ReactElement => (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
      {canMarkDone && <PrimaryButton componentRef={markRef} text={oneOff ? strings.MarkDoneOnce : format(strings.MarkDone, occurrenceLabel)}
        onClick={() => (isFuture ? setAskFuture(true) : markDone())} disabled={busy} />}
      {marked && props.taskPermissions.canDelete && (
        <DefaultButton componentRef={undoRef} text={strings.MarkDoneUndo} iconProps={{ iconName: 'Undo' }} onClick={undo} disabled={busy} />
      )}
      {a && permissions.canEdit && <DefaultButton text={strings.Edit} iconProps={{ iconName: 'Edit' }} onClick={() => props.onEdit(entry)} />}
      {a && permissions.canDelete && <DefaultButton text={strings.Delete} iconProps={{ iconName: 'Delete' }} onClick={() => props.onDelete(entry)} />}
      <DefaultButton text={strings.Close} onClick={props.onDismiss} />
    </Stack>
  );

  return (
    <Panel isOpen={true} type={PanelType.medium} headerText={entry.title} onDismiss={props.onDismiss} isLightDismiss={true}
      // A title of any length (10,000 characters through REST) stays within three lines; the buttons stay visible.
      styles={{ headerText: clampLines(3) }}
      closeButtonAriaLabel={strings.Close} onRenderFooterContent={footer} isFooterAtBottom={true}>
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{friendlyError(error, strings).message}</MessageBar>
      )}
      {marked && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>{format(strings.MarkDoneAnnouncement, entry.title)}</MessageBar>
      )}
      {askFuture && entry.occurrence && (
        <ConfirmDialog title={strings.MarkDoneFutureTitle} text={format(strings.MarkDoneFutureText, formatDay(entry.occurrence.start, language))}
          confirmText={strings.MarkDoneFutureConfirm} strings={strings}
          onConfirm={async () => markDone()} onDismiss={() => { setAskFuture(false); focusNext.current = 'mark'; }} />
      )}
      <dl className={classes.list}>
        {rows.map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={classes.term}>{term}</dt>
            <dd className={classes.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
      {a?.description && (
        <>
          <h3 className={classes.section}>{strings.DetailsDescription}</h3>
          <p className={classes.value}>{a.description}</p>
        </>
      )}
      {upcoming.length > 0 && (
        <>
          <h3 className={classes.section}>{strings.DetailsNext}</h3>
          <ul>
            {upcoming.map(o => <li key={o.index}><time dateTime={o.start}>{formatDayRange(o.start, o.end, language)}</time></li>)}
          </ul>
        </>
      )}
      {m && (
        <>
          <h3 className={classes.section}>{strings.DetailsMeeting}</h3>
          <dl className={classes.list}>
            <dt className={classes.term}>{strings.DetailsTime}</dt>
            <dd className={classes.value}>{formatDay(m.day, language)}{meetingTime(entry) ? `, ${meetingTime(entry)}` : ''}</dd>
            {m.location && <><dt className={classes.term}>{strings.DetailsLocation}</dt><dd className={classes.value}>{m.location}</dd></>}
            {m.organizer && <><dt className={classes.term}>{strings.DetailsOrganizer}</dt><dd className={classes.value}>{m.organizer}</dd></>}
          </dl>
          {m.bodyPreview && <p className={classes.value}>{m.bodyPreview}</p>}
          {m.webLink && <Link href={m.webLink} target="_blank" rel="noopener noreferrer">{strings.OpenInOutlook}</Link>}
        </>
      )}
    </Panel>
  );
}
