import type { IMeeting } from '../../../domain/models';
import type { IDayRange } from '../../../domain/wheel';
import * as React from 'react';
import { filterMeetings, type CalendarSource, type IMeetingFilter, type IServices, type IWheelData
} from '../../../services';
import { useAsync, type IAsyncResult } from '../../../common/useAsync';
import { loadRRule } from '../../../domain/rruleLibrary';
import { prepareAgendaOrder } from '../../../domain/meetings';
import { nextTask } from '../../../common/nextTask';


import { withConfigurationCheck } from '../../../common/notConfiguredError';

export { NotConfiguredError } from '../../../common/notConfiguredError';

/** SharePoint data together with the range it was loaded for, so a view never pairs last year's data with this year. */
export interface IWheelLoad {
  range: IDayRange;
  data: IWheelData;
}

/** Meetings together with the range they were loaded for; `undefined` meetings when the ring is off. */
export interface IMeetingsLoad {
  range: IDayRange;
  meetings: IMeeting[] | undefined;
}

/** The two loads of the wheel, running in parallel. */
export interface IWheelDataResult {
  sharePoint: IAsyncResult<IWheelLoad>;
  meetings: IAsyncResult<IMeetingsLoad>;
}

/**
 * Loads what the wheel shows for a range: one SharePoint request (`services.wheel.load`, a `$batch`) and, when a
 * calendar is configured, the Graph pages of meetings — started in the same effect pass, so they run in parallel. A
 * failure of Graph does not fail the wheel: the meetings load reports its own error for a warning bar.
 *
 * "Not configured" costs nothing on a normal first render: only when the load fails with 404 is
 * `provisioning.status()` asked which lists are missing.
 */
export function useWheelData(
  services: IServices, range: IDayRange, source: CalendarSource | undefined, filter: IMeetingFilter
): IWheelDataResult {
  const sharePoint = useAsync<IWheelLoad>(async signal => {
    return withConfigurationCheck(services, async () => {
      // The recurrence library is not in the first-load bundle: its chunk is fetched while the `$batch` is on the
      // wire, and awaited only when the year holds a recurring activity.
      const recurrence = loadRRule();
      recurrence.catch(() => undefined);
      // A stale year (another chosen, or the web part gone) is aborted on the wire.
      const loading = services.wheel.load(range.from, range.to, signal);
      // While it is: the collator »Næste« orders by (the first costs the runtime its collation data), in a task of its
      // own, so neither this render nor the first one after the data pays for it.
      const timer = setTimeout(() => prepareAgendaOrder(), 0);
      signal.addEventListener('abort', () => clearTimeout(timer));
      const data = await loading;
      if (data.activities.some(a => a.repeat !== 'Ingen')) await recurrence;
      // The response was parsed and mapped in this task; the wheel is derived from it in the next (see useStaged).
      await nextTask();
      return { range, data };
    });
  }, [services, range.from, range.to]);

  const sourceKey = source ? JSON.stringify(source) : '';
  const loaded = useAsync<IMeetingsLoad>(async signal => ({
    range,
    meetings: source ? await services.calendar.getMeetings(source, range.from, range.to, undefined, signal) : undefined
  }), [services, range.from, range.to, sourceKey]);
  // The Outlook category and subject narrow the loaded meetings in memory: no Graph pages are fetched again.
  const value = loaded.value;
  const { category, subjectContains } = filter;
  const filtered = React.useMemo(() => (value?.meetings && (category || subjectContains)
    ? { ...value, meetings: filterMeetings(value.meetings, { category, subjectContains }) } : value),
  [value, category, subjectContains]);
  return { sharePoint, meetings: { ...loaded, value: filtered } };
}
