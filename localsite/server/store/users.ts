/**
 * The fixed directory of the local site — demo people, colleagues and municipal contacts who are not site users yet,
 * the shared mailbox, the board's Microsoft 365 group — and the permission levels they hold on the site.
 */

/** A SharePoint permission level as the site uses it. */
export type SiteRole = 'FullControl' | 'Edit' | 'Read' | 'None';

/** SharePoint's SP.BasePermissions: two 32-bit masks. */
export interface IBasePermissions { High: number; Low: number; }

/** A principal of the directory (Entra ID as Graph and the people picker see it), site user or not. */
export interface IPrincipal {
  /** Claims login name (`i:0#.f|membership|<upn>`, or a group's claim). */
  loginName: string;
  title: string;
  email: string;
  jobTitle: string;
  /** Department (the people picker's EntityData.Department). */
  department?: string;
  /** Permission level on the site; `None` for people who have none (they can be site users all the same). */
  role: SiteRole;
  /** 1 = user, 4 = security group (SharePoint PrincipalType). */
  principalType: 1 | 4;
  /** Graph object id (a GUID). */
  graphId: string;
  kind: 'person' | 'mailbox' | 'group' | 'system';
  isSiteAdmin: boolean;
  /** People that can sign in on the local page (the user switcher lists these). */
  canSignIn: boolean;
  /**
   * The site user id of a principal that is a site user from the start. Everyone else in the directory becomes a site
   * user only through `ensureUser` or `siteUsers.add`, and then gets the next free id.
   */
  siteUserId?: number;
}

/** A principal that is a user of the site: in its user information list, with the id person columns store. */
export interface ISiteUser extends IPrincipal {
  /** Site user id (SharePoint `Id`, what `<Person>Id` fields store). */
  id: number;
}

const claim = (email: string): string => `i:0#.f|membership|${email}`;
const person = (id: number, email: string, title: string, jobTitle: string, role: SiteRole, isSiteAdmin = false): IPrincipal => ({
  siteUserId: id, loginName: claim(email), title, email, jobTitle, department: 'OS2 Sekretariat', role, principalType: 1,
  graphId: `0f5a${id.toString(16).padStart(4, '0')}-0000-4000-8000-00000000${id.toString(16).padStart(4, '0')}`,
  kind: 'person', isSiteAdmin, canSignIn: true
});
/** A person in the directory who is not a user of the site (yet) and has no permissions on it. */
const colleague = (n: number, email: string, title: string, jobTitle: string, department: string): IPrincipal => ({
  loginName: claim(email), title, email, jobTitle, department, role: 'None', principalType: 1,
  graphId: `0f5b${n.toString(16).padStart(4, '0')}-0000-4000-8000-0000000d${n.toString(16).padStart(4, '0')}`,
  kind: 'person', isSiteAdmin: false, canSignIn: false
});

/** The Microsoft 365 group "OS2 Bestyrelse" (its calendar is served by Graph). */
export const BOARD_GROUP = {
  id: 'b0a2d000-0000-4000-8000-00000000b0a2',
  displayName: 'OS2 Bestyrelse',
  mail: 'bestyrelse@os2.eu',
  description: 'Bestyrelsen for OS2 — fælles kalender og dokumenter.',
  /** Site user ids of its members (everyone who can sign in). */
  memberIds: [7, 8, 9, 10, 11]
};

/**
 * Who has full access to the shared mailbox `sekretariat@os2.eu` (site user ids): the secretariat — Mette, Lars and
 * Jonas. Its calendar is shared with everyone; its mail is not, so Graph answers the others' mail requests with 403.
 */
export const SHARED_MAILBOX_DELEGATES: readonly number[] = [7, 8, 10];

/**
 * The directory: every principal Graph and the people picker know. Those with a `siteUserId` (ids 1 and 7–13, fixed
 * so tests and seeded data can refer to them) are site users from the start; the rest are people of the tenant who
 * are not users of this site until someone ensures them.
 */
