import type { IDecisionRegisterData, IServices } from '../../../services';
import { useAsync, type IAsyncResult } from '../../../common/useAsync';
import type { IsoDate } from '../../../domain/models';

import { withConfigurationCheck } from '../../../common/notConfiguredError';

export { NotConfiguredError } from '../../../common/notConfiguredError';

/**
 * Loads a year of the register: one SharePoint request. Only when it fails with 404 is provisioning asked which
 * lists are missing, so "not configured" costs nothing on a normal first render.
 */
export function useRegisterData(services: IServices, year: number, today: IsoDate, windowDays: number): IAsyncResult<IDecisionRegisterData> {
  return useAsync(signal => withConfigurationCheck(services, () => services.decisions.load(year, today, windowDays, signal)), [services, year, today, windowDays]);
}
