import { classifyError, type IInquiryQueueData, type IServices } from '../../../services';
import type { IsoDate } from '../../../domain/models';
import { useAsync, type IAsyncResult } from '../../../common/useAsync';

/** The site lacks the lists (or a column of them): »Opret lister« / »Reparér lister«. */
export class NotConfiguredError extends Error {
  public constructor(public readonly missingLists: string[], public readonly missingColumn?: string) {
    super(missingColumn ? `Missing column: ${missingColumn}` : `Missing lists: ${missingLists.join(', ')}`);
    this.name = 'NotConfiguredError';
    Object.setPrototypeOf(this, NotConfiguredError.prototype);
  }
}

/**
 * The queue's data: one SharePoint request (`services.inquiries.loadQueue`, a `$batch`). Only when it fails with 404
 * is `provisioning.status()` asked which lists are missing.
 */
export function useQueueData(services: IServices, today: IsoDate): IAsyncResult<IInquiryQueueData> {
  return useAsync(async signal => {
    try {
      return await services.inquiries.loadQueue(today, signal);
    } catch (error) {
      const classified = classifyError(error);
      if (classified.kind === 'notFound') {
        const status = await services.provisioning.status();
        if (!status.ready) throw new NotConfiguredError(status.missingLists);
      }
      if (classified.kind === 'listSchema') throw new NotConfiguredError([], classified.column);
      throw error;
    }
  }, [services, today]);
}
