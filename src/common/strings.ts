/**
 * The strings every web part shares (the four states, provisioning, errors, validation, the date and people
 * pickers). Declared once, in `src/common/loc/mystrings.d.ts` (the SPFx localized resource `CommonStrings`, with
 * `da-dk.js` and `en-us.js` beside it); each web part's `I…WebPartStrings` extends it, so its strings object — the
 * common module merged with its own, by the host — is what the shared components take.
 */
export type ICommonStrings = ICoordinatorCommonStrings;

/**
 * Fills `{0}`, `{1}`, … in a localised template. Word order differs between Danish and English, so strings carry
 * numbered placeholders rather than being concatenated in code.
 */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}
