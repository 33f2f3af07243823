import type { ITaskBoardData, IServices } from '../../../services';
import type { IsoDate } from '../../../domain/models';
import { useAsync, type IAsyncResult } from '../../../common/useAsync';
import { withConfigurationCheck } from '../../../common/notConfiguredError';
import type { IPrioriteringWebPartProps } from '../IPrioriteringWebPartProps';

export { NotConfiguredError } from '../../../common/notConfiguredError';

/**
 * The board's data: one SharePoint request (`services.taskBoard.load`, a `$batch`). Only when it fails with 404 is
 * `provisioning.status()` asked which lists are missing.
 */
export function useBoardData(services: IServices, today: IsoDate, properties: IPrioriteringWebPartProps): IAsyncResult<ITaskBoardData> {
  const { monthsBack, monthsAhead } = properties;
  return useAsync(signal => withConfigurationCheck(services,
    () => services.taskBoard.load(today, { monthsBack: monthsBack ?? 12, monthsAhead: monthsAhead ?? 12 }, signal)),
  [services, today, monthsBack, monthsAhead]);
}
