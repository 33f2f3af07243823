/**
 * SharePoint-shaped errors. Handlers throw `SPError`; the dispatcher turns it into
 * `{"odata.error":{"code","message":{"lang","value"}}}` (or `{"error":...}` for verbose) with SharePoint's status.
 */
export class SPError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string,
    public readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

/** 400: malformed OData, JSON, URL or body. */
export const badRequest = (message: string, code = INVALID_QUERY): SPError => new SPError(400, code, message);

/** 404: unknown path segment. */
export const noResource = (segment: string): SPError =>
  new SPError(404, INVALID_QUERY, `Cannot find resource for the request ${segment}.`);

/** 404: a list that does not exist, as `getByTitle` reports it. */
export const listNotFound = (title: string, siteUrl: string): SPError =>
  new SPError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`);

/** 404: `web/getList(url)` with an unknown URL. */
export const fileNotFound = (): SPError => new SPError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

export const itemNotFound = (): SPError => new SPError(404, '-2130575338, Microsoft.SharePoint.SPException',
  'Item does not exist. It may have been deleted by another user.');

export const fieldNotFound = (name: string): SPError => new SPError(404, '-2130575322, Microsoft.SharePoint.SPException',
  `Column '${name}' does not exist. It may have been deleted by another user.`);

export const viewNotFound = (): SPError =>
  new SPError(404, '-2147024809, System.ArgumentException', 'The specified view is invalid.');

/** 400: a column named in $filter/$orderby that the list does not have. */
export const unknownColumn = (name: string): SPError => new SPError(400, '-2147024809, System.ArgumentException',
  `Column '${name}' does not exist. It may have been deleted by another user.`);

/** 400: a property in a write body that the entity type does not have. */
export const unknownProperty = (name: string, type: string): SPError => badRequest(
  `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`);

export const accessDenied = (): SPError => new SPError(403, '-2147024891, System.UnauthorizedAccessException',
  'Access denied. You do not have permission to perform this action or access this resource.');

export const unauthorized = (who: string): SPError => new SPError(401, '-2147024891, System.UnauthorizedAccessException',
  `Access denied. The local site does not know the user '${who}'.`);

/**
 * 403: a write without a valid form digest. SharePoint's code for a missing or wrong digest is -2130575251; for an
 * expired one SharePoint Online answers -2130575252 with the same message (pnp/pnpjs#2186).
 */
export const invalidDigest = (expired: boolean): SPError => new SPError(403,
  `${expired ? '-2130575252' : '-2130575251'}, Microsoft.SharePoint.SPException`,
  "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.");

/** 400: a body of a type the endpoint does not read (ODataLib's message, as SharePoint passes it on). */
export const unsupportedContentType = (type: string): SPError => badRequest(
  "A supported MIME type could not be found that matches the content type of the request. The supported type(s) " +
  "'application/json;odata=minimalmetadata, application/json;odata=nometadata, application/json;odata=verbose, " +
  `application/json' do not match the content type '${type}'.`);

export const etagMismatch = (sent: string, current: string): SPError =>
  new SPError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`);

/** 500: the list view threshold (see item-query.ts for the rule). */
export const throttled = (): SPError => new SPError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  'The attempted operation is prohibited because it exceeds the list view threshold.');

/** 501: a real SharePoint endpoint the local site chose not to implement (named, so it is easy to spot). */
export const notImplemented = (what: string): SPError => new SPError(501, '-1, System.NotImplementedException',
  `The local site does not implement '${what}'. See localsite/README.md.`);

/** The JSON body of an error in the requested metadata style. */
export function errorBody(code: string, message: string, verbose: boolean): Record<string, unknown> {
  const error = { code, message: { lang: 'en-US', value: message } };
  return verbose ? { error } : { 'odata.error': error };
}
