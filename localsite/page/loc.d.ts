/**
 * `localsite:loc/<web part folder>` is resolved by the page build's locale plugin (`localsite/build.ts`): it evaluates
 * the folder's SPFx AMD locale modules (`loc/da-dk.js`, `loc/en-us.js`) at build time and exports both.
 * The registry (`webparts.ts`) gives the result the web part's own strings type.
 */
declare module 'localsite:loc/*' {
  const locales: { da: unknown; en: unknown };
  export default locales;
}
