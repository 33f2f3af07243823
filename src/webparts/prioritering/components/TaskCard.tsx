import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import type { ITask, Priority } from '../../../domain/models';
import type { LaneKey } from '../../../domain/cockpit';
import { moveTargets, parseEffortInput, taskOrigin, taskOriginTitle } from '../../../domain/cockpit';
import { hasEstimate } from '../../../domain/cockpit';
import type { UiLanguage } from '../../../common/hosting';
import { formatDay } from '../../../common/formatDate';
import { friendlyError } from '../../../common/errorMessages';
import { format } from '../../../common/strings';
import type { IServices } from '../../../services';
import { effortInputText, effortProblemText, hoursText, sourceLabel, statusLabel } from '../model/labels';
import type { BoardClasses } from './boardStyles';
import { ItemLink } from '../../../common/links/ItemLink';

/** Props of {@link TaskCard}. */
export interface ITaskCardProps {
  task: ITask;
  /** The lane the card is in (a card is dropped only on a column of its own lane). */
  lane: LaneKey;
  today: string;
  canEdit: boolean;
  pending: boolean;
  /** Heading level of the card's title: one below its column's heading. */
  headingLevel: 4 | 5;
  /** Id of the element that says how to drag (described-by of draggable cards). */
  dragHintId: string;
  onMove(task: ITask, to: Priority): void;
  onDragStart(task: ITask, lane: LaneKey): void;
  onDragEnd(): void;
  onSaved(task: ITask, text: string): void;
  services: IServices;
  strings: IPrioriteringWebPartStrings;
  language: UiLanguage;
  classes: BoardClasses;
  /** Receives the card's element (undefined when it goes), so focus can follow it to its new column. */
  cardRef(id: number, element: HTMLElement | undefined): void;
}

/**
 * One task on the board: title, assignee, due date, status, source (a link to where it came from), the estimate and —
 * for editors — »Flyt« with a button per other column (the keyboard's equal of dragging) and the estimate's editor.
 */
function TaskCardView(props: ITaskCardProps): React.ReactElement {
  const { task, strings, language, classes, canEdit, cardRef } = props;
  const ref = React.useCallback((el: HTMLElement | null) => cardRef(task.id, el ?? undefined), [cardRef, task.id]);
  const [moveOpen, setMoveOpen] = React.useState(false);
  const [editing, setEditing] = React.useState(false);
  const titleId = `prioritering-card-${task.id}`;
  const Heading = `h${props.headingLevel}` as 'h4' | 'h5';
  const origin = taskOrigin(task);
  const overdue = task.dueDate !== undefined && task.dueDate < props.today;
  const cardClass = [classes.card, canEdit ? classes.cardDraggable : '', props.pending ? classes.cardPending : ''].filter(Boolean).join(' ');

  return (
    <li>
      <article ref={ref} className={cardClass} tabIndex={-1} aria-labelledby={titleId} aria-busy={props.pending || undefined}
        aria-describedby={canEdit ? props.dragHintId : undefined} data-task-id={task.id}
        draggable={canEdit && !props.pending}
        onDragStart={e => { e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', String(task.id)); props.onDragStart(task, props.lane); }}
        onDragEnd={props.onDragEnd}>
        <Heading id={titleId} className={classes.cardTitle}>{task.title}</Heading>
        <p className={classes.meta}>
          <span>{task.assignedTo?.title ?? strings.Unassigned}</span>
          {task.dueDate && (
            <span className={overdue ? classes.overdue : undefined}>
              {strings.DueLabel} {formatDay(task.dueDate, language)}{overdue && ` (${strings.Overdue})`}
            </span>
          )}
          <span>{statusLabel(task.status, strings)}</span>
        </p>
        <p className={classes.meta}>
          <span>
            {sourceLabel(task.source, strings)}
            {origin && <>: <ItemLink link={origin}>{taskOriginTitle(task, origin) || `#${origin.id}`}</ItemLink></>}
          </span>
          <span>{hasEstimate(task.effort) ? hoursText(task.effort, strings, language) : strings.EffortNone}</span>
        </p>
        {canEdit && !editing && (
          <div className={classes.actions}>
            <button type="button" className={classes.small} aria-expanded={moveOpen} disabled={props.pending}
              aria-label={format(strings.MoveButtonLabel, task.title)} onClick={() => setMoveOpen(o => !o)}>
              {strings.MoveButton}
            </button>
            <button type="button" className={classes.small} aria-label={format(strings.EffortEdit, task.title)}
              onClick={() => setEditing(true)}>
              {strings.EffortButton}
            </button>
          </div>
        )}
        {canEdit && moveOpen && !editing && (
          <div className={classes.actions} role="group" aria-label={format(strings.MoveButtonLabel, task.title)}>
            {moveTargets(task).map(p => (
              <button key={p} type="button" className={classes.small} disabled={props.pending}
                onClick={() => { setMoveOpen(false); props.onMove(task, p); }}>
                {format(strings.MoveTo, p)}
              </button>
            ))}
          </div>
        )}
        {canEdit && editing && (
          <EffortEditor task={task} services={props.services} strings={strings} language={language} classes={classes}
            onDone={saved => { setEditing(false); if (saved) props.onSaved(saved, format(strings.EffortSaved, saved.title)); }} />
        )}
      </article>
    </li>
  );
}

/**
 * A card renders again only when its own props change: with every prop stable (the board passes stable callbacks), a
 * move renders the moved card, not the hundred others (each writes its estimate with `Intl.NumberFormat`).
 */
export const TaskCard = React.memo(TaskCardView);

interface IEffortEditorProps {
  task: ITask;
  services: IServices;
  strings: IPrioriteringWebPartStrings;
  language: UiLanguage;
  classes: BoardClasses;
  onDone(saved: ITask | undefined): void;
}

/** The estimate of one task: typed hours, checked before anything is sent, saved as a partial update of Effort. */
function EffortEditor(props: IEffortEditorProps): React.ReactElement {
  const { task, strings, classes } = props;
  const [text, setText] = React.useState(() => effortInputText(task.effort, props.language));
  const [problem, setProblem] = React.useState<string>();
  const [saving, setSaving] = React.useState(false);
  const save = async (): Promise<void> => {
    const parsed = parseEffortInput(text);
    if ('problem' in parsed) { setProblem(effortProblemText(parsed.problem, strings)); return; }
    setSaving(true);
    setProblem(undefined);
    try {
      props.onDone(await props.services.taskBoard.setEffort(task, parsed.value));
    } catch (e) {
      setProblem(friendlyError(e, strings).message);
      setSaving(false);
    }
  };
  return (
    <form className={classes.effortForm} onSubmit={e => { e.preventDefault(); save().catch(() => undefined); }}
      onKeyDown={e => { if (e.key === 'Escape' && !saving) { e.stopPropagation(); props.onDone(undefined); } }}>
      <TextField label={strings.EffortLabel} value={text} onChange={(_, v) => setText(v ?? '')} errorMessage={problem}
        inputMode="decimal" autoFocus={true} disabled={saving} styles={{ root: { width: 140 } }} />
      <div className={classes.actions} style={{ marginTop: 29 }}>
        <button type="submit" className={classes.small} disabled={saving}>{strings.EffortSave}</button>
        <button type="button" className={classes.small} disabled={saving} onClick={() => props.onDone(undefined)}>{strings.Cancel}</button>
      </div>
    </form>
  );
}
