/**
 * @jest-environment node
 */
import { isDuplicateKey, newIdempotencyKey, sentValuesHeld, writeFailure } from '../../../src/services/repositories/writes';
import { isReplayable, SafeRetry } from '../../../src/services/config/retry';
import { OutcomeUnknownError } from '../../../src/services/errors';
import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults';
import { DefaultParse } from '@pnp/queryable';

const http = (status: number, message = `HTTP ${status}`): Error => Object.assign(new Error(message), { status });

describe('what a failed write says about the server', () => {
  test.each([
    [new OutcomeUnknownError('POST', new TypeError('fetch failed')), 'unknown'],
    [http(500, 'Error making HttpClient request in queryable [500] ::> {"odata.error":{"code":"-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException"}}'), 'duplicate'],
    [http(500), 'unknown'], [http(503), 'unknown'], [http(504), 'unknown'], [http(429), 'unknown'], [new TypeError('fetch failed'), 'unknown'],
    [http(412), 'conflict'], [http(404), 'gone'], [http(400), 'notApplied'], [http(403), 'notApplied']
  ])('%s → %s', (error, expected) => {
    expect(writeFailure(error)).toBe(expected);
  });

  test('SharePoint duplicate-value messages are recognised in either wording', () => {
    expect(isDuplicateKey(new Error('The list item could not be added or updated because duplicate values were found in one or more fields in the list.'))).toBe(true);
    expect(isDuplicateKey(new Error('Item does not exist'))).toBe(false);
  });

  test('the server holds what was sent: compared on the wire form, empty values alike', () => {
    expect(sentValuesHeld({ Title: 'A', ResponsibleId: 7, EndDate: null }, { Title: 'A', ResponsibleId: 7, EndDate: undefined, Other: 1 })).toBe(true);
    expect(sentValuesHeld({ Title: 'A' }, { Title: 'B' })).toBe(false);
    expect(sentValuesHeld({ MeetingUrl: { Url: 'https://x', Description: 'x' } }, { MeetingUrl: { Url: 'https://x', Description: 'x' } })).toBe(true);
    expect(sentValuesHeld({ ResponsibleId: 7 }, { ResponsibleId: null })).toBe(false);
  });

  test('idempotency keys are GUIDs, a new one each time', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('SafeRetry: never repeats a write blindly', () => {
  test('replayable: reads, read-only POSTs and batches without a changeset', () => {
    const url = 'https://t.sharepoint.com/sites/os2/_api';
    expect(isReplayable(`${url}/web/lists`, { method: 'GET' })).toBe(true);
    expect(isReplayable(`${url}/contextinfo`, { method: 'POST' })).toBe(true);
    expect(isReplayable(`${url}/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser`, { method: 'POST' })).toBe(true);
    expect(isReplayable(`${url}/$batch`, { method: 'POST', body: '--batch_1\nGET x\n--batch_1--' })).toBe(true);
    expect(isReplayable(`${url}/$batch`, { method: 'POST', body: '--batch_1\nContent-Type: multipart/mixed; boundary=changeset_2\n' })).toBe(false);
    expect(isReplayable(`${url}/web/lists/items`, { method: 'POST' })).toBe(false);
    expect(isReplayable(`${url}/web/lists/items(1)`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE' } })).toBe(false);
  });

  const realFetch = global.fetch;
  afterEach(() => { global.fetch = realFetch; });

  /** PnPjs with the project's retry and a scripted fetch: each call takes the next answer (a Response or an error). */
  function scripted(answers: (Response | Error)[]): { sp: ReturnType<typeof spfi>; calls: string[] } {
    const calls: string[] = [];
    global.fetch = (async (url: string, init: RequestInit) => {
      calls.push(`${init.method} ${url}`);
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      if (next instanceof Error) throw next;
      return next;
    }) as typeof fetch;
    const sp = spfi('https://t.sharepoint.com/sites/os2').using(DefaultHeaders(), DefaultInit(), DefaultParse(), SafeRetry({ interval: 1 }),
      instance => { instance.on.pre(async (url: string, init: RequestInit, result: unknown) => [url.startsWith('http') ? url : `https://t.sharepoint.com/sites/os2/${url}`, init, result]); return instance; });
    return { sp, calls };
  }
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

  test('a read is retried after a network error', async () => {
    const { sp, calls } = scripted([new TypeError('fetch failed'), json({ Title: 'OS2' })]);
    await expect(sp.web.select('Title')()).resolves.toMatchObject({ Title: 'OS2' });
    expect(calls).toHaveLength(2);
  });

  test('a create is not retried after a network error: the outcome is unknown', async () => {
    const { sp, calls } = scripted([new TypeError('fetch failed'), json({ Id: 1 }, 201)]);
    const error = await sp.web.lists.getByTitle('L').items.add({ Title: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(calls).toHaveLength(1);
  });

  test('429 and 503 are retried for writes too, honouring Retry-After', async () => {
    const { sp, calls } = scripted([json({}, 429, { 'Retry-After': '0' }), json({}, 503, { 'Retry-After': '0' }), json({ Id: 3 }, 201)]);
    await expect(sp.web.lists.getByTitle('L').items.add({ Title: 'x' })).resolves.toMatchObject({ Id: 3 });
    expect(calls).toHaveLength(3);
  });

  test('a 504 on a write is returned, not repeated', async () => {
    const { sp, calls } = scripted([json({}, 504), json({ Id: 3 }, 201)]);
    await expect(sp.web.lists.getByTitle('L').items.add({ Title: 'x' })).rejects.toMatchObject({ status: 504 });
    expect(calls).toHaveLength(1);
  });
});
