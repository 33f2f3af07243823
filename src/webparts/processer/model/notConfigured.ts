import { classifyError, type IServices } from '../../../services';

/** The site lacks the solution's lists, or a column of them: "not configured" or "repair". */
export class NotConfiguredError extends Error {
  public constructor(public readonly missingLists: string[], public readonly missingColumn?: string) {
    super(missingColumn ? `Missing column: ${missingColumn}` : `Missing lists: ${missingLists.join(', ')}`);
    this.name = 'NotConfiguredError';
    Object.setPrototypeOf(this, NotConfiguredError.prototype);
  }
}

/**
 * Runs a load and turns "the lists are not there" into {@link NotConfiguredError}: only after a 404 is
 * `provisioning.status()` asked which lists are missing, so a normal first render costs nothing extra.
 */
export async function withConfigurationCheck<T>(services: IServices, load: () => Promise<T>): Promise<T> {
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
