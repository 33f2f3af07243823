import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { graphRootOf, prepareSite, servicesFor } from '../../../localsite/prepare';
import { DEMO_EMAILS } from '../../../localsite/seed/context';
import { SHARED_MAILBOX, seedMail } from '../../../localsite/seed/mail';
import { createServices, getGraphForUrl, getSPForUrl, type IGraphClient, type IServices } from '../../../src/services';
import { InjectHeaders } from '@pnp/queryable';
import { inquiriesList } from '../../../src/schema';
import { DEFAULT_SLA_POLICIES } from '../../../src/domain/inquiries';
import { classifyError } from '../../../src/services/errors';

/**
 * »Hent nye e-mails« against the local site's Graph (message delta with paging, delta links and 410 for an expired
 * sync state) and SharePoint (idempotent creates keyed on the message id): every message becomes exactly one inquiry.
 */
let site: ILocalSite;
let services: IServices;
const now = (): string => new Date().toISOString();
const since = '2000-01-01T00:00:00Z';
const options = (): { since: string; now: string; policies: typeof DEFAULT_SLA_POLICIES } => ({ since, now: now(), policies: DEFAULT_SLA_POLICIES });

/** Graph as `email` (the local site tells users apart by this header; a tenant by the token). */
function graphAs(email: string): IGraphClient {
  const real = getGraphForUrl(graphRootOf(site));
  return { api: (path: string) => real.api(path).header('X-LocalSite-User', email) } as IGraphClient;
}
function servicesAs(email: string): IServices {
  return createServices(getSPForUrl(site.siteUrl, InjectHeaders({ 'X-LocalSite-User': email })), graphAs(email), site.siteUrl);
}
const stored = (): Record<string, unknown>[] => site.store.getItems(inquiriesList.title).map(i => i.data);
const fromMail = (): Record<string, unknown>[] => stored().filter(d => typeof d.InternetMessageId === 'string' && d.InternetMessageId !== '');
const mail = (n: number, subject = `Spørgsmål ${n}`): void => {
  site.store.addMessage(SHARED_MAILBOX, {
    internetMessageId: `<m${n}-${subject.length}@kommune.dk>`, subject, body: `Hej\n\nTekst ${n} & <tegn>.`,
    from: { name: `Afsender ${n}`, address: `afsender${n}@kommune.dk` }, receivedDateTime: new Date(Date.UTC(2026, 10, 2, 8, n % 60)).toISOString()
  });
};

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
  await prepareSite(site, { seed: 'none' });
  services = servicesFor(site);
});
afterAll(() => site.close());
beforeEach(() => {
  site.faults.clear();
  // Each test starts with an empty list and an empty inbox (the store directly: a REST delete per item is slow).
  const list = site.store.findList(inquiriesList.title)!;
  site.store.db.prepare('DELETE FROM items WHERE list_id = ?').run(list.id);
  site.store.items.invalidate(list.id);
  site.store.mail.expireStates();
  site.store.db.exec('DELETE FROM messages');
});

test('pulling twice makes each seeded mail one inquiry, with the requester and the time it arrived', async () => {
  const count = seedMail(site.store, { today: '2026-11-30' });
  const first = await services.mailbox.pull(SHARED_MAILBOX, undefined, options());
  expect(first.created).toHaveLength(count);
  expect(first.failed).toEqual([]);
  expect(first.deltaLink).toMatch(/\$deltatoken=|%24deltatoken=/);
  const press = first.created.find(i => i.title.startsWith('Pressehenvendelse'))!;
  expect(press.requesterName).toBe('Jesper Lund');
  expect(press.requesterEmail).toBe('jesper.lund@version2.dk');
  expect(press.channel).toBe('E-mail');
  expect(press.description).toContain('kort interview torsdag');
  const message = site.store.mail.all().find(m => m.data.subject.startsWith('Pressehenvendelse'))!.data;
  expect(press.internetMessageId).toBe(message.internetMessageId);
  expect(stored().find(d => d.Title === press.title)?.ReceivedAt).toBe(message.receivedDateTime);

  // With the delta link: nothing new. Without it (another browser, cleared storage): the ids keep it from doubling.
  const second = await services.mailbox.pull(SHARED_MAILBOX, first.deltaLink, options());
  expect(second.created).toEqual([]);
  expect(second.alreadyThere).toBe(0);
  const third = await services.mailbox.pull(SHARED_MAILBOX, undefined, options());
  expect(third.created).toEqual([]);
  expect(third.alreadyThere).toBe(count);
  expect(fromMail()).toHaveLength(count);

  // New mail after the round: the delta link returns only that.
  mail(1, 'Ny mail efter første runde');
  const fourth = await services.mailbox.pull(SHARED_MAILBOX, second.deltaLink, options());
  expect(fourth.created.map(i => i.title)).toEqual(['Ny mail efter første runde']);
  expect(fromMail()).toHaveLength(count + 1);
});

