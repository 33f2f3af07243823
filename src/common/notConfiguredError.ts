import { classifyError, type IServices } from '../services';

/**
 * A web part's first load found its lists or a column missing: the four-state root shows the not-configured view
 * (with »Opret lister« / »Reparér lister« for an owner) instead of an error. One class for every web part.
 */
export class NotConfiguredError extends Error {
  public constructor(public readonly missingLists: string[], public readonly missingColumn?: string) {
    super(missingColumn ? `Missing column: ${missingColumn}` : `Missing lists: ${missingLists.join(', ')}`);
    this.name = 'NotConfiguredError';
    Object.setPrototypeOf(this, NotConfiguredError.prototype);
  }
}

/**
 * Runs a web part's first load and turns "the lists are not there" into {@link NotConfiguredError}: only after a 404
 * is `provisioning.status()` asked which lists are missing, so a normal first render costs nothing extra; a column
 * deleted in SharePoint (`listSchema`) offers the owner »Reparér lister« and everybody else a clear message.
 */
export async function withConfigurationCheck<T>(services: Pick<IServices, 'provisioning'>, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const classified = classifyError(error);
    if (classified.kind === 'notFound') {
      const status = await services.provisioning.status();
      if (!status.ready) throw new NotConfiguredError(status.missingLists);
    }
    if (classified.kind === 'listSchema') throw new NotConfiguredError([], classified.column);
    throw error;
  }
}
