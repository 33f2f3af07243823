import type { IInquiryQueueData, IServices } from '../../../services';
import type { IsoDate } from '../../../domain/models';
import { useAsync, type IAsyncResult } from '../../../common/useAsync';

import { withConfigurationCheck } from '../../../common/notConfiguredError';

export { NotConfiguredError } from '../../../common/notConfiguredError';

/**
 * The queue's data: one SharePoint request (`services.inquiries.loadQueue`, a `$batch`). Only when it fails with 404
 * is `provisioning.status()` asked which lists are missing.
 */
export function useQueueData(services: IServices, today: IsoDate): IAsyncResult<IInquiryQueueData> {
  return useAsync(signal => withConfigurationCheck(services, () => services.inquiries.loadQueue(today, signal)), [services, today]);
}
