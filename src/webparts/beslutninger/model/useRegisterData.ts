import { classifyError, type IDecisionRegisterData, type IServices } from '../../../services';
import { useAsync, type IAsyncResult } from '../../../common/useAsync';
import type { IsoDate } from '../../../domain/models';

/** The site lacks the lists (or a column of them): the web part offers »Opret lister« or »Reparér lister«. */
export class RegisterNotConfiguredError extends Error {
  public constructor(public readonly missingLists: string[], public readonly missingColumn?: string) {
    super(missingColumn ? `Missing column: ${missingColumn}` : `Missing lists: ${missingLists.join(', ')}`);
    this.name = 'RegisterNotConfiguredError';
    Object.setPrototypeOf(this, RegisterNotConfiguredError.prototype);
  }
}

/**
 * Loads a year of the register: one SharePoint request. Only when it fails with 404 is provisioning asked which
 * lists are missing, so "not configured" costs nothing on a normal first render.
 */
export function useRegisterData(services: IServices, year: number, today: IsoDate, windowDays: number): IAsyncResult<IDecisionRegisterData> {
  return useAsync(async signal => {
    try {
      return await services.decisions.load(year, today, windowDays, signal);
    } catch (error) {
      const classified = classifyError(error);
      if (classified.kind === 'notFound') {
        const status = await services.provisioning.status();
        if (!status.ready) throw new RegisterNotConfiguredError(status.missingLists);
      }
      if (classified.kind === 'listSchema') throw new RegisterNotConfiguredError([], classified.column);
      throw error;
    }
  }, [services, year, today, windowDays]);
}
