import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/**
 * First-load JavaScript of each SPFx component in a production build (`gulp bundle --ship`): what SharePoint must
 * download before a web part can render — the entry bundle, any other script the manifest lists as a path, and its
 * localized strings in one locale — gzip-compressed. SPFx's externals (React, ReactDOM, `@microsoft/sp-*`, the Graph
 * client: `"type": "component"` in the manifest) are component dependencies the page loads anyway, not files of the
 * package, so they do not count. Lazy chunks (webpack `import()` chunks) do not count either, but are listed.
 */

/** 1 KB = 1024 bytes throughout the report. */
export const KB = 1024;
/** The first-load budget per web part (issue 9), gzip. */
export const BUDGET_BYTES = 150 * KB;
/** Where we want to be: the budget is a ceiling on the way there. */
export const AIM_BYTES = 100 * KB;
/** The locale whose strings are counted (Danish first). */
export const DEFAULT_LOCALE = 'da-DK';

/** One `loaderConfig.scriptResources` entry of an SPFx component manifest. */
export interface IScriptResource {
  type: 'path' | 'localizedPath' | 'component' | string;
  path?: string;
  paths?: Record<string, string>;
  defaultPath?: string;
  id?: string;
  version?: string;
}

/** The parts of a component manifest (`release/manifests/<id>.manifest.json`) the budget reads. */
export interface IComponentManifest {
  id: string;
  alias: string;
  componentType: string;
  version?: string;
  preconfiguredEntries?: { title?: Record<string, string> }[];
  loaderConfig: { entryModuleId: string; scriptResources: Record<string, IScriptResource> };
}

/** A script file of the package with its sizes in bytes. */
export interface IScriptFile {
  /** The module name in the manifest (`aarshjul-web-part`, `AarshjulWebPartStrings`); for chunks the file's chunk name. */
  module: string;
  file: string;
  raw: number;
  gzip: number;
}

/** One component's first load. */
export interface IComponentSize {
  id: string;
  alias: string;
  componentType: string;
  /** The manifest's Danish (or default) title, when it has one. */
  title: string;
  entry: IScriptFile;
  /** Other `"type": "path"` scripts: loaded with the entry, so counted. */
  otherScripts: IScriptFile[];
  /** Localized strings modules in the measured locale. */
  strings: IScriptFile[];
  /** SPFx component dependencies (`name@version`): not files of the package, not counted. */
  externals: string[];
  /** Lazy chunks the entry can load: listed, not counted. */
  chunks: IScriptFile[];
  /** entry + other scripts + strings, gzip. */
  firstLoadGzip: number;
  budget: number;
  overBudget: boolean;
}

/** The whole build. */
export interface IReleaseSize {
  locale: string;
  components: IComponentSize[];
  /** `chunk.*.js` files no entry refers to: left over from an earlier build (`gulp clean` removes them). */
  unreferencedChunks: string[];
}

/** gzip size at level 9 (what a CDN serving pre-compressed assets gets; SharePoint's CDN compresses scripts). */
export function gzipSize(data: Buffer | string): number {
  return zlib.gzipSync(data, { level: 9 }).length;
}

function sizeOf(dir: string, file: string, module: string): IScriptFile {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new Error(`${module}: ${file} is named in the manifest but missing from ${dir}`);
  const data = fs.readFileSync(full);
  return { module, file, raw: data.length, gzip: gzipSize(data) };
}

/** The file of a localized resource for `locale` (manifests key locales as `da-DK`), else its default. */
export function localizedFile(resource: IScriptResource, locale: string): string | undefined {
  const key = Object.keys(resource.paths ?? {}).find(k => k.toLowerCase() === locale.toLowerCase());
  return key ? resource.paths![key] : resource.defaultPath;
}

const CHUNK_FILE = /^chunk\.(.+)_([0-9a-f]{8,})\.js$/;

/**
 * Whether an entry bundle can load a chunk file. Webpack 5's runtime (in the entry) builds chunk URLs from a map of
 * chunk id → content hash, so the chunk's hash appears in the entry as a string; a file name without a hash must
 * appear whole.
 */
export function entryRefersToChunk(entryCode: string, chunkFile: string): boolean {
  const m = CHUNK_FILE.exec(chunkFile);
  return entryCode.includes(m ? m[2] : chunkFile);
}

