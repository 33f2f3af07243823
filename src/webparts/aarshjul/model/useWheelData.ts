import type { IMeeting } from '../../../domain/models';
import type { IDayRange } from '../../../domain/wheel';
import { classifyError, type CalendarSource, type IMeetingFilter, type IServices, type IWheelData } from '../../../services';
import { useAsync, type IAsyncResult } from '../../../common/useAsync';

/** Thrown by the wheel's load when the site lacks the solution's lists: the view shows "not configured". */
export class NotConfiguredError extends Error {
  public constructor(public readonly missingLists: string[]) {
    super(`Listerne mangler: ${missingLists.join(', ')}`);
    this.name = 'NotConfiguredError';
    Object.setPrototypeOf(this, NotConfiguredError.prototype);
  }
}

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
  const sharePoint = useAsync<IWheelLoad>(async () => {
    try {
      return { range, data: await services.wheel.load(range.from, range.to) };
    } catch (error) {
      if (classifyError(error).kind === 'notFound') {
        const status = await services.provisioning.status();
        if (!status.ready) throw new NotConfiguredError(status.missingLists);
      }
      throw error;
    }
  }, [services, range.from, range.to]);

  const sourceKey = source ? JSON.stringify(source) : '';
  const meetings = useAsync<IMeetingsLoad>(async () => ({
    range,
    meetings: source ? await services.calendar.getMeetings(source, range.from, range.to, filter) : undefined
  }), [services, range.from, range.to, sourceKey, filter.category, filter.subjectContains]);

  return { sharePoint, meetings };
}
