import { PrincipalSource, PrincipalType, type SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import '@pnp/sp/site-users/web';
import type { IPeoplePickerEntity } from '@pnp/sp/profiles';
import type { IPersonRef } from '../../domain/models';

/**
 * A person the people search found: someone in the organisation's directory, who need not be a user of the site yet.
 * A person column stores a site user id, so a candidate is turned into an `IPersonRef` with `ensure(key)`.
 */
export interface IPersonCandidate {
  /** The claims login name (`i:0#.f|membership|<upn>`): what `ensure()` takes. */
  key: string;
  title: string;
  email?: string;
  jobTitle?: string;
}

/** Finds people to put in person columns, and who the current user is. */
export interface IPeopleService {
  current(): Promise<IPersonRef>;
  /**
   * People (no groups) in the directory whose name or e-mail starts with the text — SharePoint's people picker
   * search, so colleagues who are not site users yet are found too.
   */
  search(text: string, max?: number): Promise<IPersonCandidate[]>;
  /**
   * Makes sure a person (by login name or e-mail) is a site user — adding them to the site if needed, which takes
   * the right to add or edit items — and returns the reference a person column stores.
   */
  ensure(loginOrEmail: string): Promise<IPersonRef>;
}

interface ISiteUser { Id: number; Title: string; Email?: string; LoginName?: string; PrincipalType?: number }

const toRef = (u: ISiteUser): IPersonRef => ({ id: u.Id, title: u.Title, email: u.Email || undefined });

const toCandidate = (e: IPeoplePickerEntity): IPersonCandidate => ({
  key: e.Key, title: e.DisplayText, email: e.EntityData?.Email || e.Description || undefined,
  jobTitle: e.EntityData?.Title || undefined
});

/**
 * People through SharePoint: the people picker web service for search (what SharePoint's own picker and PnP's
 * PeoplePicker call), `ensureUser` for the site user id.
 */
export class PeopleService implements IPeopleService {
  public constructor(private readonly sp: SPFI) {}

  public async current(): Promise<IPersonRef> {
    return toRef(await this.sp.web.currentUser.select('Id', 'Title', 'Email')());
  }

  public async search(text: string, max = 10): Promise<IPersonCandidate[]> {
    const query = text.trim();
    if (!query) return [];
    const entities = await this.sp.profiles.clientPeoplePickerSearchUser({
      QueryString: query, MaximumEntitySuggestions: max, AllowEmailAddresses: false, AllowOnlyEmailAddresses: false,
      PrincipalSource: PrincipalSource.All, PrincipalType: PrincipalType.User, SharePointGroupID: 0
    });
    // Only resolved people: an unresolved entry (an unvalidated e-mail address) cannot be ensured.
    return entities.filter(e => e.IsResolved && e.EntityType === 'User').map(toCandidate);
  }

  public async ensure(loginOrEmail: string): Promise<IPersonRef> {
    const login = loginOrEmail.includes('|') ? loginOrEmail : `i:0#.f|membership|${loginOrEmail}`;
    const result = await this.sp.web.ensureUser(login);
    return toRef(result as unknown as ISiteUser);
  }
}
