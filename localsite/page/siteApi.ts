/**
 * The local site's control endpoints (`/_localsite/...`), which exist only on the local site: the demo users, and
 * resetting and re-seeding the data. Web parts never call these; the page's own chrome does.
 */

/** Where the page finds the site: injected by the server into the HTML, overridable with `?site=` and `?graph=`. */
export interface IPageConfig {
  /** Absolute URL of the SharePoint web, e.g. `http://localhost:4400/sites/os2`. */
  siteUrl: string;
  /** Graph root without the version, e.g. `http://localhost:4400/graph`. */
  graphRoot: string;
  /** Origin of the local site's control endpoints. */
  controlUrl: string;
}

/** A person who can sign in on the local page. */
export interface IDemoUser {
  email: string;
  title: string;
  jobTitle: string;
  /** SharePoint permission level on the site (FullControl, Edit, Read). */
  role: string;
}

declare global {
  interface Window {
    /** Written by the server into the page's HTML. */
    __LOCALSITE__?: Partial<IPageConfig>;
  }
}

/** The page's configuration: the server's defaults, then the query's `site`/`graph` overrides. */
export function readConfig(location: Location, injected: Partial<IPageConfig> | undefined): IPageConfig {
  const q = new URLSearchParams(location.search);
  const absolute = (value: string): string => new URL(value, location.origin).toString().replace(/\/+$/, '');
  return {
    siteUrl: absolute(q.get('site') ?? injected?.siteUrl ?? '/sites/os2'),
    graphRoot: absolute(q.get('graph') ?? injected?.graphRoot ?? '/graph'),
    controlUrl: absolute(injected?.controlUrl ?? location.origin)
  };
}

async function call<T>(config: IPageConfig, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${config.controlUrl}/_localsite/${path}`, {
    method,
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin'
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /_localsite/${path}: ${response.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

interface IRawUser { email?: string; mail?: string; title?: string; displayName?: string; jobTitle?: string; role?: string; canSignIn?: boolean }

/** The people the user switcher offers. */
export async function fetchUsers(config: IPageConfig): Promise<IDemoUser[]> {
  const raw = await call<IRawUser[] | { users?: IRawUser[]; value?: IRawUser[] }>(config, 'GET', 'users');
  const list = Array.isArray(raw) ? raw : raw.users ?? raw.value ?? [];
  return list
    .filter(u => u.canSignIn !== false && (u.email || u.mail))
    .map(u => ({
      email: (u.email ?? u.mail)!, title: u.title ?? u.displayName ?? (u.email ?? u.mail)!,
      jobTitle: u.jobTitle ?? '', role: u.role ?? ''
    }));
}

/** What a seed run reports (the seed module's report, as JSON). */
export interface ISeedSummary {
  /** Items created, over all lists. */
  items: number;
  /** Provisioning actions taken first. */
  provisioned: number;
  report?: unknown;
}

/** Wipes the local site's data (lists, items, events). */
export async function resetSite(config: IPageConfig): Promise<void> {
  await call<unknown>(config, 'POST', 'reset');
}

/** Provisions the lists and seeds the demo data set (`POST /_localsite/seed`, added by `localsite/start.ts`). */
export function seedSite(config: IPageConfig): Promise<ISeedSummary> {
  return call<ISeedSummary>(config, 'POST', 'seed', { size: 'demo' });
}
