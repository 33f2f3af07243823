import * as esbuild from 'esbuild';
import * as fs from 'fs';
import { loadAmdStrings } from './amd';
import * as path from 'path';

/**
 * Builds the local page (`localsite/page/main.tsx`) with esbuild, in memory, so `npm start` serves the real web
 * parts without the SPFx toolchain. One esbuild context is kept: a rebuild after an edit is incremental (tens of
 * milliseconds), so the page can rebuild on every reload while someone works on a web part.
 */

/** The repository root (this file lives in `localsite/`). */
export const REPO_ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(REPO_ROOT, 'localsite', 'page', 'main.tsx');
const LANGUAGE_MODULE = path.join(REPO_ROOT, 'localsite', 'page', 'language.ts');

/** The built page: script and source map, ready to serve. */
export interface IPageBundle {
  js: Uint8Array;
  map: Uint8Array;
  /** Milliseconds the (re)build took. */
  durationMs: number;
  warnings: string[];
}

/** A page builder: `build()` (re)builds incrementally; `dispose()` frees esbuild's context. */
export interface IPageBuilder {
  build(): Promise<IPageBundle>;
  dispose(): Promise<void>;
}

export { loadAmdStrings } from './amd';

/** The folder the shared strings module (`CommonStrings`) is registered under. */
export const COMMON_LOC = 'common';

interface ILocales { da: Record<string, unknown>; en: Record<string, unknown>; files: string[]; warnings: string[] }

/**
 * A web part folder's strings as its root gets them in SharePoint: the shared `CommonStrings` module with the web
 * part's own module over it (`DefinitionWebPart` merges the two the same way). `common` is the shared module alone.
 */
function readLocales(folder: string): ILocales {
  const common = readLocaleDir(path.join(REPO_ROOT, 'src', 'common', 'loc'));
  if (folder === COMMON_LOC) return common;
  const own = readLocaleDir(path.join(REPO_ROOT, 'src', 'webparts', folder, 'loc'));
  return {
    da: { ...common.da, ...own.da }, en: { ...common.en, ...own.en },
    files: [...common.files, ...own.files], warnings: [...common.warnings, ...own.warnings]
  };
}

/** The two locale files of a `loc` folder; a missing one falls back to the other (with a build warning). */
function readLocaleDir(locDir: string): ILocales {
  const daFile = path.join(locDir, 'da-dk.js');
  const enFile = path.join(locDir, 'en-us.js');
  const files = [daFile, enFile].filter(f => fs.existsSync(f));
  if (files.length === 0) throw new Error(`No locale files in ${locDir} (expected da-dk.js and en-us.js)`);
  const warnings = [daFile, enFile].filter(f => !fs.existsSync(f)).map(f => `${path.relative(REPO_ROOT, f)} is missing; the other language is used instead`);
  const da = fs.existsSync(daFile) ? loadAmdStrings(daFile) : loadAmdStrings(enFile);
  const en = fs.existsSync(enFile) ? loadAmdStrings(enFile) : da;
  return { da, en, files, warnings };
}

/** `config/config.json`'s `localizedResources`: SPFx module name (`AarshjulWebPartStrings`) → web part folder. */
function localizedModules(): Map<string, string> {
  const config = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'config', 'config.json'), 'utf8')) as { localizedResources?: Record<string, string> };
  const modules = new Map<string, string>();
  for (const [name, target] of Object.entries(config.localizedResources ?? {})) {
    const folder = /webparts\/([^/]+)\/loc\//.exec(target);
    if (folder) modules.set(name, folder[1]);
    else if (/common\/loc\//.test(target)) modules.set(name, COMMON_LOC);
  }
  return modules;
}

/**
 * Loads the SPFx locale modules so the page can switch language at run time:
 * - `localsite:loc/<folder>` → `{ da, en }` for a web part folder (what the page's registry imports);
 * - the SPFx module name (`import * as strings from 'AarshjulWebPartStrings'`) → an object whose properties follow
 *   the page's current language, for code that imports its strings the SPFx way;
 * - a direct import of `loc/<locale>.js` → that file's strings.
 */
