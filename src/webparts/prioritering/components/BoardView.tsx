import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { useTheme } from '@fluentui/react/lib/Theme';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';
import { AREAS, TASK_SOURCES, type Area, type ITask, type TaskSource, type TaskStatus } from '../../../domain/models';
import {
  boardLanes, boardPriority, DUE_FILTERS, isOpenTask, matchesBoardFilter, OPEN_TASK_STATUSES, type DueFilter, type IBoardFilter, type LaneKey
} from '../../../domain/cockpit';
import type { IRootProps } from '../../../common/hosting';
import { EmptyView } from '../../../common/StateViews';
import { friendlyError } from '../../../common/errorMessages';
import { formatDay } from '../../../common/formatDate';
import { format } from '../../../common/strings';
import { lazyComponent } from '../../../common/lazy';
import { useDeepLink } from '../../../common/links/useDeepLink';
import type { IConfirmDialogProps } from '../../../common/ConfirmDialog';
import type { ITaskBoardData } from '../../../services';
import type { IPrioriteringWebPartProps } from '../IPrioriteringWebPartProps';
import { areaLabel, dueFilterLabel, sourceLabel, statusLabel } from '../model/labels';
import { useBoardTasks } from '../model/useBoardTasks';
import { boardClasses } from './boardStyles';
import { BalanceBar } from './BalanceBar';
import { BoardColumn } from './BoardColumn';

/** The conflict's choice, loaded when a move first meets someone else's change. */
const ConfirmDialog = lazyComponent<IConfirmDialogProps>(() =>
  import(/* webpackChunkName: 'confirm-dialog' */ '../../../common/ConfirmDialog').then(m => m.ConfirmDialog));

const hidden = mergeStyles(hiddenContentStyle);

/** Props of {@link BoardView}. */
export interface IBoardViewProps extends IRootProps<IPrioriteringWebPartProps, IPrioriteringWebPartStrings> {
  today: string;
  data: ITaskBoardData;
  reloading: boolean;
  reloadError: unknown;
  onReload: () => void;
  announce: (text: string) => void;
}

/** A notice above the board after a write. */
interface INotice { type: 'success' | 'error'; text: string }

/**
 * The MoSCoW board: filters, the balance of effort, and the four columns (optionally per area). Editors move cards by
 * dragging them or with »Flyt« (the keyboard's way), each move a partial update of Priority with the ETag; readers
 * see the same board without move, estimate or add controls.
 */
