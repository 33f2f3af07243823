import * as crypto from 'crypto';
import * as esbuild from 'esbuild';
import express from 'express';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { acceptsGzip } from '../../localsite/server/http/compression';
import type { IComponentManifest } from '../bundle/measure';
import { REPO_ROOT } from '../bundle/gulp';

/**
 * The benchmark's two pages on the local site's own Express app:
 *
 * - `/bench/aarshjul`: the Årshjul from `release/` (what `gulp bundle --ship` wrote) in `scripts/bench-host`, the
 *   stand-in for SharePoint's page runtime;
 * - `/bench/baseline`: `scripts/bench-baseline`, the naive page.
 *
 * Scripts are served gzip-compressed with long-lived caching, as SharePoint's CDN serves a package's hashed files, so
 * a reload (a warm load) takes them from the browser's cache. The HTML is never cached.
 */

/** A built browser script, served as `/bench/js/<name>.<hash>.js`. */
interface IScript {
  url: string;
  raw: Buffer;
  gzip: Buffer;
}

/** Builds a browser script with esbuild (minified, production React). */
export async function buildScript(name: string, entry: string): Promise<IScript> {
  const result = await esbuild.build({
    entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: ['es2019', 'chrome100'],
    minify: true, define: { 'process.env.NODE_ENV': '"production"', global: 'window' }, logLevel: 'silent'
  });
  const raw = Buffer.from(result.outputFiles[0].contents);
  const hash = crypto.createHash('sha1').update(raw).digest('hex').slice(0, 12);
  return { url: `/bench/js/${name}.${hash}.js`, raw, gzip: zlib.gzipSync(raw, { level: 9 }) };
}

/** What a load of the Årshjul page needs to know about the build it runs. */
export interface IShipComponent {
  manifest: IComponentManifest;
  /** `<id>_<version>`: the AMD name the entry bundle defines. */
  module: string;
  /** Strings files (da-DK) then the entry, as served. */
  scripts: { src: string; module: string }[];
}

