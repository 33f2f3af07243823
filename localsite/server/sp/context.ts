import type { SiteStore } from '../store';
import type { Props } from '../store/types';
import type { ISiteUser } from '../store/users';
import { badRequest } from './errors';
import { collectionBody, entityBody, type Entity, type ODataMode, valueBody } from './odata-format';

/** Where the site lives under the server. */
export const SITE_PATH = '/sites/os2';

/** The site's time zone (its regional settings: "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"). */
export const SITE_TIME_ZONE = 'Europe/Copenhagen';

/** A SharePoint REST request, top-level or one part of a `$batch`. */
export interface IApiRequest {
  /** The HTTP verb as sent (a POST may carry X-HTTP-Method). */
  method: string;
  /** Absolute URL. */
  url: string;
  /** Header values by lower-case name. */
  headers: Record<string, string | undefined>;
  body: string;
}

/** A response before it is written to a socket or a batch part. */
export interface IApiResponse { status: number; headers: Record<string, string>; body: string; }

/** What a handler returns: a status and an already wire-shaped body (or none). */
export interface IResult { status: number; body?: unknown; headers?: Record<string, string>; }

/** Everything a handler needs about the request it serves. */
export class RequestContext {
  public readonly url: URL;
  public readonly query: URLSearchParams;
  /** Absolute site URL as the client reached it (`http://127.0.0.1:4400/sites/os2`). */
  public readonly siteUrl: string;
  public readonly apiUrl: string;
  private parsed: Props | undefined;

  public constructor(public readonly store: SiteStore, public readonly req: IApiRequest,
    /** Effective verb: GET, POST, MERGE (also for PATCH/PUT) or DELETE. */
    public readonly method: string, public readonly user: ISiteUser, public readonly mode: ODataMode) {
    this.url = new URL(req.url);
    this.query = this.url.searchParams;
    this.siteUrl = `${this.url.origin}${SITE_PATH}`;
    this.apiUrl = `${this.siteUrl}/_api`;
  }

  public header(name: string): string | undefined {
    return this.req.headers[name.toLowerCase()];
  }

  /** The JSON body as an object (`{}` when empty); malformed JSON is a 400 like SharePoint's. */
  public json(): Props {
    if (this.parsed) return this.parsed;
    const text = this.req.body.trim();
    if (text === '') return (this.parsed = {});
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw badRequest('Invalid JSON. A token was not recognized in the JSON content.');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw badRequest('Invalid JSON. An object was expected as the request body.');
    }
    return (this.parsed = value as Props);
  }

  /** A 200 (or other) entity response. */
  public entity(e: Entity, context: string, status = 200, headers?: Record<string, string>): IResult {
    return { status, body: entityBody(e, this.mode, this.apiUrl, context), headers };
  }

  public collection(items: Entity[], context: string, nextLink?: string): IResult {
    return { status: 200, body: collectionBody(items, this.mode, this.apiUrl, context, nextLink) };
  }

  public value(name: string, value: unknown): IResult {
    return { status: 200, body: valueBody(name, value, this.mode, this.apiUrl) };
  }
}
