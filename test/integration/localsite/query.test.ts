import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { createTestList, failure, raw, spFor } from './helpers';

/** $filter, $orderby, paging and the list view threshold, through the real PnPjs. */
describe('local site: OData queries', () => {
  let site: ILocalSite;
  const titles = (rows: Array<{ Title: string }>): string[] => rows.map(r => r.Title);
  beforeAll(async () => {
    site = await startLocalSite({ port: 0, dataDir: ':memory:' });
    const sp = spFor(site);
    await sp.web.lists.add('Processer');
    site.store.insertItems('Processer', [{ Title: 'Onboarding' }, { Title: 'Økonomi' }]);
    await createTestList(sp, 'Opgaver', 'Processer');
    site.store.insertItems('Opgaver', [
      { Title: 'Alfa', Code: "O'Neil", StartDate: '2026-01-10T09:00:00Z', Status: 'Ny', Tags: ['a'], Score: 10, Active: true, OwnerId: 7, ParentId: 1 },
      { Title: 'Beta', Code: 'B-2', StartDate: '2026-03-29T08:00:00Z', Status: 'I gang', Tags: ['a', 'b'], Score: 20, Active: false, OwnerId: 8, ParentId: 2 },
      { Title: 'Gamma', Code: 'G-3', StartDate: '2026-06-01T00:00:00Z', Status: 'Færdig', Tags: [], Score: 30, Active: true, OwnerId: 9 },
      { Title: 'delta', Code: null, StartDate: null, Status: 'Ny', Score: null, Active: false },
      { Title: 'Epsilon', Code: 'E-5', StartDate: '2026-12-31T23:00:00Z', Status: 'I gang', Tags: ['c'], Score: 50, Active: true, OwnerId: 7, ParentId: 1 }
    ], 'lars.holm@os2.eu');
  });
  afterAll(async () => { await site.close(); });
  const items = (): ReturnType<ReturnType<typeof spFor>['web']['lists']['getByTitle']>['items'] =>
    spFor(site).web.lists.getByTitle('Opgaver').items;
  const where = async (filter: string): Promise<string[]> => titles(await items().filter(filter).orderBy('ID')());

  it.each([
    ["Status eq 'Ny'", ['Alfa', 'delta']],
    ["Status ne 'Ny'", ['Beta', 'Gamma', 'Epsilon']],
    ['Score gt 20', ['Gamma', 'Epsilon']],
    ['Score ge 20', ['Beta', 'Gamma', 'Epsilon']],
    ['Score lt 20', ['Alfa']],
    ['Score le 20', ['Alfa', 'Beta']],
    ["Score ge 10 and Status eq 'I gang'", ['Beta', 'Epsilon']],
    ["Score eq 10 or Status eq 'Færdig'", ['Alfa', 'Gamma']],
    ["not (Status eq 'Ny')", ['Beta', 'Gamma', 'Epsilon']],
    ["(Score eq 10 or Score eq 30) and Active eq true", ['Alfa', 'Gamma']],
    ["startswith(Title,'Ga')", ['Gamma']],
    ["startswith(Title, 'de')", ['delta']],
    ["substringof('psi',Title)", ['Epsilon']],
    ["Code eq 'O''Neil'", ['Alfa']],
    ["title eq 'ALFA'", ['Alfa']],
    ["StartDate ge datetime'2026-03-29T00:00:00Z' and StartDate lt datetime'2026-12-01T00:00:00Z'", ['Beta', 'Gamma']],
    ["StartDate gt '2026-06-01T00:00:00.000Z'", ['Epsilon']],
    ['StartDate eq null', ['delta']],
    ['Score ne null', ['Alfa', 'Beta', 'Gamma', 'Epsilon']],
    ['Active eq 1', ['Alfa', 'Gamma', 'Epsilon']],
    ['Active eq false', ['Beta', 'delta']],
    ["Tags eq 'a'", ['Alfa', 'Beta']],
    ['OwnerId eq 7', ['Alfa', 'Epsilon']],
    ['Owner/Id eq 8', ['Beta']],
    ["Owner/EMail eq 'anne.sorensen@os2.eu'", ['Gamma']],
    ["Owner/Title eq 'Mette Kjær'", ['Alfa', 'Epsilon']],
    ['ParentId eq 2', ['Beta']],
    ["Parent/Title eq 'Onboarding'", ['Alfa', 'Epsilon']],
    ['ID gt 3', ['delta', 'Epsilon']],
    ['Id le 1', ['Alfa']],
    ['AuthorId eq 8', ['Alfa', 'Beta', 'Gamma', 'delta', 'Epsilon']],
    ["Author/Title eq 'Mette Kjær'", []]
  ])('$filter=%s', async (filter, expected) => {
    expect(await where(filter as string)).toEqual(expected);
  });

  it('uses the fluent filter builder PnPjs offers', async () => {
    const rows = await items().filter(f => f.number('Score').greaterThan(15).and().text('Status').notEquals('Færdig'))();
    expect(titles(rows)).toEqual(['Beta', 'Epsilon']);
    const dates = await items().filter(f => f.date('StartDate').isBetween(new Date('2026-01-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z')))();
    expect(titles(dates)).toEqual(['Alfa', 'Beta']);
  });

  it('rejects malformed filters and unknown columns with 400', async () => {
    for (const bad of ["Title eq", "Title eq 'open", 'Title eq eq 1', '(Title eq 1', "frobnicate(Title,'x')", 'Title % 2', "Nope eq 'x'",
      "Owner eq 7", "StartDate gt 'not a date'", 'Score gt abc']) {
      const res = await failure(items().filter(bad)());
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
    }
  });

  it('orders by several keys, nulls first, ID breaking ties', async () => {
    expect(titles(await items().orderBy('Status').orderBy('Score', false)())).toEqual(['Gamma', 'Epsilon', 'Beta', 'Alfa', 'delta']);
    expect(titles(await items().orderBy('StartDate')())).toEqual(['delta', 'Alfa', 'Beta', 'Gamma', 'Epsilon']);
    expect(titles(await items().orderBy('ID', false).top(2)())).toEqual(['Epsilon', 'delta']);
    expect(titles(await items().orderBy('Title')())).toEqual(['Alfa', 'Beta', 'delta', 'Epsilon', 'Gamma']);
  });

  it('pages with for await and absolute next links, also when sorting on another column', async () => {
    const byId: string[][] = [];
    for await (const page of items().top(2)) byId.push(titles(page));
    expect(byId).toEqual([['Alfa', 'Beta'], ['Gamma', 'delta'], ['Epsilon']]);
    const byScore: string[][] = [];
    for await (const page of items().select('Title', 'Score').orderBy('Score', false).top(2)) byScore.push(titles(page));
    expect(byScore).toEqual([['Epsilon', 'Gamma'], ['Beta', 'Alfa'], ['delta']]);
    const first = await raw<{ 'odata.nextLink': string }>(site, 'GET', "/sites/os2/_api/web/lists/getByTitle('Opgaver')/items?$top=2&$orderby=StartDate desc");
    expect(first.json['odata.nextLink']).toMatch(new RegExp(`^${site.siteUrl}/_api/web/lists/getByTitle\\('Opgaver'\\)/items\\?.*%24skiptoken=Paged%3DTRUE%26p_StartDate%3D2026-06-01T00%253A00%253A00Z%26p_ID%3D3`));
    const verbose = await raw<{ d: { __next: string } }>(site, 'GET', "/sites/os2/_api/web/lists/getByTitle('Opgaver')/items?$top=4", { headers: { Accept: 'application/json;odata=verbose' } });
    const next = await raw<{ d: { results: Array<{ Title: string }>; __next?: string } }>(site, 'GET', verbose.json.d.__next, { headers: { Accept: 'application/json;odata=verbose' } });
    expect(next.json.d.results.map(r => r.Title)).toEqual(['Epsilon']);
    expect(next.json.d.__next).toBeUndefined();
    expect(titles(await items().skip(3)())).toEqual(['delta', 'Epsilon']);
  });

  it('defaults $top to 100 and caps it at 5000', async () => {
    await spFor(site).web.lists.add('Mange');
    site.store.insertItems('Mange', Array.from({ length: 150 }, (_, i) => ({ Title: `n${i}` })));
    const list = spFor(site).web.lists.getByTitle('Mange').items;
    expect(await list()).toHaveLength(100);
    expect(await list.top(9999)()).toHaveLength(150);
  });

  describe('list view threshold', () => {
    beforeAll(async () => {
      const sp = spFor(site);
      await sp.web.lists.add('Stor');
      const list = sp.web.lists.getByTitle('Stor');
      await list.fields.addChoice('Area', { Choices: ['A', 'B'], Indexed: true });
      await list.fields.addText('Note');
      const started = Date.now();
      site.store.insertItems('Stor', Array.from({ length: 5001 }, (_, i) => ({ Title: `Række ${i}`, Area: i % 2 ? 'A' : 'B', Note: `n${i % 7}` })));
      expect(Date.now() - started).toBeLessThan(10000);
    });
    const stor = (): ReturnType<typeof items> => spFor(site).web.lists.getByTitle('Stor').items;

    it('refuses an unindexed filter on a list over 5,000 items with 500 SPQueryThrottledException', async () => {
      const res = await failure(stor().filter("Note eq 'n1'")());
      expect(res).toEqual({ status: 500, code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message: 'The attempted operation is prohibited because it exceeds the list view threshold.' });
      expect((await failure(stor().filter("Area eq 'A' or Note eq 'n1'")())).status).toBe(500);
      expect((await failure(stor().orderBy('Note')())).status).toBe(500);
      expect((await failure(stor().filter("substringof('1',Area)")())).status).toBe(500);
    });

    it('serves indexed filters, ID ranges and plain paging', async () => {
      expect(await stor().filter("Area eq 'A' and Note eq 'n1'").top(5000)()).toHaveLength(358);
      expect(await stor().filter("(Area eq 'A' or ID lt 10) and startswith(Note,'n')").top(3)()).toHaveLength(3);
      expect(titles(await stor().filter('ID gt 4998')())).toEqual(['Række 4998', 'Række 4999', 'Række 5000']);
      expect(await stor().top(10).orderBy('ID', false)()).toHaveLength(10);
      let count = 0;
      for await (const page of stor().select('Id').top(2000)) count += page.length;
      expect(count).toBe(5001);
    });

    it('refuses an indexed filter whose index seek alone matches more than 5,000 items; the first indexed term decides', async () => {
      // Both branches of the or are indexed, but together they are every item: SharePoint scans them all.
      expect((await failure(stor().filter("(Area eq 'A' or Area eq 'B') and startswith(Note,'n')").top(3)())).status).toBe(500);
      expect((await failure(stor().filter('ID ge 0')())).status).toBe(500);
      // A range on one column is one seek; put first, the selective term decides.
      expect(await stor().filter("ID ge 100 and ID le 4000 and Area eq 'A'").top(5000)()).toHaveLength(1951);
      expect((await failure(stor().filter("ID ge 0 and Area eq 'A'")())).status).toBe(500);
    });

    it('is lifted by indexing the column', async () => {
      await spFor(site).web.lists.getByTitle('Stor').fields.getByInternalNameOrTitle('Note').update({ Indexed: true });
      expect(await stor().filter("Note eq 'n1'").top(5000)()).toHaveLength(715);
      await spFor(site).web.lists.getByTitle('Stor').fields.getByInternalNameOrTitle('Note').update({ Indexed: false });
    });
  });
});
