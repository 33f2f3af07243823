import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import Ajv from 'ajv';
import { buildTeamsPackage, packageFiles, readTeamsManifest, TEAMS_DIR } from '../../../scripts/teams/package';

/**
 * The Teams app »Koordinator« (`teams/manifest.json`): valid against the Teams app manifest schema it names (the
 * schema files `@microsoft/app-manifest` ships, so no network is needed); every tab opens a web part of this solution
 * that supports the host; and the package holds exactly what Teams needs. No tenant here: see docs/teams.md.
 */
const root = path.join(__dirname, '../../..');
const manifest = readTeamsManifest();
const webparts = fs.readdirSync(path.join(root, 'src/webparts')).map(d => {
  const dir = path.join(root, 'src/webparts', d);
  const file = fs.readdirSync(dir).find(f => f.endsWith('.manifest.json'))!;
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { id: string; alias: string; supportedHosts: string[] };
});
const componentId = (url: string): string => decodeURIComponent(url).match(/componentId=([0-9a-f-]{36})/)![1];

/**
 * A published Teams schema (`MicrosoftTeams.schema.json`, `MicrosoftTeams.Localization.schema.json`) for a manifest
 * version, from the copies `@microsoft/app-manifest` ships (Microsoft's own package for Teams app manifests).
 */
function schemaFor(version: string, name = 'MicrosoftTeams'): object {
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/${name}.schema.json`);
  // As that package does with the schemas it downloads: `\a` in one published pattern is not valid in JavaScript.
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\x07')) as object;
}

/** The schema errors of `value` (draft-04 schemas, as Microsoft publishes them), worded as `path message`. */
function validate(value: unknown, schema: object): string[] {
  const ajv = new Ajv({ allErrors: true, schemaId: 'auto', meta: false, unknownFormats: 'ignore' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const check = ajv.compile({ ...schema, $schema: undefined });
  return check(value) ? [] : (check.errors ?? []).map(e => `${e.dataPath} ${e.message ?? ''}`);
}

describe('the Teams app manifest', () => {
  test('is valid against the Teams app manifest schema of its version', () => {
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(validate(manifest, schemaFor(String(manifest.manifestVersion)))).toEqual([]);
  });

  test('the schema check catches a broken manifest (it is not vacuous)', () => {
    const broken = { ...manifest, staticTabs: [...manifest.staticTabs!, { entityId: 'x' }], accentColor: 'blå' };
    expect(validate(broken, schemaFor(String(manifest.manifestVersion))).length).toBeGreaterThan(1);
  });

  test('the localisation file is valid against its schema and names every personal tab in English', () => {
    const en = JSON.parse(fs.readFileSync(path.join(TEAMS_DIR, 'en-us.json'), 'utf8')) as Record<string, string>;
    expect(validate(en, schemaFor(String(manifest.manifestVersion), 'MicrosoftTeams.Localization'))).toEqual([]);
    manifest.staticTabs!.forEach((_, i) => expect(en[`staticTabs[${i}].name`]).toBeTruthy());
  });

  test('the personal app has the six tabs, in order, each for the personal scope through SharePoint\'s Teams host page', () => {
    expect(manifest.staticTabs!.map(t => t.name)).toEqual(['Overblik', 'Årshjul', 'Processer', 'Beslutninger', 'Henvendelser', 'Prioritering']);
    for (const tab of manifest.staticTabs!) {
      expect(tab.scopes).toEqual(['personal']);
      expect(tab.contentUrl).toMatch(/^https:\/\/\{teamSiteDomain\}\/_layouts\/15\/TeamsLogon\.aspx\?SPFX=true&dest=\/_layouts\/15\/teamshostedapp\.aspx%3Fteams%26personal%26componentId=/);
    }
  });

  test.each(manifest.staticTabs!.map(t => [t.name, componentId(t.contentUrl)]))(
    'the tab %s (%s) is a web part manifest in src/ that supports the personal app', (_name, id) => {
      const part = webparts.find(w => w.id === id);
      expect(part?.supportedHosts).toContain('TeamsPersonalApp');
    });

  test('the channel tab is a web part that supports Teams tabs, opened with its property pane', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const [tab] = manifest.configurableTabs!;
    expect(tab.configurationUrl).toContain('teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=');
    expect(webparts.find(w => w.id === componentId(tab.configurationUrl))!.supportedHosts).toContain('TeamsTab');
  });

  test('SharePoint API calls work from the Teams clients (webApplicationInfo for the tenant\'s SharePoint)', () => {
    expect(manifest.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
  });
});

describe('the Teams app package (teams/TeamsSPFxApp.zip, made by `npm run package`)', () => {
  test('holds the manifest, both icons and the localisation file at the top level, nothing else', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsPackage());
    expect(Object.keys(zip.files).sort()).toEqual([...packageFiles()].sort());
    expect(Object.keys(zip.files).every(f => !f.includes('/'))).toBe(true);
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toEqual(manifest);
  });

  test('the icons are PNGs of the sizes Teams requires: 192×192 colour, 32×32 outline', () => {
    const size = (file: string): [number, number] => {
      const png = fs.readFileSync(path.join(TEAMS_DIR, file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(manifest.icons.color)).toEqual([192, 192]);
    expect(size(manifest.icons.outline)).toEqual([32, 32]);
  });

  test('`npm run package` builds it before package-solution, which copies teams/ into the .sppkg', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.package).toMatch(/tsx scripts\/teams\/package\.ts && gulp package-solution --ship$/);
  });
});
