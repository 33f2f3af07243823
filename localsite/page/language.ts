import type { UiLanguage } from '../../src/common/hosting';

/**
 * The page's current language, readable by code that imports its strings the SPFx way
 * (`import * as strings from 'XWebPartStrings'`): the build's locale plugin turns such an import into an object whose
 * properties follow this value. The page sets it before (re)mounting the web parts.
 */
let current: UiLanguage = 'da';

/** The language the page shows. */
export function getLanguage(): UiLanguage {
  return current;
}

/** Sets the language and the document's `lang` attribute (screen readers pronounce by it). */
export function setLanguage(language: UiLanguage): void {
  current = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'da' ? 'da-DK' : 'en-US';
}