export const DIRECTORY: readonly IPrincipal[] = [
  {
    siteUserId: 1, loginName: 'i:0#.w|sharepoint\\system', title: 'System Account', email: '', jobTitle: '', role: 'FullControl',
    principalType: 1, graphId: '', kind: 'system', isSiteAdmin: true, canSignIn: false
  },
  person(7, 'mette.kjaer@os2.eu', 'Mette Kjær', 'Forretningskoordinator', 'FullControl', true),
  person(8, 'lars.holm@os2.eu', 'Lars Holm', 'Sekretariatschef', 'FullControl'),
  { ...person(9, 'anne.sorensen@os2.eu', 'Anne Sørensen', 'Bestyrelsesmedlem', 'Edit'), department: 'Bestyrelsen' },
  person(10, 'jonas.berg@os2.eu', 'Jonas Berg', 'Kommunikationskonsulent', 'Edit'),
  person(11, 'sofie.dahl@os2.eu', 'Sofie Dahl', 'Læser', 'Read'),
  {
    ...person(12, 'sekretariat@os2.eu', 'OS2 Sekretariat', 'Delt postkasse', 'None'),
    kind: 'mailbox', canSignIn: false
  },
  {
    siteUserId: 13, loginName: `c:0o.c|federateddirectoryclaimprovider|${BOARD_GROUP.id}`, title: BOARD_GROUP.displayName,
    email: BOARD_GROUP.mail, jobTitle: '', role: 'None', principalType: 4, graphId: BOARD_GROUP.id, kind: 'group',
    isSiteAdmin: false, canSignIn: false
  },
  colleague(1, 'karen.mikkelsen@os2.eu', 'Karen Mikkelsen', 'Projektleder', 'OS2 Sekretariat'),
  colleague(2, 'henrik.norgaard@os2.eu', 'Henrik Nørgaard', 'Digitaliseringskonsulent, Aarhus Kommune', 'Aarhus Kommune'),
  colleague(3, 'birgitte.skov@os2.eu', 'Birgitte Skov', 'IT-arkitekt, Odense Kommune', 'Odense Kommune'),
  colleague(4, 'pia.mortensen@os2.eu', 'Pia Mortensen', 'Kontaktperson, Vejle Kommune', 'Vejle Kommune')
];

/** The site users the site starts with (and returns to on reset). */
export const INITIAL_SITE_USERS: readonly ISiteUser[] = DIRECTORY
  .filter((p): p is IPrincipal & { siteUserId: number } => p.siteUserId !== undefined)
  .map(p => ({ ...p, id: p.siteUserId }));

/** Who is signed in when a request names nobody. */
export const DEFAULT_USER_EMAIL = 'mette.kjaer@os2.eu';

/**
 * SharePoint's real masks for the built-in levels, so PnPjs's `hasPermissions(perms, PermissionKind.X)` answers as
 * it would online (Edit = Contribute + ManageLists; Read includes the self-service site creation bit).
 */
export const ROLE_PERMISSIONS: Record<SiteRole, IBasePermissions> = {
  FullControl: { High: 2147483647, Low: 4294967295 },
  Edit: { High: 432, Low: 1011030767 },
  Read: { High: 176, Low: 138612833 },
  None: { High: 0, Low: 0 }
};

/** The PermissionKind values the server itself checks (numbers as in PnPjs's `PermissionKind`). */
export const PermissionKind = { ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ManageLists: 12 } as const;

/** Same arithmetic as PnPjs's `hasPermissions` (security/funcs.js): kind n tests bit n-1 of Low, or of High above 32. */
export function hasPermission(perms: IBasePermissions, kind: number): boolean {
  const bit = kind - 1;
  // eslint-disable-next-line no-bitwise
  if (bit >= 0 && bit < 32) return ((perms.Low >>> 0) & ((1 << bit) >>> 0)) !== 0;
  // eslint-disable-next-line no-bitwise
  if (bit >= 32 && bit < 64) return (perms.High & (1 << (bit - 32))) !== 0;
  return false;
}
