import type { SPFI } from '@pnp/sp';
import type { IPersonRef } from '../domain/models';
import type { IPeopleService, IPersonCandidate } from './people/PeopleService';
import type { IProvisioningAction, IProvisioningService, IProvisioningStatus } from './provisioning/ProvisioningService';

/** A value made on first use by an asynchronous factory (a dynamic `import()`); a failed load is tried again next time. */
function onDemand<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending = pending ?? make().catch((e: unknown) => { pending = undefined; throw e; });
    return pending;
  };
}

/**
 * Provisioning, loaded when it is first needed (a site without the lists, or »Reparér lister»): its PnPjs field and
 * view modules are not part of a web part's first-load bundle.
 */
export class OnDemandProvisioningService implements IProvisioningService {
  private readonly real: () => Promise<IProvisioningService>;

  public constructor(sp: SPFI, webUrl: string) {
    this.real = onDemand(() => import(/* webpackChunkName: 'provisioning' */ './provisioning/ProvisioningService')
      .then(m => new m.ProvisioningService(sp, webUrl)));
  }

  public async status(): Promise<IProvisioningStatus> { return (await this.real()).status(); }
  public async canProvision(): Promise<boolean> { return (await this.real()).canProvision(); }
  public async provision(onProgress?: (action: IProvisioningAction) => void): Promise<IProvisioningAction[]> {
    return (await this.real()).provision(onProgress);
  }
}

/** The people search and `ensureUser`, loaded when a form first needs them (its PnPjs modules with it). */
export class OnDemandPeopleService implements IPeopleService {
  private readonly real: () => Promise<IPeopleService>;

  public constructor(sp: SPFI) {
    this.real = onDemand(() => import(/* webpackChunkName: 'people' */ './people/PeopleService').then(m => new m.PeopleService(sp)));
  }

  public async current(): Promise<IPersonRef> { return (await this.real()).current(); }
  public async search(text: string, max?: number): Promise<IPersonCandidate[]> { return (await this.real()).search(text, max); }
  public async ensure(loginOrEmail: string): Promise<IPersonRef> { return (await this.real()).ensure(loginOrEmail); }
}
