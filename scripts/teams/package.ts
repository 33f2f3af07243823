import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

/**
 * The Teams app »Koordinator« as SPFx packages a developer-provided app: `teams/TeamsSPFxApp.zip` holds the app
 * manifest and its files at the top level (not in a folder), and `gulp package-solution` copies everything in
 * `teams/` into the .sppkg, where »Sync to Teams« in the app catalog finds it (Microsoft: "Deployment options for
 * SharePoint Framework solutions for Microsoft Teams", section "Developer-provided Microsoft Teams app manifest &
 * package"). See docs/teams.md.
 */
export const REPO_ROOT = path.join(__dirname, '../..');
/** The folder SPFx copies into the package. */
export const TEAMS_DIR = path.join(REPO_ROOT, 'teams');
/** The app package's name, as SharePoint looks for it in the .sppkg. */
export const TEAMS_PACKAGE = path.join(TEAMS_DIR, 'TeamsSPFxApp.zip');

/** The Teams app manifest (`teams/manifest.json`), as far as the package needs it. */
export interface ITeamsManifest {
  icons: { color: string; outline: string };
  localizationInfo?: { additionalLanguages?: { file: string }[] };
  staticTabs?: { entityId: string; name: string; contentUrl: string; scopes: string[] }[];
  configurableTabs?: { configurationUrl: string; scopes: string[] }[];
  [key: string]: unknown;
}

/** Reads `teams/manifest.json`. */
export function readTeamsManifest(): ITeamsManifest {
  return JSON.parse(fs.readFileSync(path.join(TEAMS_DIR, 'manifest.json'), 'utf8')) as ITeamsManifest;
}

/** The files of the app package: the manifest, the two icons and the localisation files it names. */
export function packageFiles(manifest: ITeamsManifest = readTeamsManifest()): string[] {
  return ['manifest.json', manifest.icons.color, manifest.icons.outline, ...(manifest.localizationInfo?.additionalLanguages ?? []).map(l => l.file)];
}

/** Builds the app package in memory (the same bytes for the same files: fixed dates). */
export async function buildTeamsPackage(): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date('2026-01-01T00:00:00Z');
  for (const file of packageFiles()) zip.file(file, fs.readFileSync(path.join(TEAMS_DIR, file)), { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** `tsx scripts/teams/package.ts` (part of `npm run package`): writes `teams/TeamsSPFxApp.zip`. */
async function main(): Promise<void> {
  const bytes = await buildTeamsPackage();
  fs.writeFileSync(TEAMS_PACKAGE, bytes);
  // eslint-disable-next-line no-console
  console.log(`Teams-app: ${path.relative(REPO_ROOT, TEAMS_PACKAGE)} (${packageFiles().join(', ')}; ${bytes.length} bytes)`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    // eslint-disable-next-line no-console
    console.error(e);
    process.exit(1);
  });
}
