import type { IRepositories } from '../../src/services';
import type { KoordinatorWebPart } from '../../src/domain/models';
import type { ISeedContext } from './context';

/** The local page's slug for each web part (`localsite/page/webparts.ts`); the Årshjul is on the home page. */
const LOCAL_PAGES: readonly [KoordinatorWebPart, string, string][] = [
  ['Årshjul', 'Startside', ''],
  ['Overblik', 'Overblik', 'overblik'],
  ['Processer', 'Processer', 'processer'],
  ['Beslutninger', 'Beslutninger', 'beslutninger'],
  ['Henvendelser', 'Henvendelser', 'henvendelser'],
  ['Prioritering', 'Prioritering', 'prioritering']
];

/**
 * The site's page settings (`Koordinator-sider`) for the local page at `pageBaseUrl` (e.g. `http://127.0.0.1:4400`), so
 * links between the web parts open on their pages as they would on a configured SharePoint site.
 */
export async function seedPageLinks(repositories: IRepositories, ctx: ISeedContext, pageBaseUrl: string): Promise<number> {
  const base = pageBaseUrl.replace(/\/+$/, '');
  for (const [webPart, title, slug] of LOCAL_PAGES) {
    await repositories.pageLinks.add(
      { title, webPart, pageUrl: { url: slug ? `${base}/?page=${slug}` : `${base}/`, description: title } },
      { key: `demo-side:${webPart}` }
    );
  }
  ctx.log(`  ${LOCAL_PAGES.length} sider i Koordinator-sider`);
  return LOCAL_PAGES.length;
}