export function BoardView(props: IBoardViewProps): React.ReactElement {
  const { data, services, host, properties, strings, announce, today } = props;
  const language = host.language;
  const theme = useTheme();
  const classes = React.useMemo(() => boardClasses(theme), [theme]);
  const [filter, setFilter] = React.useState<IBoardFilter>({});
  const [notice, setNotice] = React.useState<INotice>();
  const [drag, setDrag] = React.useState<{ task: ITask; lane: LaneKey }>();
  const board = useBoardTasks(data, services, strings, announce);
  const canEdit = data.permissions.canEdit;
  const canAdd = data.permissions.canAdd;
  const cap = Math.max(1, Math.floor(properties.cardsPerColumn || 25));

  const open = React.useMemo(() => board.tasks.filter(isOpenTask), [board.tasks]);
  const shown = React.useMemo(() => open.filter(t => matchesBoardFilter(t, filter, today)), [open, filter, today]);
  const lanes = React.useMemo(() => boardLanes(open, filter, today, !!properties.swimLanes), [open, filter, today, properties.swimLanes]);

  // Focus follows a moved (or added) card into its new column: its element is a new one there.
  const cards = React.useRef(new Map<number, HTMLElement>());
  React.useEffect(() => {
    if (board.focusId === undefined) return;
    const el = cards.current.get(board.focusId);
    if (el) { el.focus(); board.clearFocus(); }
  });
  React.useEffect(() => { if (board.error) setNotice({ type: 'error', text: board.error }); }, [board.error]);
  // The card last moved, added or linked stays shown past the column's cap after focus has reached it.
  const [pinned, setPinned] = React.useState<number>();
  React.useEffect(() => { if (board.focusId !== undefined) setPinned(board.focusId); }, [board.focusId]);
  // `?koordinator=opgave:N` (a link from another web part): the board opens with focus on that card.
  const [linked] = useDeepLink('opgave');
  React.useEffect(() => {
    if (linked !== undefined && open.some(t => t.id === linked)) board.focus(linked);
  }, [linked]); // eslint-disable-line react-hooks/exhaustive-deps -- once, for the link the page was opened with

  const people = React.useMemo(() => {
    const byId = new Map<number, string>();
    for (const t of open) if (t.assignedTo) byId.set(t.assignedTo.id, t.assignedTo.title);
    return [...byId].sort((a, b) => a[1].localeCompare(b[1], 'da'));
  }, [open]);

  const onMove = (task: ITask, to: ITask['priority']): void => {
    // A dropped card is a new element in its new column: the browser's dragend goes to the old, detached one and
    // never reaches React, so the drop itself ends the drag.
    setDrag(undefined);
    setNotice(undefined);
    board.clearError();
    board.move(task, to).catch(() => undefined);
  };
  const onSaved = (task: ITask, text: string, focus?: boolean): void => {
    board.put(task, focus);
    setNotice({ type: 'success', text });
    announce(text);
  };

  // The cards' callbacks keep their identity from render to render (they call the latest closures), so a card whose
  // task did not change is not rendered again (TaskCard is memoised): a move on a board of 5,000 renders one card.
  const latest = React.useRef({ onMove, onSaved });
  latest.current = { onMove, onSaved };
  const callbacks = React.useMemo(() => ({
    onMove: (task: ITask, to: ITask['priority']) => latest.current.onMove(task, to),
    onSaved: (task: ITask, text: string, focus?: boolean) => latest.current.onSaved(task, text, focus),
    onDragStart: (task: ITask, lane: LaneKey) => setDrag({ task, lane }),
    onDragEnd: () => setDrag(undefined),
    cardRef: (id: number, el: HTMLElement | undefined) => { if (el) cards.current.set(id, el); else cards.current.delete(id); }
  }), []);

  const all: IDropdownOption = { key: '', text: strings.FilterAll };
  const filters = (
    <div className={classes.toolbar} role="group" aria-label={strings.FiltersLabel}>
      <Dropdown className={classes.filter} label={strings.FilterArea} selectedKey={filter.area ?? ''}
        options={[all, ...AREAS.map(a => ({ key: a, text: areaLabel(a, strings) }))]}
        onChange={(_, o) => setFilter(f => ({ ...f, area: (o?.key || undefined) as Area | undefined }))} />
      <Dropdown className={classes.filter} label={strings.FilterAssignee} selectedKey={filter.assigneeId === undefined ? '' : String(filter.assigneeId)}
        options={[all, { key: '0', text: strings.Unassigned }, ...people.map(([id, name]) => ({ key: String(id), text: name }))]}
        onChange={(_, o) => setFilter(f => ({ ...f, assigneeId: o?.key === '' || o === undefined ? undefined : Number(o.key) }))} />
      <Dropdown className={classes.filter} label={strings.FilterSource} selectedKey={filter.source ?? ''}
        options={[all, ...TASK_SOURCES.map(s => ({ key: s, text: sourceLabel(s, strings) }))]}
        onChange={(_, o) => setFilter(f => ({ ...f, source: (o?.key || undefined) as TaskSource | undefined }))} />
      <Dropdown className={classes.filter} label={strings.FilterStatus} selectedKey={filter.status ?? ''}
        options={[all, ...OPEN_TASK_STATUSES.map(s => ({ key: s, text: statusLabel(s, strings) }))]}
        onChange={(_, o) => setFilter(f => ({ ...f, status: (o?.key || undefined) as TaskStatus | undefined }))} />
      <Dropdown className={classes.filter} label={strings.FilterDue} selectedKey={filter.due ?? 'all'}
        options={DUE_FILTERS.map(d => ({ key: d, text: dueFilterLabel(d, strings) }))}
        onChange={(_, o) => setFilter(f => ({ ...f, due: (o?.key as DueFilter | undefined) === 'all' ? undefined : o?.key as DueFilter }))} />
      {Object.values(filter).some(v => v !== undefined) && (
        <button type="button" className={classes.small} onClick={() => setFilter({})}>{strings.ClearFilters}</button>
      )}
      <button type="button" className={classes.small} onClick={props.onReload} disabled={props.reloading}>{strings.Refresh}</button>
    </div>
  );

  if (open.length === 0) {
    return (
      <div className={classes.root}>
        <EmptyView title={strings.EmptyTitle} message={canAdd ? strings.EmptyText : strings.EmptyTextReader} />
        {canAdd && lanes.length > 0 && renderLanes()}
      </div>
    );
  }

  function renderLanes(): React.ReactNode {
    return lanes.map(lane => {
      const columns = (
        <div className={classes.columns}>
          {lane.columns.map(column => (
            <BoardColumn key={column.priority} column={column} lane={lane.key} headingLevel={lane.all ? 3 : 4} today={today} cap={cap}
              canEdit={canEdit} canAdd={canAdd} pending={board.pending} pinned={board.focusId ?? pinned} dragging={drag?.task} dragLane={drag?.lane}
              dragHintId="prioritering-drag-hint" onMove={callbacks.onMove} onDragStart={callbacks.onDragStart}
              onDragEnd={callbacks.onDragEnd} onSaved={callbacks.onSaved} cardRef={callbacks.cardRef}
              services={services} strings={strings} language={language} classes={classes} />
          ))}
        </div>
      );
      return lane.all ? <React.Fragment key="all">{columns}</React.Fragment> : (
        <section key={lane.key || 'none'} className={classes.lane} aria-labelledby={`prioritering-lane-${lane.key.replace(/\W+/g, '-') || 'none'}`}>
          <h3 id={`prioritering-lane-${lane.key.replace(/\W+/g, '-') || 'none'}`} className={classes.laneHeading}>{areaLabel(lane.key, strings)}</h3>
          {columns}
        </section>
      );
    });
  }

  const conflict = board.conflict;
  return (
    <div className={classes.root}>
      {filters}
      <p className={classes.note}>
        {format(strings.WindowNote, formatDay(data.from, language, { withYear: true }), formatDay(data.to, language, { withYear: true }))}
        {!canEdit && <> {strings.ReadOnlyNote}</>}
      </p>
      {props.reloading && <ProgressIndicator ariaLabel={strings.Loading} />}
      {props.reloadError !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning}>{friendlyError(props.reloadError, strings).message}</MessageBar>
      )}
      {notice && (
        <MessageBar messageBarType={notice.type === 'success' ? MessageBarType.success : MessageBarType.error} isMultiline={true}
          onDismiss={() => { setNotice(undefined); board.clearError(); }} dismissButtonAriaLabel={strings.Close}>
          {notice.text}
        </MessageBar>
      )}
      <BalanceBar tasks={shown} mustThreshold={properties.mustThreshold} strings={strings} language={language} classes={classes} />
      {canEdit && <p id="prioritering-drag-hint" className={hidden}>{strings.DragInstructions}</p>}
      <div role="region" aria-label={strings.BoardLabel}>
        {shown.length === 0 ? <p className={classes.none}>{strings.NoMatches}</p> : renderLanes()}
      </div>
      {conflict && (
        <ConfirmDialog title={strings.ConflictTitle} strings={strings}
          text={format(strings.ConflictText, conflict.task.title, boardPriority(conflict.current), conflict.to)}
          confirmText={strings.ConflictOverwrite} onConfirm={() => board.resolveConflict('overwrite')}
          secondary={{ text: strings.ConflictReload, onClick: () => { board.resolveConflict('reload').catch(() => undefined); } }}
          onDismiss={() => { board.resolveConflict('reload').catch(() => undefined); }} />
      )}
    </div>
  );
}