/** The chunk name of a `chunk.<name>_<hash>.js` file. */
export function chunkName(file: string): string {
  const m = CHUNK_FILE.exec(file);
  return m ? m[1] : file;
}

/** The first load of one component, from its manifest and the folder holding the package's scripts. */
export function measureComponent(
  manifest: IComponentManifest, assetsDir: string, options: { locale?: string; budget?: number; chunkFiles?: string[] } = {}
): IComponentSize {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const budget = options.budget ?? BUDGET_BYTES;
  const { entryModuleId, scriptResources } = manifest.loaderConfig;
  const entryResource = scriptResources[entryModuleId];
  if (!entryResource || entryResource.type !== 'path' || !entryResource.path) {
    throw new Error(`${manifest.alias}: the entry module ${entryModuleId} is not a "path" script resource`);
  }
  const entry = sizeOf(assetsDir, entryResource.path, entryModuleId);
  const otherScripts: IScriptFile[] = [];
  const strings: IScriptFile[] = [];
  const externals: string[] = [];
  for (const [name, resource] of Object.entries(scriptResources)) {
    if (name === entryModuleId) continue;
    if (resource.type === 'component') {
      externals.push(resource.version ? `${name}@${resource.version}` : name);
    } else if (resource.type === 'localizedPath') {
      const file = localizedFile(resource, locale);
      if (!file) throw new Error(`${manifest.alias}: ${name} has no file for ${locale} and no default`);
      strings.push(sizeOf(assetsDir, file, name));
    } else if (resource.type === 'path' && resource.path) {
      otherScripts.push(sizeOf(assetsDir, resource.path, name));
    } else {
      throw new Error(`${manifest.alias}: script resource ${name} has an unknown type ${String(resource.type)}`);
    }
  }
  const entryCode = fs.readFileSync(path.join(assetsDir, entry.file), 'utf8');
  const chunks = (options.chunkFiles ?? [])
    .filter(f => entryRefersToChunk(entryCode, f))
    .map(f => sizeOf(assetsDir, f, chunkName(f)));
  const firstLoadGzip = [entry, ...otherScripts, ...strings].reduce((sum, f) => sum + f.gzip, 0);
  const title = manifest.preconfiguredEntries?.[0]?.title;
  return {
    id: manifest.id, alias: manifest.alias, componentType: manifest.componentType,
    title: title?.['da-DK'] ?? title?.default ?? manifest.alias,
    entry, otherScripts, strings, externals, chunks, firstLoadGzip, budget, overBudget: firstLoadGzip > budget
  };
}

/** Reads every `*.manifest.json` in `manifestsDir`. */
export function readManifests(manifestsDir: string): IComponentManifest[] {
  if (!fs.existsSync(manifestsDir)) return [];
  return fs.readdirSync(manifestsDir)
    .filter(f => f.endsWith('.manifest.json'))
    .sort()
    .map(f => JSON.parse(fs.readFileSync(path.join(manifestsDir, f), 'utf8')) as IComponentManifest);
}

/**
 * Measures a release folder as SPFx 1.22's `gulp bundle --ship` writes it: `release/manifests/*.manifest.json` and
 * the package's scripts in `release/assets/` (what `package-solution` packs and `deploy-azure-storage` uploads).
 */
export function measureRelease(releaseDir: string, options: { locale?: string; budget?: number } = {}): IReleaseSize {
  const assetsDir = path.join(releaseDir, 'assets');
  const manifests = readManifests(path.join(releaseDir, 'manifests'));
  if (manifests.length === 0) throw new Error(`No component manifests in ${path.join(releaseDir, 'manifests')}: run gulp bundle --ship first`);
  const chunkFiles = fs.readdirSync(assetsDir).filter(f => f.startsWith('chunk.') && f.endsWith('.js')).sort();
  const components = manifests.map(m => measureComponent(m, assetsDir, { ...options, chunkFiles }));
  const claimed = new Set(components.flatMap(c => c.chunks.map(ch => ch.file)));
  return {
    locale: options.locale ?? DEFAULT_LOCALE, components,
    unreferencedChunks: chunkFiles.filter(f => !claimed.has(f))
  };
}
