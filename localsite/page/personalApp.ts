import type { UiLanguage } from '../../src/common/hosting';
import manifest from '../../teams/manifest.json';
import english from '../../teams/en-us.json';
import type { IRegisteredWebPart } from './webparts';

/** One tab of the Teams personal app as the local page shows it: the manifest's tab and the web part it opens. */
export interface IPersonalTab {
  /** The tab's `entityId` (the page's `page` in personal mode). */
  entityId: string;
  name: string;
  part: IRegisteredWebPart;
}

/** The app's short name in the language (`name.short`, localised by `teams/en-us.json`). */
export function personalAppName(language: UiLanguage): string {
  return language === 'en' ? (english as Record<string, string>)['name.short'] ?? manifest.name.short : manifest.name.short;
}

/**
 * The personal app's tabs from `teams/manifest.json`, in its order, each with the registered web part whose id is the
 * tab's `componentId` — the same mapping Teams makes through SharePoint's `teamshostedapp.aspx`. A tab whose web part
 * this page does not host is left out.
 */
export function personalTabs(parts: readonly IRegisteredWebPart[], language: UiLanguage): IPersonalTab[] {
  const names = english as Record<string, string>;
  return manifest.staticTabs.flatMap((tab, i) => {
    const id = /componentId=([0-9a-f-]{36})/i.exec(decodeURIComponent(tab.contentUrl))?.[1];
    const part = parts.find(p => p.definition.id === id);
    if (!part) return [];
    return [{ entityId: tab.entityId, name: language === 'en' ? names[`staticTabs[${i}].name`] ?? tab.name : tab.name, part }];
  });
}