test('a delta round of more than one page follows @odata.nextLink and makes every message once', async () => {
  for (let n = 1; n <= 53; n++) mail(n);
  site.requests.clear();
  const result = await services.mailbox.pull(SHARED_MAILBOX, undefined, options());
  const graph = site.requests.list().filter(r => r.api === 'graph');
  expect(graph).toHaveLength(2);
  expect(graph[1].path).toMatch(/skiptoken/);
  expect(result.created).toHaveLength(53);
  expect(new Set(fromMail().map(d => d.InternetMessageId)).size).toBe(53);
});

test('an expired delta link (410 Gone) restarts the round; nothing is made twice', async () => {
  mail(1); mail(2);
  const first = await services.mailbox.pull(SHARED_MAILBOX, undefined, options());
  expect(first.created).toHaveLength(2);
  site.store.mail.expireStates();
  mail(3);
  site.requests.clear();
  const again = await services.mailbox.pull(SHARED_MAILBOX, first.deltaLink, options());
  expect(site.requests.list().filter(r => r.api === 'graph').map(r => r.status)).toEqual([410, 200]);
  expect(again.restarted).toBe(true);
  expect(again.created.map(i => i.title)).toEqual(['Spørgsmål 3']);
  expect(again.alreadyThere).toBe(2);
  expect(fromMail()).toHaveLength(3);
  expect(again.deltaLink).not.toBe(first.deltaLink);
});

test('a lost answer while creating an inquiry from a mail still makes it once', async () => {
  mail(1); mail(2);
  site.faults.add({ count: 1, loseResponse: true, method: 'POST', pathContains: '/items' });
  const result = await services.mailbox.pull(SHARED_MAILBOX, undefined, options());
  expect(result.created).toHaveLength(2);
  expect(fromMail()).toHaveLength(2);
});

test('someone without access to the shared mailbox gets 403, and nothing is created', async () => {
  mail(1);
  const error = await servicesAs(DEMO_EMAILS.anne).mailbox.pull(SHARED_MAILBOX, undefined, options()).then(() => undefined, e => e);
  expect(classifyError(error).kind).toBe('forbidden');
  expect(fromMail()).toHaveLength(0);
  // Jonas, of the secretariat, has access.
  const jonas = await servicesAs(DEMO_EMAILS.jonas).mailbox.pull(SHARED_MAILBOX, undefined, options());
  expect(jonas.created).toHaveLength(1);
});

test('the local Graph pages a delta round, honours $select and refuses other filters', async () => {
  mail(1); mail(2); mail(3);
  const graph = graphAs(DEMO_EMAILS.mette);
  const path = `/users/${SHARED_MAILBOX}/mailFolders/inbox/messages/delta?$select=subject,from`;
  const page1 = await graph.api(path).header('Prefer', 'odata.maxpagesize=2').get() as Record<string, unknown>;
  const values = page1.value as Record<string, unknown>[];
  expect(values).toHaveLength(2);
  expect(Object.keys(values[0]).sort()).toEqual(['@odata.etag', '@odata.type', 'from', 'id', 'subject']);
  expect(page1['@odata.deltaLink']).toBeUndefined();
  const next = String(page1['@odata.nextLink']);
  const page2 = await graph.api(next.slice(next.indexOf('/v1.0') + 5)).get() as Record<string, unknown>;
  expect((page2.value as unknown[]).length).toBe(1);
  expect(page2['@odata.nextLink']).toBeUndefined();
  expect(String(page2['@odata.deltaLink'])).toMatch(/deltatoken/);
  const bad = await graph.api(`/users/${SHARED_MAILBOX}/mailFolders/inbox/messages/delta?$filter=subject eq 'x'`).get().then(() => undefined, e => e);
  expect(classifyError(bad).status).toBe(400);
});
