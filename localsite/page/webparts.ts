import type { IWebPartDefinition, UiLanguage } from '../../src/common/hosting';
import { aarshjulDefinition } from '../../src/webparts/aarshjul/AarshjulDefinition';
import aarshjulLocales from 'localsite:loc/aarshjul';
import { henvendelserDefinition } from '../../src/webparts/henvendelser/HenvendelserDefinition';
import henvendelserLocales from 'localsite:loc/henvendelser';
import { processerDefinition } from '../../src/webparts/processer/ProcesserDefinition';
import processerLocales from 'localsite:loc/processer';
import { beslutningerDefinition } from '../../src/webparts/beslutninger/BeslutningerDefinition';
import beslutningerLocales from 'localsite:loc/beslutninger';
import { overblikDefinition } from '../../src/webparts/overblik/OverblikDefinition';
import overblikLocales from 'localsite:loc/overblik';
import { prioriteringDefinition } from '../../src/webparts/prioritering/PrioriteringDefinition';
import prioriteringLocales from 'localsite:loc/prioritering';

/** A web part's strings in both languages. */
export type Locales<TStrings> = Record<UiLanguage, TStrings>;

/** A web part placed on the local page: its definition and its strings, with the types erased for the page. */
export interface IRegisteredWebPart {
  definition: IWebPartDefinition<Record<string, unknown>, unknown>;
  strings: Locales<unknown>;
  /** What the page's author has set in the property pane, over the web part's defaults (as a real page stores). */
  pageProperties: Record<string, unknown>;
  /** The site page it sits on: `home` (Startside), or a slug of its own with a link in the site navigation. */
  page: string;
}

/**
 * Registers a web part from its `IWebPartDefinition` and the strings the build loaded from its `loc` folder
 * (`import locales from 'localsite:loc/<folder>'`). The generic signature checks that the two belong together;
 * the page itself only passes them through.
 */
export function register<TProps extends object, TStrings>(
  definition: IWebPartDefinition<TProps, TStrings>, locales: { da: unknown; en: unknown }, pageProperties: Partial<TProps> = {},
  page = 'home'
): IRegisteredWebPart {
  return {
    definition: definition as unknown as IWebPartDefinition<Record<string, unknown>, unknown>,
    strings: locales as Locales<TStrings>,
    pageProperties: pageProperties as Record<string, unknown>,
    page
  };
}

/** The site's pages with web parts, in navigation order (home first), each named by its first web part's title. */
export function webPartPages(parts: readonly IRegisteredWebPart[], language: UiLanguage): { page: string; title: (home: string) => string }[] {
  const pages: { page: string; title: (home: string) => string }[] = [{ page: 'home', title: home => home }];
  for (const part of parts) {
    if (pages.some(p => p.page === part.page)) continue;
    const title = part.definition.title(part.strings[language]);
    pages.push({ page: part.page, title: () => title });
  }
  return pages;
}

/**
 * The web parts on the local page, top to bottom. With none registered the page shows the site's lists instead.
 */
export const WEBPARTS: IRegisteredWebPart[] = [
  // The demo page shows the coordinator's own Outlook calendar in the "Møder" ring (a new web part starts with none).
  register(aarshjulDefinition, aarshjulLocales, { meetingSource: 'me' }, 'home'),
  register(henvendelserDefinition, henvendelserLocales, { mailbox: 'sekretariat@os2.eu' }, 'henvendelser'),
  register(processerDefinition, processerLocales, {}, 'processer'),
  register(beslutningerDefinition, beslutningerLocales, { meetingSource: 'me' }, 'beslutninger'),
  // The cockpit reads the coordinator's Outlook calendar like the home page's Årshjul.
  register(overblikDefinition, overblikLocales, { meetingSource: 'me' }, 'overblik'),
  register(prioriteringDefinition, prioriteringLocales, {}, 'prioritering')
];
