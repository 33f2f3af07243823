import * as React from 'react';
import type { IActivity, ITask, IsoDate } from '../../../../domain/models';
import type { IServices, IWheelData } from '../../../../services';
import { format } from '../../../../common/strings';
import { friendlyError } from '../../../../common/errorMessages';
import type { IWheelLoad } from '../../model/useWheelData';

/**
 * Changes this user made that the loaded data does not show yet (the reload after a write is still on its way):
 * applied on top of the data so the wheel never shows a deleted activity or an occurrence as not done meanwhile.
 */
export interface IPendingChanges {
  deleted: ReadonlySet<number>;
  done: readonly ITask[];
  undone: ReadonlySet<number>;
}

const NONE: IPendingChanges = { deleted: new Set(), done: [], undone: new Set() };

/** The wheel's data with the pending changes applied. */
export function withPending(data: IWheelData, pending: IPendingChanges): IWheelData {
  if (pending === NONE) return data;
  const known = new Set(data.doneOccurrences.map(t => t.id));
  return {
    ...data,
    activities: data.activities.filter(a => !pending.deleted.has(a.id)),
    doneOccurrences: [
      ...data.doneOccurrences.filter(t => !pending.undone.has(t.id)),
      ...pending.done.filter(t => !known.has(t.id) && !pending.undone.has(t.id))
    ]
  };
}

/** A short confirmation above the wheel (also announced), with an optional action such as »Fortryd«. */
export interface IChangeNotice {
  text: string;
  /** A failure (e.g. the undo did not go through): shown as an error. */
  error?: boolean;
  action?: { text: string; onClick: () => void };
}

/** Inputs of {@link useWheelChanges}. */
export interface IWheelChangesInput {
  services: IServices;
  load: IWheelLoad;
  today: IsoDate;
  strings: IAarshjulWebPartStrings;
  announce: (text: string) => void;
  onReload: () => void;
}

/** What the wheel's views do with their changes. */
export interface IWheelChanges {
  /** The loaded data with this user's pending changes applied. */
  load: IWheelLoad;
  notice: IChangeNotice | undefined;
  setNotice: (notice: IChangeNotice | undefined) => void;
  markDone(activity: IActivity, occurrence: IsoDate, title: string): Promise<ITask>;
  undoDone(task: ITask, title: string): Promise<void>;
  deleteActivity(activity: IActivity, etag?: string): Promise<void>;
}

/**
 * The Årshjul's writes beyond the form — mark done, undo, delete — through the application services, each followed
 * by a reload, with the change shown at once and a confirmation that says what happened.
 */
export function useWheelChanges(input: IWheelChangesInput): IWheelChanges {
  const { services, strings, announce, onReload, today } = input;
  const [pending, setPending] = React.useState<IPendingChanges>(NONE);
  const [notice, setNotice] = React.useState<IChangeNotice | undefined>();
  // Fresh data contains every change made before its request: nothing is pending any more.
  React.useEffect(() => setPending(NONE), [input.load]);

  const load = React.useMemo(() => (pending === NONE ? input.load : { ...input.load, data: withPending(input.load.data, pending) }),
    [input.load, pending]);

  const undoDone = React.useCallback(async (task: ITask, title: string): Promise<void> => {
    await services.wheelActions.undoOccurrenceDone(task);
    setPending(p => ({ ...p, done: p.done.filter(t => t.id !== task.id), undone: new Set([...p.undone, task.id]) }));
    const text = format(strings.MarkDoneUndone, title);
    setNotice({ text });
    announce(text);
    onReload();
  }, [services, strings, announce, onReload]);

  const markDone = React.useCallback(async (activity: IActivity, occurrence: IsoDate, title: string): Promise<ITask> => {
    const task = await services.wheelActions.markOccurrenceDone(activity, occurrence, today);
    setPending(p => ({ ...p, done: [...p.done, task], undone: new Set([...p.undone].filter(id => id !== task.id)) }));
    const text = format(strings.MarkDoneAnnouncement, title);
    const undo = (): void => {
      undoDone(task, title).catch((e: unknown) => setNotice({ text: friendlyError(e, strings).message, error: true }));
    };
    setNotice({ text, action: { text: strings.MarkDoneUndo, onClick: undo } });
    announce(text);
    onReload();
    return task;
  }, [services, strings, announce, onReload, today, undoDone]);

  const deleteActivity = React.useCallback(async (activity: IActivity, etag?: string): Promise<void> => {
    await services.wheelActions.deleteActivity(activity, etag);
    setPending(p => ({ ...p, deleted: new Set([...p.deleted, activity.id]) }));
    const text = format(strings.Deleted, activity.title);
    setNotice({ text });
    announce(text);
    onReload();
  }, [services, strings, announce, onReload]);

  return { load, notice, setNotice, markDone, undoDone, deleteActivity };
}
