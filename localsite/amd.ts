import * as fs from 'fs';
import * as path from 'path';

/** Evaluates an SPFx AMD locale module (`define([], function () { return {...}; })`) and returns its strings. */
export function loadAmdStrings(file: string): Record<string, unknown> {
  let result: Record<string, unknown> | undefined;
  const define = (deps: unknown, factory?: () => Record<string, unknown>): void => {
    const f = typeof deps === 'function' ? deps as () => Record<string, unknown> : factory;
    result = f ? f() : undefined;
  };
  // The locale files are the project's own, run at build time exactly as SPFx's AMD loader would run them.
  // eslint-disable-next-line no-new-func
  new Function('define', fs.readFileSync(file, 'utf8'))(define);
  if (!result || typeof result !== 'object') throw new Error(`${file} does not define a strings object`);
  return result;
}


/** The shared strings (`src/common/loc`) in one language, for Node code that words codes (provisioning reports). */
export function commonStrings(locale: 'da-dk' | 'en-us' = 'da-dk'): ICoordinatorCommonStrings {
  return loadAmdStrings(path.join(__dirname, '..', 'src', 'common', 'loc', `${locale}.js`)) as unknown as ICoordinatorCommonStrings;
}
