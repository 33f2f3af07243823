import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { friendlyError } from '../../../../common/errorMessages';
import { validationMessage } from '../../../../common/validationMessages';
import { IsoDatePicker } from '../../../../common/IsoDatePicker';
import { PeopleField } from '../../../../common/PeopleField';
import { useAsync } from '../../../../common/useAsync';
import {
  DECISION_KINDS, DECISION_STATUSES, FORUMS, PRIORITIES, type DecisionKind, type DecisionStatus, type Forum, type IDecision,
  type Priority
} from '../../../../domain/models';
import { ValidationError } from '../../../../domain/validationError';
import { classifyError, DecisionSaveError, type CalendarSource, type IServices } from '../../../../services';
import { forumName, kindLabel, priorityText, statusLabel } from '../../model/labels';
import { ActionRows } from './ActionRows';
import { MeetingPicker } from './MeetingPicker';
import { ProcessField } from './ProcessField';
import {
  decisionFields, draftsOf, meetingFromOutlook, newAction, newDecisionDraft, validateDraft, type FormErrors, type IDecisionDraft, type IMeetingDraft
} from './formModel';

/** The handlers below report their own failures; a rejected promise has nothing left to say. */
const ignore = (): void => undefined;

/** Props of {@link DecisionFormPanel}. */
export interface IDecisionFormPanelProps {
  strings: IBeslutningerWebPartStrings;
  services: IServices;
  /** The decision to edit; none to record a meeting's decisions. */
  decision?: IDecision;
  today: string;
  language: UiLanguage;
  announce: (text: string) => void;
  /** The calendar to pick the meeting from; none: forum and date are typed. */
  meetingSource?: CalendarSource;
  onDismiss: () => void;
  /** A decision was saved (the register reloads). */
  onSaved: () => void;
}

const c = {
  section: mergeStyles({ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 16 }),
  h3: mergeStyles({ fontSize: 16, fontWeight: 600, margin: '8px 0 4px', padding: 0 }),
  pair: mergeStyles({ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))' }),
  footer: mergeStyles({ display: 'flex', gap: 8, flexWrap: 'wrap' })
};

/** The labels the validation messages name fields by. */
function labelOf(field: string, strings: IBeslutningerWebPartStrings): string {
  const labels: Record<string, string> = {
    title: strings.FieldTitle, decisionText: strings.FieldDecisionText, rationale: strings.FieldRationale, forum: strings.FieldForum,
    meetingDate: strings.FieldMeetingDate, status: strings.FieldStatus, responsible: strings.FieldResponsible,
    followUpDate: strings.FieldFollowUp, priority: strings.FieldPriority, kind: strings.FieldKind, caseReference: strings.FieldCase,
    attendees: strings.FieldAttendees
  };
  return labels[field] ?? field;
}

/**
 * »Registrér beslutninger«: the meeting (forum, day, who was present) once, then decisions one after another
 * (»Gem og registrér næste« keeps the meeting), each with its follow-up actions. Also edits one decision. The save is
 * the application service's one use case; a save that stops part-way keeps everything typed and says so, and »Gem«
 * again completes it without creating anything twice.
 */
