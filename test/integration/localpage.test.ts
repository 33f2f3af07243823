import * as esbuild from 'esbuild';
import * as path from 'path';
import { startLocalSite } from '../../localsite/server';
import { mountLocalPage, type IMountedPage } from '../../localsite/pageServer';
import { localePlugin, loadAmdStrings, REPO_ROOT } from '../../localsite/build';
import { graphRootOf, mountSeedRoute, prepareSite, servicesFor } from '../../localsite/prepare';
import { LISTS } from '../../src/schema';

/**
 * The local site as `npm start` assembles it, in-process on a free port with an in-memory store: the project's
 * provisioning against it, the page bundle and its HTML, the locale plugin, and the seed route.
 */

type Site = Awaited<ReturnType<typeof startLocalSite>>;

let site: Site;
let page: IMountedPage | undefined;

beforeAll(async () => {
  site = await startLocalSite({ port: 0, dataDir: ':memory:' });
});

afterAll(async () => {
  await page?.dispose();
  await site?.close();
});

test('provisioning twice: the first run creates the six lists, the second has nothing to do', async () => {
  const services = servicesFor(site);
  expect((await services.provisioning.status()).missingLists).toHaveLength(LISTS.length);

  const first = await services.provisioning.provision();
  expect(first.filter(a => a.kind === 'createList').map(a => a.list).sort()).toEqual(LISTS.map(l => l.title).sort());
  expect(await services.provisioning.status()).toEqual({ ready: true, missingLists: [] });

  const second = await services.provisioning.provision();
  expect(second).toEqual([]);
}, 60_000);

test('prepareSite on a provisioned site with seed "none" changes nothing', async () => {
  const result = await prepareSite(site, { seed: 'none' });
  expect(result).toEqual({ provisioned: [], items: 0 });
}, 60_000);

test('the page bundle builds and / serves HTML that references it', async () => {
  const started = Date.now();
  page = await mountLocalPage(site.app, { siteUrl: site.siteUrl, graphRoot: graphRootOf(site) });
  expect(Date.now() - started).toBeLessThan(15_000);

  const html = await fetch(`${site.url}/`);
  expect(html.status).toBe(200);
  expect(html.headers.get('content-type')).toMatch(/text\/html/);
  const text = await html.text();
  expect(text).toMatch(/<html lang="da-DK">/);
  expect(text).toContain('<div id="root"></div>');
  const src = /<script src="(\/page\/main\.js\?v=[0-9a-f]+)"><\/script>/.exec(text);
  expect(src).not.toBeNull();
  // Same-origin paths, so the page works whether it is opened as localhost or 127.0.0.1.
  expect(text).toContain('"siteUrl":"/sites/os2"');

  const js = await fetch(`${site.url}${src![1]}`);
  expect(js.status).toBe(200);
  expect(js.headers.get('content-type')).toMatch(/javascript/);
  // Compressed like SharePoint's CDN serves scripts (fetch asks for gzip and decodes it).
  expect(js.headers.get('content-encoding')).toBe('gzip');
  expect(js.headers.get('vary')).toBe('Accept-Encoding');
  const code = await js.text();
  expect(code.length).toBeGreaterThan(100_000);
  expect(code).toMatch(/\/\/# sourceMappingURL=main\.js\.map\s*$/);

  const map = await fetch(`${site.url}/page/main.js.map`);
  expect(map.status).toBe(200);
  const sources = (await map.json() as { sources: string[] }).sources;
  // Paths relative to localsite/page/dist: the page itself and the real web parts from src/.
  expect(sources).toContain('../App.tsx');
  expect(sources.some(s => s.includes('src/webparts/aarshjul/'))).toBe(true);

  const font = await fetch(`${site.url}/page/fonts/fabric-icons-0-467ee27f.woff`);
  expect(font.status).toBe(200);
}, 60_000);

test('the locale plugin loads the AMD locale modules, and an SPFx-style strings import follows the language', async () => {
  const da = loadAmdStrings(path.join(REPO_ROOT, 'src/webparts/aarshjul/loc/da-dk.js'));
  const en = loadAmdStrings(path.join(REPO_ROOT, 'src/webparts/aarshjul/loc/en-us.js'));
  const key = Object.keys(da).find(k => typeof da[k] === 'string' && da[k] !== en[k])!;
  expect(key).toBeDefined();

  const result = await esbuild.build({
    stdin: {
      contents: `
        import locales from 'localsite:loc/aarshjul';
        import * as live from 'AarshjulWebPartStrings';
        import { setLanguage } from './language';
        export { locales, live, setLanguage };`,
      resolveDir: path.join(REPO_ROOT, 'localsite', 'page'), loader: 'ts'
    },
    bundle: true, write: false, format: 'cjs', platform: 'node', plugins: [localePlugin()], logLevel: 'silent'
  });
  const mod: { exports: Record<string, unknown> } = { exports: {} };
  // eslint-disable-next-line no-new-func
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(mod, mod.exports, require);
  const { locales, live, setLanguage } = mod.exports as {
    locales: { da: Record<string, unknown>; en: Record<string, unknown> }; live: Record<string, unknown>; setLanguage(l: string): void;
  };
  expect(locales.da[key]).toEqual(da[key]);
  expect(locales.en[key]).toEqual(en[key]);
  // The shared CommonStrings module is merged under the web part's own, as DefinitionWebPart does in SharePoint.
  const common = loadAmdStrings(path.join(REPO_ROOT, 'src/common/loc/en-us.js'));
  expect(locales.en.ErrorUncertain).toBe(common.ErrorUncertain);
  expect(da.ErrorUncertain).toBeUndefined();
  expect(live[key]).toEqual(da[key]);
  setLanguage('en');
  expect(live[key]).toEqual(en[key]);
  setLanguage('da');
});

test('POST /_localsite/seed seeds the demo on empty lists, then refuses to seed again', async () => {
  mountSeedRoute(site);
  const seed = (): Promise<Response> => fetch(`${site.url}/_localsite/seed`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ size: 'demo' })
  });
  const first = await seed();
  const body = await first.json() as { items: number; provisioned: number; report: Record<string, number> };
  expect(first.status).toBe(200);
  expect(body.provisioned).toBe(0);
  expect(body.items).toBeGreaterThan(100);
  expect(body.report.processes).toBeGreaterThan(0);
  for (const def of LISTS) {
    const items = await servicesFor(site).repositories[def.key].query({ maxItems: 1 });
    expect(items.length).toBe(1);
  }

  const again = await seed();
  expect(again.status).toBe(409);
}, 240_000);
