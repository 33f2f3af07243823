import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadAmd } = require('../../support/locStrings');

const webparts = path.join(__dirname, '../../../src/webparts');
const LOCALES = ['da-dk', 'en-us'];

/** The keys `mystrings.d.ts` declares in its `I…Strings` interface. */
function declaredKeys(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const body = /interface\s+I\w+Strings\s*\{([\s\S]*?)\n\}/.exec(source);
  if (!body) throw new Error(`No I…Strings interface in ${file}`);
  return [...body[1].matchAll(/^\s*(\w+)\??\s*:/gm)].map(m => m[1]).sort();
}

const folders = fs.readdirSync(webparts).filter(d => fs.existsSync(path.join(webparts, d, 'loc', 'mystrings.d.ts')));
const commonLoc = path.join(__dirname, '../../../src/common/loc');
const commonKeys = declaredKeys(path.join(commonLoc, 'mystrings.d.ts'));

describe('the shared CommonStrings module', () => {
  test.each(LOCALES)('%s has exactly the keys its mystrings.d.ts declares, none empty', (locale) => {
    const strings = loadAmd(path.join(commonLoc, `${locale}.js`)) as Record<string, unknown>;
    expect(Object.keys(strings).sort()).toEqual(commonKeys);
    expect(Object.entries(strings).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  test.each(LOCALES)('%s: the shared state texts name no web part (each web part says its own with inOwnWords)', (locale) => {
    const strings = loadAmd(path.join(commonLoc, `${locale}.js`)) as Record<string, string>;
    const states = ['Loading', 'ErrorTitle', 'ErrorForbidden', 'ErrorConflict', 'NotConfiguredTitle', 'NotConfiguredOwnerText',
      'NotConfiguredReaderText', 'ProvisionContinue'];
    const naming = states.filter(k => /årshjul|annual wheel|aktivitet|activity|proces|inquir|henvendelse|beslutning|decision/i.test(strings[k]));
    expect(naming).toEqual([]);
  });

  test('config/config.json maps CommonStrings to it', () => {
    const config = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../config/config.json'), 'utf8'));
    expect(config.localizedResources.CommonStrings).toBe('lib/common/loc/{locale}.js');
  });
});

test('there is at least one web part with strings', () => {
  expect(folders.length).toBeGreaterThan(0);
});

describe.each(folders)('%s strings', (folder) => {
  const loc = path.join(webparts, folder, 'loc');
  const declared = declaredKeys(path.join(loc, 'mystrings.d.ts'));

  test.each(LOCALES)('%s has exactly the keys mystrings.d.ts declares, none empty', (locale) => {
    const file = path.join(loc, `${locale}.js`);
    expect(fs.existsSync(file)).toBe(true);
    const strings = loadAmd(file) as Record<string, unknown>;
    expect(Object.keys(strings).sort()).toEqual(declared);
    const empty = Object.entries(strings).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test('no web part repeats a shared string (one place for what they share)', () => {
    expect(declared.filter(k => commonKeys.includes(k))).toEqual([]);
  });

  test('config/config.json maps the strings module to these files', () => {
    const config = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../config/config.json'), 'utf8'));
    const entries = Object.values(config.localizedResources as Record<string, string>);
    expect(entries).toContain(`lib/webparts/${folder}/loc/{locale}.js`);
  });
});
