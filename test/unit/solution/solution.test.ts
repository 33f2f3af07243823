import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../../..');
/** SPFx manifests are JSON with comments. */
const readJsonc = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(root, file), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;

const manifests = fs.readdirSync(path.join(root, 'src/webparts')).map(d => `src/webparts/${d}/${fs.readdirSync(path.join(root, 'src/webparts', d)).find(f => f.endsWith('.manifest.json'))}`);

describe('the solution package', () => {
  test('requests the Graph permissions the årshjul and the mailbox pull need and deploys tenant-wide', () => {
    const solution = (readJsonc('config/package-solution.json').solution) as { webApiPermissionRequests: { resource: string; scope: string }[]; skipFeatureDeployment: boolean; name: string };
    expect(solution.webApiPermissionRequests).toEqual(expect.arrayContaining([
      { resource: 'Microsoft Graph', scope: 'Calendars.Read' },
      { resource: 'Microsoft Graph', scope: 'Calendars.Read.Shared' },
      { resource: 'Microsoft Graph', scope: 'Group.Read.All' },
      // Henvendelser's »Hent nye e-mails« reads the shared mailbox's inbox (delegated; only mailboxes the user may open).
      { resource: 'Microsoft Graph', scope: 'Mail.Read.Shared' }
    ]));
    expect(solution.skipFeatureDeployment).toBe(true);
    expect(solution.name).toBe('OS2 Koordinator');
  });

  test.each(manifests)('%s runs on SharePoint pages, full-page apps, Teams tabs and the Teams personal app, with Teams icons', (file) => {
    const manifest = readJsonc(file) as { id: string; supportedHosts: string[]; supportsThemeVariants: boolean };
    expect([...manifest.supportedHosts].sort()).toEqual(['SharePointFullPage', 'SharePointWebPart', 'TeamsPersonalApp', 'TeamsTab']);
    expect(manifest.supportsThemeVariants).toBe(true);
    for (const icon of ['color', 'outline']) expect(fs.existsSync(path.join(root, 'teams', `${manifest.id}_${icon}.png`))).toBe(true);
  });

  test('every web part has a bundle entry in config/config.json', () => {
    const config = readJsonc('config/config.json') as { bundles: Record<string, { components: { manifest: string }[] }> };
    const bundled = Object.values(config.bundles).flatMap(b => b.components.map(c => c.manifest.replace(/^\.\//, '')));
    expect(bundled.sort()).toEqual([...manifests].sort());
  });
});
