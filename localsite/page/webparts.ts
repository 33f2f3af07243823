import type { IWebPartDefinition, UiLanguage } from '../../src/common/hosting';
import { aarshjulDefinition } from '../../src/webparts/aarshjul/AarshjulDefinition';
import aarshjulLocales from 'localsite:loc/aarshjul';

/** A web part's strings in both languages. */
export type Locales<TStrings> = Record<UiLanguage, TStrings>;

/** A web part placed on the local page: its definition and its strings, with the types erased for the page. */
export interface IRegisteredWebPart {
  definition: IWebPartDefinition<Record<string, unknown>, unknown>;
  strings: Locales<unknown>;
  /** What the page's author has set in the property pane, over the web part's defaults (as a real page stores). */
  pageProperties: Record<string, unknown>;
}

/**
 * Registers a web part from its `IWebPartDefinition` and the strings the build loaded from its `loc` folder
 * (`import locales from 'localsite:loc/<folder>'`). The generic signature checks that the two belong together;
 * the page itself only passes them through.
 */
export function register<TProps extends object, TStrings>(
  definition: IWebPartDefinition<TProps, TStrings>, locales: { da: unknown; en: unknown }, pageProperties: Partial<TProps> = {}
): IRegisteredWebPart {
  return {
    definition: definition as unknown as IWebPartDefinition<Record<string, unknown>, unknown>,
    strings: locales as Locales<TStrings>,
    pageProperties: pageProperties as Record<string, unknown>
  };
}

/**
 * The web parts on the local page, top to bottom. With none registered the page shows the site's lists instead.
 */
export const WEBPARTS: IRegisteredWebPart[] = [
  // The demo page shows the coordinator's own Outlook calendar in the "Møder" ring (a new web part starts with none).
  register(aarshjulDefinition, aarshjulLocales, { meetingSource: 'me' })
];