export function DecisionFormPanel(props: IDecisionFormPanelProps): React.ReactElement {
  const { strings, services, language } = props;
  const editing = props.decision;
  const initial = useAsync(async signal => (editing
    ? draftsOf(editing, await services.decisions.actionsOf(editing.id, signal))
    : { meeting: { forum: '' as const, attendees: '' }, decision: newDecisionDraft() }), [editing?.id]);
  const [meeting, setMeeting] = React.useState<IMeetingDraft | undefined>();
  const [draft, setDraft] = React.useState<IDecisionDraft | undefined>();
  const [errors, setErrors] = React.useState<FormErrors>({});
  const [saving, setSaving] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>();
  const [savedTitles, setSavedTitles] = React.useState<string[]>([]);
  const [picking, setPicking] = React.useState(false);
  /** Someone else changed the decision (or one of its actions) since it was read: 412 on the save. */
  const [conflict, setConflict] = React.useState(false);
  React.useEffect(() => {
    if (initial.value && !draft) {
      setMeeting(initial.value.meeting);
      setDraft(initial.value.decision);
    }
  }, [initial.value, draft]);

  const message = (key: string, label: string): string | undefined =>
    errors[key] ? validationMessage(errors[key], label, strings, { labelOf: f => labelOf(f, strings) }) : undefined;

  /** The decision and its actions as stored now, read anew by id. */
  const readLatest = async (id: number): Promise<ReturnType<typeof draftsOf>> => {
    const [d, actions] = await Promise.all([services.repositories.decisions.get(id), services.decisions.actionsOf(id)]);
    return draftsOf(d, actions);
  };

  const save = async (next: boolean, base: IDecisionDraft | undefined = draft): Promise<void> => {
    const draft = base;
    if (!meeting || !draft) return;
    setConflict(false);
    const found = validateDraft(meeting, draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem(strings.FormHasErrors);
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      const result = await services.decisionActions.saveDecision({
        key: draft.key, fields: decisionFields(meeting, draft), stored: draft.stored, storedActions: draft.storedActions,
        actions: draft.actions, today: props.today
      });
      props.onSaved();
      if (next) {
        props.announce(format(strings.SavedNext, result.decision.title));
        setSavedTitles(t => [...t, result.decision.title]);
        setDraft(newDecisionDraft());
        setErrors({});
      } else {
        props.announce(format(strings.Saved, result.decision.title));
        props.onDismiss();
      }
    } catch (error) {
      const cause = error instanceof DecisionSaveError ? error.cause : error;
      if (error instanceof DecisionSaveError) {
        // Carry on from what was written: the next »Gem« patches and creates only what is still missing.
        const saved = error.saved;
        setDraft(d => d && {
          ...d, stored: saved.decision ?? d.stored, storedActions: saved.actions,
          actions: d.actions.map(a => (a.id === undefined && saved.created[a.key] !== undefined ? { ...a, id: saved.created[a.key] } : a))
        });
        if (saved.decision && !draft.stored) props.onSaved();
      }
      if (cause instanceof ValidationError) setErrors(e => ({ ...e, ...cause.errors }));
      if (classifyError(cause).kind === 'conflict') setConflict(true);
      else setProblem(format(strings.SavePartial, friendlyError(cause, strings).message));
    } finally {
      setSaving(false);
    }
  };

  /** »Hent den nye version«: the form shows the decision as stored now; what was typed is replaced. */
  const reloadLatest = async (): Promise<void> => {
    const id = draft?.stored?.id;
    if (id === undefined) return;
    try {
      const latest = await readLatest(id);
      setMeeting(latest.meeting);
      setDraft({ ...latest.decision, key: draft?.key ?? latest.decision.key });
      setErrors({});
      setConflict(false);
      props.announce(strings.ConflictReloaded);
    } catch (error) {
      setProblem(friendlyError(error, strings).message);
    }
  };

  /**
   * »Gem alligevel«: saves what was typed over the other change — against the ETags read now, so only the fields that
   * differ from the stored version are written (a field the other person changed and this form did not touch is
   * written back as this form holds it).
   */
  const overwrite = async (): Promise<void> => {
    const id = draft?.stored?.id;
    if (id === undefined || !draft) return;
    try {
      const latest = await readLatest(id);
      const based: IDecisionDraft = { ...draft, stored: latest.decision.stored, storedActions: latest.decision.storedActions };
      setDraft(based);
      await save(false, based);
    } catch (error) {
      setProblem(friendlyError(error, strings).message);
    }
  };

  const setM = (change: Partial<IMeetingDraft>): void => setMeeting(m => m && { ...m, ...change });
  const setD = (change: Partial<IDecisionDraft>): void => setDraft(d => d && { ...d, ...change });

  let body: React.ReactNode;
  if (!meeting || !draft) {
    body = initial.status === 'error'
      ? <MessageBar messageBarType={MessageBarType.error}>{friendlyError(initial.error, strings).message}</MessageBar>
      : <Spinner label={strings.Loading} />;
  } else {
    body = (
      <form onSubmit={e => { e.preventDefault(); save(false).catch(ignore); }} noValidate>
        {problem && <MessageBar messageBarType={MessageBarType.error} isMultiline>{problem}</MessageBar>}
        {conflict && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={
            <div>
              <DefaultButton text={strings.ConflictReload} disabled={saving} onClick={() => { reloadLatest().catch(ignore); }} />
              <DefaultButton text={strings.ConflictOverwrite} disabled={saving} onClick={() => { overwrite().catch(ignore); }} />
            </div>}>
            {strings.ConflictText}
          </MessageBar>
        )}
        {savedTitles.length > 0 && <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {format(strings.SavedThisMeeting, savedTitles.join(', '))}</MessageBar>}
        <fieldset className={c.section} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className={c.h3}>{strings.FormMeeting}</legend>
          {props.meetingSource && (picking
            ? <MeetingPicker calendar={services.calendar} source={props.meetingSource} today={props.today} language={language}
              strings={strings} onPick={m => {
                setMeeting(current => current && meetingFromOutlook(current, m));
                setPicking(false);
                props.announce(format(strings.PickedMeeting, m.subject));
              }} />
            : <div><DefaultButton iconProps={{ iconName: 'Calendar' }} text={strings.PickMeeting} onClick={() => setPicking(true)} /></div>)}
          {meeting.subject && !picking && <p style={{ margin: 0 }}>{format(strings.PickedMeeting, meeting.subject)}</p>}
          <div className={c.pair}>
            <Dropdown label={strings.FieldForum} required options={FORUMS.map(f => ({ key: f, text: forumName(f, language) }))}
              selectedKey={meeting.forum || null} errorMessage={message('forum', strings.FieldForum)}
              onChange={(_, o) => o && setM({ forum: o.key as Forum })} />
            <IsoDatePicker label={strings.FieldMeetingDate} value={meeting.meetingDate} language={language} strings={strings} isRequired
              errorMessage={message('meetingDate', strings.FieldMeetingDate)} onChange={v => setM({ meetingDate: v })} />
          </div>
          <TextField label={strings.FieldAttendees} multiline autoAdjustHeight rows={2} value={meeting.attendees}
            onChange={(_, v) => setM({ attendees: v ?? '' })} />
        </fieldset>
        <fieldset className={c.section} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className={c.h3}>{strings.FormDecision}</legend>
          <TextField label={strings.FieldTitle} required value={draft.title} maxLength={255} errorMessage={message('title', strings.FieldTitle)}
            onChange={(_, v) => setD({ title: v ?? '' })} />
          <TextField label={strings.FieldDecisionText} required multiline autoAdjustHeight rows={3} value={draft.decisionText}
            errorMessage={message('decisionText', strings.FieldDecisionText)} onChange={(_, v) => setD({ decisionText: v ?? '' })} />
          <TextField label={strings.FieldRationale} multiline autoAdjustHeight rows={2} value={draft.rationale}
            onChange={(_, v) => setD({ rationale: v ?? '' })} />
          <div className={c.pair}>
            <Dropdown label={strings.FieldKind} options={DECISION_KINDS.map(k => ({ key: k, text: kindLabel(k, language) }))}
              selectedKey={draft.kind} onChange={(_, o) => o && setD({ kind: o.key as DecisionKind })} />
            <Dropdown label={strings.FieldStatus} options={DECISION_STATUSES.map(s => ({ key: s, text: statusLabel(s, language) }))}
              selectedKey={draft.status} errorMessage={message('status', strings.FieldStatus)}
              onChange={(_, o) => o && setD({ status: o.key as DecisionStatus })} />
            <PeopleField label={strings.FieldResponsible} value={draft.responsible} people={services.people} strings={strings}
              onChange={p => setD({ responsible: p })} />
            <IsoDatePicker label={strings.FieldFollowUp} value={draft.followUpDate} language={language} strings={strings}
              isRequired={draft.status === 'Under opfølgning'} initialPickerDate={meeting.meetingDate}
              errorMessage={message('followUpDate', strings.FieldFollowUp)} onChange={v => setD({ followUpDate: v })} />
            <Dropdown label={strings.FieldPriority} options={PRIORITIES.map(p => ({ key: p, text: priorityText(p, language) }))}
              selectedKey={draft.priority} onChange={(_, o) => o && setD({ priority: o.key as Priority })} />
            <TextField label={strings.FieldCase} value={draft.caseReference} maxLength={255} onChange={(_, v) => setD({ caseReference: v ?? '' })} />
            <ProcessField value={draft.process} onChange={process => setD({ process })} services={services} strings={strings} />
          </div>
        </fieldset>
        <fieldset className={c.section} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className={c.h3}>{strings.ActionsHeading}</legend>
          <ActionRows actions={draft.actions} onChange={actions => setD({ actions })}
            onAdd={() => setD({ actions: [...draft.actions, newAction(draft.responsible)] })}
            errorOf={(key, field, label) => message(`action:${key}:${field}`, label)}
            people={services.people} strings={strings} language={language} />
        </fieldset>
        <div className={c.footer}>
          <PrimaryButton type="submit" text={saving ? strings.Saving : strings.Save} disabled={saving} />
          {!editing && <DefaultButton text={strings.SaveAndNext} disabled={saving} onClick={() => { save(true).catch(ignore); }} />}
          <DefaultButton text={strings.Cancel} disabled={saving} onClick={props.onDismiss} />
        </div>
      </form>
    );
  }
  return (
    <Panel isOpen type={PanelType.medium} headerText={editing ? strings.FormEditTitle : strings.FormNewTitle}
      closeButtonAriaLabel={strings.Close} onDismiss={props.onDismiss} isBlocking>
      {body}
    </Panel>
  );
}
