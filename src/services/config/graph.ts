import { Client } from '@microsoft/microsoft-graph-client';

/** The part of the Graph client the services use: SPFx's `MSGraphClientV3` and a plain `Client` both have it. */
export type IGraphClient = Pick<Client, 'api'>;

/** The slice of the SPFx web part context that builds a Graph client. */
export interface IGraphClientFactorySource {
  msGraphClientFactory: { getClient(version: '3'): Promise<IGraphClient> };
}

/** Graph inside SharePoint or Teams: SPFx's client, authenticated by the platform with the approved permissions. */
export function getGraph(context: IGraphClientFactorySource): Promise<IGraphClient> {
  return context.msGraphClientFactory.getClient('3');
}

/**
 * Graph at a given root, e.g. `http://localhost:4400/graph` for the local site. `token` is sent as a bearer token
 * (the local site ignores it; a tenant needs a real one).
 */
export function getGraphForUrl(graphRoot: string, token = 'local'): IGraphClient {
  return Client.init({
    baseUrl: graphRoot.replace(/\/+$/, ''),
    defaultVersion: 'v1.0',
    authProvider: (done) => done(undefined, token)
  });
}

/**
 * The path of a Graph URL relative to its version root (`/me/calendarView?…` from
 * `https://graph.microsoft.com/v1.0/me/calendarView?…`). The Graph client only recognises `https://` URLs as
 * absolute, so `@odata.nextLink` is followed by path; this works for every host alike.
 */
export function graphRelativePath(url: string): string {
  const parsed = new URL(url);
  const version = /\/(?:v1\.0|beta)(\/.*)$/.exec(parsed.pathname);
  return (version ? version[1] : parsed.pathname) + parsed.search;
}
