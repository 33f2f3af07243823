import * as React from 'react';
import type { ITask, Priority } from '../../../domain/models';
import { boardPriority, planMove, replaceTask } from '../../../domain/cockpit';
import { ConcurrencyError, type IServices, type ITaskBoardData } from '../../../services';
import { friendlyError } from '../../../common/errorMessages';
import { format } from '../../../common/strings';

/** A move that met someone else's change: the task as moved from, where to, and the task as it is now. */
export interface IMoveConflict {
  task: ITask;
  to: Priority;
  current: ITask;
}

/** What {@link useBoardTasks} returns. */
export interface IBoardTasks {
  /** The loaded tasks with every move, estimate and quick-add of this session applied. */
  tasks: readonly ITask[];
  /** Ids of cards whose move is being saved. */
  pending: ReadonlySet<number>;
  /** The card that should have focus after a move (it changed column, so its element is a new one). */
  focusId: number | undefined;
  /** Moves focus to a card (a deep link `?koordinator=opgave:N`). */
  focus(id: number): void;
  clearFocus(): void;
  conflict: IMoveConflict | undefined;
  /** The last failure, worded; cleared by the next successful move. */
  error: string | undefined;
  clearError(): void;
  move(task: ITask, to: Priority): Promise<void>;
  resolveConflict(choice: 'reload' | 'overwrite'): Promise<void>;
  /** A task saved elsewhere on the board (estimate, quick-add): shown at once. */
  put(task: ITask, focus?: boolean): void;
}

/**
 * The board's tasks as this session changed them. A move is shown at once and saved as a partial update of Priority
 * with the ETag; when it fails the card goes back to its column with a message, and a conflict (someone changed the
 * task) waits for the user's choice: the new version, or the move saved anyway over it.
 */
export function useBoardTasks(data: ITaskBoardData, services: IServices, strings: IPrioriteringWebPartStrings,
  announce: (text: string) => void): IBoardTasks {
  const [tasks, setTasks] = React.useState<readonly ITask[]>(data.tasks);
  const [pending, setPending] = React.useState<ReadonlySet<number>>(new Set());
  const [focusId, setFocusId] = React.useState<number>();
  const [conflict, setConflict] = React.useState<IMoveConflict>();
  const [error, setError] = React.useState<string>();
  React.useEffect(() => { setTasks(data.tasks); }, [data]);

  const setBusy = (id: number, busy: boolean): void => setPending(p => {
    const next = new Set(p);
    if (busy) next.add(id); else next.delete(id);
    return next;
  });

  const move = async (task: ITask, to: Priority, etag = task.etag): Promise<void> => {
    if ('refused' in planMove(task, to)) return;
    const from = boardPriority(task);
    setBusy(task.id, true);
    setTasks(ts => replaceTask(ts, { ...task, priority: to }));
    setFocusId(task.id);
    announce(format(strings.MoveSaving, task.title, to));
    try {
      const saved = await services.taskBoard.move(task, to, etag);
      setTasks(ts => replaceTask(ts, saved));
      setError(undefined);
      announce(format(strings.MoveDone, task.title, to));
    } catch (e) {
      setTasks(ts => replaceTask(ts, task));
      setFocusId(task.id);
      if (e instanceof ConcurrencyError && e.current) {
        setConflict({ task, to, current: e.current as ITask });
        announce(strings.ConflictTitle);
      } else {
        const text = format(strings.MoveFailed, task.title, from, friendlyError(e, strings).message);
        setError(text);
        announce(text);
      }
    } finally {
      setBusy(task.id, false);
    }
  };

  const resolveConflict = async (choice: 'reload' | 'overwrite'): Promise<void> => {
    if (!conflict) return;
    const { current, to } = conflict;
    setConflict(undefined);
    setTasks(ts => replaceTask(ts, current));
    setFocusId(current.id);
    if (choice === 'reload') {
      announce(format(strings.ConflictReloaded, current.title, boardPriority(current)));
      return;
    }
    await move(current, to, current.etag);
  };

  const put = (task: ITask, focus = false): void => {
    setTasks(ts => (ts.some(t => t.id === task.id) ? replaceTask(ts, task) : [...ts, task]));
    if (focus) setFocusId(task.id);
  };

  return {
    tasks, pending, focusId, focus: setFocusId, clearFocus: () => setFocusId(undefined), conflict, error, clearError: () => setError(undefined),
    move, resolveConflict, put
  };
}
