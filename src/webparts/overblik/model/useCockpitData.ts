import * as React from 'react';
import type { IMeeting, IsoDate } from '../../../domain/models';
import type { CalendarSource, ICockpitData, IServices } from '../../../services';
import { useAsync, type IAsyncResult } from '../../../common/useAsync';
import { withConfigurationCheck } from '../../../common/notConfiguredError';
import { cockpitDataOf } from '../../../services/cockpit/CockpitDataService';
import { loadRRule } from '../../../domain/rruleLibrary';

export { NotConfiguredError } from '../../../common/notConfiguredError';

/** The cockpit's two loads, running in parallel. */
export interface ICockpitDataResult {
  /** The lists: one SharePoint request. */
  sharePoint: IAsyncResult<ICockpitData>;
  /** Outlook meetings of the horizon; `undefined` value when no calendar is set. */
  meetings: IAsyncResult<IMeeting[] | undefined>;
}

/**
 * Loads what the cockpit shows: one SharePoint request (`CockpitDataService.load`, a `$batch` across the lists) and,
 * when a calendar is set, the Graph pages of the horizon's meetings — started in the same effect pass, so they run in
 * parallel. A failure of Graph does not fail the cockpit: the meetings report their own error for a warning bar.
 * Only when the SharePoint load fails with 404 is `provisioning.status()` asked which lists are missing.
 */
export function useCockpitData(services: IServices, today: IsoDate, from: IsoDate, to: IsoDate, source: CalendarSource | undefined): ICockpitDataResult {
  const cockpit = React.useMemo(() => cockpitDataOf(services), [services]);
  const sharePoint = useAsync(signal => withConfigurationCheck(services, async () => {
    // Recurrences are expanded on the first screen: the recurrence library (not in the first-load bundle) is fetched
    // while the `$batch` is on the wire, and awaited only when a recurring activity came back.
    const recurrence = loadRRule();
    recurrence.catch(() => undefined);
    const data = await cockpit.load(today, from, to, signal);
    if (data.activities.some(a => a.repeat !== 'Ingen')) await recurrence;
    // The links shown with the data find their pages without a request of their own.
    services.links.prime(data.pageLinks);
    return data;
  }),
    [services, today, from, to]);
  const sourceKey = source ? JSON.stringify(source) : '';
  const meetings = useAsync(async signal => (source ? services.calendar.getMeetings(source, from, to, undefined, signal) : undefined),
    [services, from, to, sourceKey]);
  return { sharePoint, meetings };
}
