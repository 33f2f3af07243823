// Stands in for rrule's natural-language module (rrule/dist/esm/nlp) in the SPFx build: Koordinator never calls
// RRule.toText/fromText (it describes rules itself, in Danish and English: src/domain/describeRule.ts), and the module
// was 4 KB gzip of every web part's first load. Calling it anyway fails loudly instead of silently doing nothing.
function unavailable() {
  throw new Error("rrule's natural-language functions are not part of the Koordinator bundle (see gulpfile.js).");
}
export const fromText = unavailable;
export const parseText = unavailable;
export const toText = unavailable;
export const isFullyConvertible = () => false;
