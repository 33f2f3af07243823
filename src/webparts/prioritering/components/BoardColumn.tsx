import * as React from 'react';
import type { Area, ITask, Priority } from '../../../domain/models';
import type { IBoardColumn, LaneKey } from '../../../domain/cockpit';
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { lazyComponent } from '../../../common/lazy';
import type { IServices } from '../../../services';
import { priorityHint } from '../model/labels';
import { useTheme } from '@fluentui/react/lib/Theme';
import { priorityColor, type BoardClasses } from './boardStyles';
import { TaskCard } from './TaskCard';
import type { IQuickAddFormProps } from './QuickAddForm';

/** The quick-add form, loaded the first time »Tilføj opgave« is used (it brings the people and date pickers). */
const QuickAddForm = lazyComponent<IQuickAddFormProps>(() =>
  import(/* webpackChunkName: 'prioritering-quickadd' */ './QuickAddForm').then(m => m.QuickAddForm));

/** Props of {@link BoardColumn}. */
export interface IBoardColumnProps {
  column: IBoardColumn;
  lane: LaneKey;
  /** Heading level of the column: 3 on a board without lanes, 4 inside a lane. */
  headingLevel: 3 | 4;
  today: string;
  /** How many cards are shown before »Vis flere«. */
  cap: number;
  canEdit: boolean;
  canAdd: boolean;
  pending: ReadonlySet<number>;
  /** Cards shown even past the cap (the one just moved or added, so focus can follow it). */
  pinned: number | undefined;
  /** The card being dragged, if any. */
  dragging: ITask | undefined;
  dragLane: LaneKey | undefined;
  dragHintId: string;
  onMove(task: ITask, to: Priority): void;
  onDragStart(task: ITask, lane: LaneKey): void;
  onDragEnd(): void;
  onSaved(task: ITask, text: string, focus?: boolean): void;
  cardRef(id: number, element: HTMLElement | undefined): void;
  services: IServices;
  strings: IPrioriteringWebPartStrings;
  language: UiLanguage;
  classes: BoardClasses;
}

/** One MoSCoW column: its heading and count, its cards up to the cap with »Vis flere«, a drop target, quick-add. */
export function BoardColumn(props: IBoardColumnProps): React.ReactElement {
  const { column, strings, classes, dragging } = props;
  const [shown, setShown] = React.useState(props.cap);
  const [over, setOver] = React.useState(false);
  const [adding, setAdding] = React.useState(false);
  React.useEffect(() => setShown(props.cap), [props.cap]);
  const visible = column.tasks.slice(0, shown);
  const pinned = props.pinned === undefined ? undefined : column.tasks.slice(shown).find(t => t.id === props.pinned);
  if (pinned) visible.push(pinned);
  const hidden = column.tasks.length - visible.length;
  const accepts = !!dragging && props.dragLane === props.lane && dragging.priority !== column.priority;
  const Heading = `h${props.headingLevel}` as 'h3' | 'h4';
  const theme = useTheme();
  const headingId = `prioritering-col-${props.lane.replace(/\W+/g, '-') || 'alle'}-${column.priority.replace(/\W/g, '')}`;

  return (
    <div className={[classes.column, accepts && over ? classes.columnDrop : ''].filter(Boolean).join(' ')}
      role="group" aria-labelledby={headingId} data-priority={column.priority}
      style={{ borderTop: `4px solid ${priorityColor(column.priority, theme)}` }}
      onDragOver={e => { if (accepts) { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; setOver(true); } }}
      onDragLeave={() => setOver(false)}
      onDrop={e => { e.preventDefault(); setOver(false); if (accepts && dragging) props.onMove(dragging, column.priority); }}>
      <Heading id={headingId} className={classes.columnHeading}>
        <span>{column.priority}</span>
        <span className={classes.columnHint}>{priorityHint(column.priority, strings)}</span>
        <span className={classes.columnCount}>{format(strings.ColumnCount, column.tasks.length)}</span>
      </Heading>
      {props.canAdd && !adding && (
        <button type="button" className={classes.small} aria-label={format(strings.QuickAddTo, column.priority)}
          onClick={() => setAdding(true)} onMouseEnter={() => QuickAddForm.preload()} onFocus={() => QuickAddForm.preload()}>
          <span aria-hidden="true">+ </span>{strings.QuickAdd}
        </button>
      )}
      {adding && (
        <QuickAddForm priority={column.priority} area={props.lane === '' ? undefined : props.lane as Area}
          services={props.services} strings={strings} language={props.language} classes={classes}
          onCancel={() => setAdding(false)}
          onAdded={task => { setAdding(false); props.onSaved(task, format(strings.QuickAddDone, task.title, column.priority), true); }} />
      )}
      {column.tasks.length === 0 ? <p className={classes.none}>{strings.ColumnEmpty}</p> : (
        <ul className={classes.cards} aria-labelledby={headingId}>
          {visible.map(t => (
            <TaskCard key={t.id} task={t} lane={props.lane} today={props.today} canEdit={props.canEdit} pending={props.pending.has(t.id)}
              headingLevel={(props.headingLevel + 1) as 4 | 5} dragHintId={props.dragHintId}
              onMove={props.onMove} onDragStart={props.onDragStart} onDragEnd={props.onDragEnd}
              onSaved={props.onSaved} services={props.services} strings={strings}
              language={props.language} classes={classes} cardRef={props.cardRef} />
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className={classes.small} onClick={() => setShown(s => s + props.cap)}>
          {format(strings.ShowMore, hidden)}
        </button>
      )}
    </div>
  );
}