/** The component in `release/` with this manifest id, and the scripts a page loads for it. */
export function shipComponent(releaseDir: string, id: string): IShipComponent {
  const file = path.join(releaseDir, 'manifests', `${id}.manifest.json`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run gulp bundle --ship (or the bench without --no-build)`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as IComponentManifest;
  const resources = manifest.loaderConfig.scriptResources;
  const scripts: { src: string; module: string }[] = [];
  for (const [name, r] of Object.entries(resources)) {
    if (r.type !== 'localizedPath') continue;
    const key = Object.keys(r.paths ?? {}).find(k => k.toLowerCase() === 'da-dk');
    scripts.push({ src: `/bench/assets/${key ? r.paths![key] : r.defaultPath!}`, module: name });
  }
  const entry = resources[manifest.loaderConfig.entryModuleId];
  scripts.push({ src: `/bench/assets/${entry.path!}`, module: manifest.loaderConfig.entryModuleId });
  return { manifest, module: `${manifest.id}_${manifest.version ?? '0.0.0'}`, scripts };
}

/** The baseline's requests: the Årshjul's own `$batch` and first Graph page, as the benchmark captured them. */
export interface IBaselineRequests {
  batch: { url: string; contentType: string; body: string };
  graph: { url: string; headers: Record<string, string> };
}

/** Options for {@link mountBenchPages}. */
export interface IBenchPagesOptions {
  releaseDir: string;
  component: IShipComponent;
  siteUrl: string;
  graphRoot: string;
  /** Web part properties the page stores (over the definition's defaults, which the web part class applies). */
  properties: Record<string, unknown>;
  /** A fresh form digest for the signed-in user, as SharePoint writes one into each page. */
  issueDigest(): { value: string; timeoutSeconds: number };
  /** Set once the Årshjul's requests are known (the baseline page refuses to load before). */
  baselineRequests(): IBaselineRequests | undefined;
}

/** Sizes of the two pages' own scripts (the SPFx stand-in with React, and the baseline with React). */
export interface IBenchPages {
  hostScript: { raw: number; gzip: number };
  baselineScript: { raw: number; gzip: number };
}

const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function html(title: string, rootId: string, globalName: string, config: unknown, script: string): string {
  return `<!DOCTYPE html>
<html lang="da-DK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; font-family: 'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif; }</style>
<script>window.FabricConfig = { fontBaseUrl: '' }; window.${globalName} = ${json(config)};</script>
</head>
<body>
<div id="${rootId}"></div>
<script src="${script}"></script>
</body>
</html>
`;
}

/** Sends a script, gzip-compressed when the browser accepts it, with long-lived caching. */
export function sendScript(req: express.Request, res: express.Response, raw: Buffer, gzip: Buffer): void {
  const headers: Record<string, string> = {
    'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable', Vary: 'Accept-Encoding'
  };
  if (acceptsGzip(req.headers['accept-encoding'])) {
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(gzip.length) });
    res.end(gzip);
  } else {
    res.writeHead(200, { ...headers, 'Content-Length': String(raw.length) });
    res.end(raw);
  }
}

/** Builds the host and baseline scripts (esbuild, production React, minified) and adds the pages' routes. */
export async function mountBenchPages(app: express.Express, options: IBenchPagesOptions): Promise<IBenchPages> {
  const [host, baseline] = await Promise.all([
    buildScript('host', path.join(REPO_ROOT, 'scripts', 'bench-host', 'host.ts')),
    buildScript('baseline', path.join(REPO_ROOT, 'scripts', 'bench-baseline', 'main.ts'))
  ]);
  const scripts = new Map([host, baseline].map(s => [s.url, s]));
  const assets = new Map<string, { raw: Buffer; gzip: Buffer }>();
  const assetsDir = path.join(options.releaseDir, 'assets');

  app.get('/bench/aarshjul', (req, res) => {
    const digest = options.issueDigest();
    const config = {
      siteUrl: options.siteUrl, graphRoot: options.graphRoot, formDigest: digest.value, formDigestTimeoutSeconds: digest.timeoutSeconds,
      componentModule: options.component.module, scripts: options.component.scripts, properties: options.properties,
      fontBaseUrl: '/bench/fonts/'
    };
    res.type('html').set('Cache-Control', 'no-store').send(html('Årshjul (gulp bundle --ship)', 'webpart', '__BENCH_HOST__', config, host.url));
  });
  app.get('/bench/baseline', (req, res) => {
    const requests = options.baselineRequests();
    if (!requests) {
      res.status(503).type('text/plain').send('The baseline replays the Årshjul\'s requests: load the Årshjul first.');
      return;
    }
    const config = { ...requests, formDigest: options.issueDigest().value };
    res.type('html').set('Cache-Control', 'no-store').send(html('Baseline', 'baseline', '__BENCH_BASELINE__', config, baseline.url));
  });
  app.get('/bench/js/:file', (req, res) => {
    const script = scripts.get(req.path);
    if (!script) res.status(404).end();
    else sendScript(req, res, script.raw, script.gzip);
  });
  app.get('/bench/assets/:file', (req, res) => {
    const name = path.basename(req.params.file);
    let asset = assets.get(name);
    if (!asset) {
      const file = path.join(assetsDir, name);
      if (!fs.existsSync(file)) {
        res.status(404).end();
        return;
      }
      const raw = fs.readFileSync(file);
      asset = { raw, gzip: zlib.gzipSync(raw, { level: 9 }) };
      assets.set(name, asset);
    }
    sendScript(req, res, asset.raw, asset.gzip);
  });
  // The package exports no package.json; its CommonJS entry is `<package>/lib-commonjs/index.js`.
  const fonts = path.resolve(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');
  app.use('/bench/fonts', express.static(fonts, { immutable: true, maxAge: '1y' }));
  return {
    hostScript: { raw: host.raw.length, gzip: host.gzip.length },
    baselineScript: { raw: baseline.raw.length, gzip: baseline.gzip.length }
  };
}

/** Options for {@link mountWebPartPage}: one more web part from `release/` on a page of the SPFx stand-in. */
export interface IWebPartPageOptions {
  /** The page's path segment: `/bench/<name>`. */
  name: string;
  title: string;
  releaseDir: string;
  component: IShipComponent;
  siteUrl: string;
  graphRoot: string;
  properties: Record<string, unknown>;
  issueDigest(): { value: string; timeoutSeconds: number };
}

/**
 * A page with one web part from `release/` in `scripts/bench-host` (as `/bench/aarshjul` has the Årshjul), for a site
 * on which {@link mountBenchPages} is not mounted: its own host script, assets and fonts under `/bench/`.
 */
export async function mountWebPartPage(app: express.Express, options: IWebPartPageOptions): Promise<{ hostScript: { raw: number; gzip: number } }> {
  const host = await buildScript('host', path.join(REPO_ROOT, 'scripts', 'bench-host', 'host.ts'));
  const assetsDir = path.join(options.releaseDir, 'assets');
  const assets = new Map<string, { raw: Buffer; gzip: Buffer }>();
  app.get(`/bench/${options.name}`, (req, res) => {
    const digest = options.issueDigest();
    const config = {
      siteUrl: options.siteUrl, graphRoot: options.graphRoot, formDigest: digest.value, formDigestTimeoutSeconds: digest.timeoutSeconds,
      componentModule: options.component.module, scripts: options.component.scripts, properties: options.properties,
      fontBaseUrl: '/bench/fonts/'
    };
    res.type('html').set('Cache-Control', 'no-store').send(html(options.title, 'webpart', '__BENCH_HOST__', config, host.url));
  });
  app.get('/bench/js/:file', (req, res) => {
    if (req.path !== host.url) res.status(404).end();
    else sendScript(req, res, host.raw, host.gzip);
  });
  app.get('/bench/assets/:file', (req, res) => {
    const name = path.basename(req.params.file);
    let asset = assets.get(name);
    if (!asset) {
      const file = path.join(assetsDir, name);
      if (!fs.existsSync(file)) {
        res.status(404).end();
        return;
      }
      const raw = fs.readFileSync(file);
      asset = { raw, gzip: zlib.gzipSync(raw, { level: 9 }) };
      assets.set(name, asset);
    }
    sendScript(req, res, asset.raw, asset.gzip);
  });
  const fonts = path.resolve(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');
  app.use('/bench/fonts', express.static(fonts, { immutable: true, maxAge: '1y' }));
  return { hostScript: { raw: host.raw.length, gzip: host.gzip.length } };
}
