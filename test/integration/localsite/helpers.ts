import { InjectHeaders, type HttpRequestError } from '@pnp/queryable';
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
import { DateTimeFieldFormatType } from '@pnp/sp/fields';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import type { ILocalSite } from '../../../localsite/server';

/** The demo people by first name. */
export const USERS = {
  mette: 'mette.kjaer@os2.eu',
  lars: 'lars.holm@os2.eu',
  anne: 'anne.sorensen@os2.eu',
  jonas: 'jonas.berg@os2.eu',
  sofie: 'sofie.dahl@os2.eu'
} as const;

/** The real PnPjs, as the project configures it outside SPFx, signed in as `email`. */
export function spFor(site: ILocalSite, email: string = USERS.mette): SPFI {
  return spfi(site.siteUrl).using(SPBrowser({ baseUrl: site.siteUrl }), InjectHeaders({ 'X-LocalSite-User': email }));
}

/** SharePoint's error body in minimal and no metadata. */
export interface ISpError { 'odata.error': { code: string; message: { lang: string; value: string } }; }

/** Graph's error body. */
export interface IGraphError { error: { code: string; message: string }; }

/**
 * A response read whole. `json` is the parsed body (undefined when the body is empty or not JSON), of the type the
 * caller expects: `raw<ISpError>(...)`; unknown when the test only compares it whole.
 */
export interface IRaw<T = unknown> { status: number; headers: Headers; text: string; json: T; }

/** How `raw()` signs a request in. */
export interface IRawInit {
  body?: string | object;
  headers?: Record<string, string>;
  /**
   * Who the request is from, by `X-LocalSite-User` (the local stand-in for a bearer token, which needs no form
   * digest). Default Mette, unless `headers` already carries a Cookie or an X-LocalSite-User; `null` sends neither,
   * which the site treats as an anonymous browser session of the default user (so its writes need a digest).
   */
  user?: string | null;
}

/** A plain fetch against the site, for what PnPjs cannot send (malformed input, verbose reads, odd verbs). */
export async function raw<T = unknown>(site: ILocalSite, method: string, path: string, init: IRawInit = {}): Promise<IRaw<T>> {
  const url = path.startsWith('http') ? path : `${site.url}${path.startsWith('/') ? '' : '/'}${path}`;
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  const given = Object.keys(init.headers ?? {}).map(k => k.toLowerCase());
  const signedIn = given.includes('cookie') || given.includes('x-localsite-user');
  const user = init.user === undefined ? (signedIn ? null : USERS.mette) : init.user;
  const res = await fetch(url, {
    method, body, headers: {
      Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8',
      ...(user ? { 'X-LocalSite-User': user } : {}), ...init.headers
    }
  });
  const text = await res.text();
  let json: unknown;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status: res.status, headers: res.headers, text, json: json as T };
}

/** A form digest for a cookie (or anonymous) session, from `POST _api/contextinfo` as a browser gets it. */
export async function digestFor(site: ILocalSite, cookie?: string): Promise<string> {
  const res = await raw<{ FormDigestValue: string }>(site, 'POST', '/sites/os2/_api/contextinfo',
    cookie ? { headers: { Cookie: cookie } } : { user: null });
  if (res.status !== 200) throw new Error(`contextinfo: ${res.status} ${res.text}`);
  return res.json.FormDigestValue;
}

/** An error as a body details it: SharePoint's message is `{ lang, value }`; plain text is taken too. */
interface IErrorDetail { code?: string; message?: string | { lang?: string; value?: string }; }

/** The odata.error (or verbose error) of a failed PnPjs call, with its status. */
export async function failure(p: Promise<unknown>): Promise<{ status: number; code?: string; message?: string }> {
  try {
    await p;
  } catch (e: unknown) {
    // PnPjs rejects with an HttpRequestError: the status, and the Response it has not consumed.
    const { status, response } = e as HttpRequestError;
    const text = response ? await response.clone().text() : '';
    const body: { 'odata.error'?: IErrorDetail; error?: IErrorDetail } = text ? JSON.parse(text) : {};
    const err = body['odata.error'] ?? body.error ?? {};
    return { status, code: err.code, message: typeof err.message === 'object' ? err.message?.value : err.message };
  }
  throw new Error('expected the call to fail');
}

/**
 * A list with one column of each kind the project uses. Built with PnPjs exactly as provisioning would;
 * returns the list title.
 */
export async function createTestList(sp: SPFI, title: string, lookupTarget?: string): Promise<string> {
  await sp.web.lists.add(title, 'Test', 100, false, { EnableVersioning: true });
  const list = sp.web.lists.getByTitle(title);
  await list.fields.addText('Code', { MaxLength: 50 });
  await list.fields.addMultilineText('Notes', { RichText: false });
  await list.fields.addDateTime('StartDate', { Indexed: true, DisplayFormat: DateTimeFieldFormatType.DateTime });
  await list.fields.addDateTime('Day', { DisplayFormat: DateTimeFieldFormatType.DateOnly });
  await list.fields.addChoice('Status', { Choices: ['Ny', 'I gang', 'Færdig'], Indexed: true });
  await list.fields.addMultiChoice('Tags', { Choices: ['a', 'b', 'c'] });
  await list.fields.addNumber('Score', { MinimumValue: 0, MaximumValue: 100 });
  await list.fields.addBoolean('Active');
  await list.fields.addUser('Owner', { Indexed: true });
  await list.fields.addUrl('Link');
  if (lookupTarget) {
    const target = await sp.web.lists.getByTitle(lookupTarget).select('Id')();
    await list.fields.addLookup('Parent', { LookupListId: target.Id, LookupFieldName: 'Title' });
  }
  return title;
}