export function localePlugin(): esbuild.Plugin {
  return {
    name: 'spfx-locales',
    setup(build) {
      const modules = localizedModules();
      build.onResolve({ filter: /^localsite:loc\// }, args => ({ path: args.path.slice('localsite:loc/'.length), namespace: 'spfx-loc' }));
      // SPFx names its locale modules `<Something>Strings`; only those listed in config.json are resolved here.
      build.onResolve({ filter: /^[A-Za-z0-9_]+Strings$/ }, args =>
        modules.has(args.path) ? { path: modules.get(args.path)!, namespace: 'spfx-loc-live' } : undefined);
      build.onLoad({ filter: /.*/, namespace: 'spfx-loc' }, args => {
        const { da, en, files, warnings } = readLocales(args.path);
        return {
          contents: `export default ${JSON.stringify({ da, en })};`, loader: 'js', watchFiles: files,
          warnings: warnings.map(text => ({ text }))
        };
      });
      build.onLoad({ filter: /.*/, namespace: 'spfx-loc-live' }, args => {
        const { da, en, files, warnings } = readLocales(args.path);
        const contents = `
          const { getLanguage } = require(${JSON.stringify(LANGUAGE_MODULE)});
          const locales = ${JSON.stringify({ da, en })};
          const live = {};
          for (const key of new Set([...Object.keys(locales.da), ...Object.keys(locales.en)])) {
            Object.defineProperty(live, key, { enumerable: true, get: () => (locales[getLanguage()] || locales.da)[key] });
          }
          module.exports = live;`;
        return { contents, loader: 'js', resolveDir: REPO_ROOT, watchFiles: files, warnings: warnings.map(text => ({ text })) };
      });
      build.onLoad({ filter: /[\\/]loc[\\/][a-z]{2}-[a-z]{2}\.js$/ }, args => ({
        contents: `module.exports = ${JSON.stringify(loadAmdStrings(args.path))};`, loader: 'js'
      }));
    }
  };
}

/** How the page is built: development React (warnings reach the console) or production React, minified. */
export type PageBuildMode = 'development' | 'production';

/**
 * esbuild options for the page: one IIFE bundle with a linked source map. Development by default; the benchmark
 * builds for production, as `gulp bundle --ship` does for SharePoint.
 */
export function pageBuildOptions(mode: PageBuildMode = 'development'): esbuild.BuildOptions {
  return {
    entryPoints: { main: ENTRY },
    bundle: true,
    write: false,
    outdir: path.join(REPO_ROOT, 'localsite', 'page', 'dist'),
    format: 'iife',
    platform: 'browser',
    target: ['es2019', 'chrome100'],
    sourcemap: 'linked',
    jsx: 'transform',
    // Development React: warnings about keys, props and effects reach the console, where the browser tests see them.
    define: { 'process.env.NODE_ENV': JSON.stringify(mode), global: 'window' },
    minify: mode === 'production',
    logLevel: 'silent',
    plugins: [localePlugin()]
  };
}

function toBundle(result: esbuild.BuildResult, started: number): IPageBundle {
  const files = result.outputFiles ?? [];
  const js = files.find(f => f.path.endsWith('main.js'));
  const map = files.find(f => f.path.endsWith('main.js.map'));
  if (!js || !map) throw new Error('esbuild produced no main.js / main.js.map');
  return {
    js: js.contents, map: map.contents, durationMs: Date.now() - started,
    warnings: result.warnings.map(w => esbuild.formatMessagesSync([w], { kind: 'warning', color: false }).join('').trim())
  };
}

/** Builds the page once. */
export async function buildPage(mode: PageBuildMode = 'development'): Promise<IPageBundle> {
  const started = Date.now();
  return toBundle(await esbuild.build(pageBuildOptions(mode)), started);
}

/**
 * A builder that keeps esbuild's context between builds. Concurrent `build()` calls share one rebuild, so a burst
 * of page loads costs one build.
 */
export async function createPageBuilder(): Promise<IPageBuilder> {
  const ctx = await esbuild.context(pageBuildOptions());
  let running: Promise<IPageBundle> | undefined;
  return {
    build(): Promise<IPageBundle> {
      if (!running) {
        const started = Date.now();
        running = ctx.rebuild().then(r => toBundle(r, started)).finally(() => { running = undefined; });
      }
      return running;
    },
    dispose: () => ctx.dispose()
  };
}
