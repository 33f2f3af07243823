import type { SPFI } from '@pnp/sp';
import type { IPersonRef } from '../../domain/models';

/** Finds people to put in person columns, and who the current user is. */
export interface IPeopleService {
  current(): Promise<IPersonRef>;
  /** Site users whose name or e-mail contains the text (people only, no groups). */
  search(text: string, max?: number): Promise<IPersonRef[]>;
  /** Makes sure a person (by e-mail or login) is a site user and returns the reference a person column stores. */
  ensure(loginOrEmail: string): Promise<IPersonRef>;
}

interface ISiteUser { Id: number; Title: string; Email?: string; LoginName?: string; PrincipalType?: number }

const toRef = (u: ISiteUser): IPersonRef => ({ id: u.Id, title: u.Title, email: u.Email || undefined });

/** People from the site's user information list. */
export class PeopleService implements IPeopleService {
  public constructor(private readonly sp: SPFI) {}

  public async current(): Promise<IPersonRef> {
    return toRef(await this.sp.web.currentUser.select('Id', 'Title', 'Email')());
  }

  public async search(text: string, max = 10): Promise<IPersonRef[]> {
    const needle = text.trim().replace(/'/g, "''");
    if (!needle) return [];
    const users: ISiteUser[] = await this.sp.web.siteUsers
      .select('Id', 'Title', 'Email', 'PrincipalType')
      .filter(`PrincipalType eq 1 and (substringof('${needle}',Title) or substringof('${needle}',Email))`)
      .top(max)();
    return users.map(toRef);
  }

  public async ensure(loginOrEmail: string): Promise<IPersonRef> {
    const login = loginOrEmail.includes('|') ? loginOrEmail : `i:0#.f|membership|${loginOrEmail}`;
    const result = await this.sp.web.ensureUser(login);
    return toRef(result as unknown as ISiteUser);
  }
}
