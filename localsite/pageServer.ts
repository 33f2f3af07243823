import * as crypto from 'crypto';
import * as path from 'path';
import * as zlib from 'zlib';
import express from 'express';
import { acceptsGzip, writeEncoded } from './server/http/compression';
import { buildPage, createPageBuilder, type IPageBundle, type IPageBuilder } from './build';

/**
 * Serves the local page from the local site's own Express app: `/` (HTML), `/page/main.js` (+ source map) and
 * `/page/fonts/` (Fluent's icon font, so nothing is fetched from a CDN).
 */

/** Where the page finds the site; written into the HTML, overridable in the browser with `?site=` / `?graph=`. */
export interface IPageSiteUrls {
  /** Absolute URL of the SharePoint web (`http://127.0.0.1:4400/sites/os2`). */
  siteUrl: string;
  /** Graph root without the version (`http://127.0.0.1:4400/graph`). */
  graphRoot: string;
}

/** Options for {@link mountLocalPage}. */
export interface IMountPageOptions {
  /** Rebuild (incrementally) on each page load, so an edited web part shows on reload. Default false. */
  live?: boolean;
  /** Production React, minified (the benchmark); development otherwise. Not with `live`. */
  production?: boolean;
}

/** The mounted page: the current bundle, and a way to stop esbuild. */
export interface IMountedPage {
  /** The bundle as last built (throws the build error if the last build failed). */
  bundle(): Promise<IPageBundle>;
  dispose(): Promise<void>;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));

/** The page's HTML: same-origin URLs, so a page served at 127.0.0.1 or localhost works alike. */
export function pageHtml(urls: IPageSiteUrls, bundleVersion: string): string {
  // Same-origin paths: the browser resolves them against whatever host name it used to reach the site.
  const config = { siteUrl: new URL(urls.siteUrl).pathname, graphRoot: new URL(urls.graphRoot).pathname };
  // FabricConfig.fontBaseUrl '' stops Fluent registering Segoe UI web fonts from Microsoft's CDN (offline here);
  // the system font stack is used instead.
  return `<!DOCTYPE html>
<html lang="da-DK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Koordinator – OS2 Sekretariat</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; font-family: 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif; }</style>
<script>window.FabricConfig = { fontBaseUrl: '' }; window.__LOCALSITE__ = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script>
</head>
<body>
<div id="root"></div>
<noscript>Koordinator kræver JavaScript.</noscript>
<script src="/page/main.js?v=${escapeHtml(bundleVersion)}"></script>
</body>
</html>
`;
}

function errorHtml(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head>` +
    `<body><main><h1>The local page did not build</h1><pre>${escapeHtml(text)}</pre></main></body></html>`;
}

/**
 * Builds the page and adds its routes to `app`. The first build happens here, so a broken page fails start-up
 * (and the integration test) rather than the first visit.
 */
export async function mountLocalPage(app: express.Express, urls: IPageSiteUrls, options: IMountPageOptions = {}): Promise<IMountedPage> {
  let builder: IPageBuilder | undefined;
  let current: Promise<IPageBundle>;
  if (options.live) {
    builder = await createPageBuilder();
    current = builder.build();
  } else {
    current = buildPage(options.production ? 'production' : 'development');
  }
  await current;
  const bundle = (): Promise<IPageBundle> => current;
  const refresh = (): Promise<IPageBundle> => {
    if (builder) current = builder.build();
    return current;
  };
  const version = (b: IPageBundle): string => crypto.createHash('sha1').update(b.js).digest('hex').slice(0, 12);

  app.get('/', (req, res) => {
    refresh().then(
      b => res.type('html').set('Cache-Control', 'no-store').send(pageHtml(urls, version(b))),
      (e: unknown) => res.status(500).type('html').send(errorHtml(e)));
  });
  // The bundle is compressed once per build (several MB in development; SharePoint's CDN serves scripts gzipped).
  const gzipped = new WeakMap<IPageBundle, Buffer>();
  app.get('/page/main.js', (req, res) => {
    bundle().then(
      b => {
        const headers = { 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'no-cache' };
        if (!acceptsGzip(req.headers['accept-encoding'])) {
          writeEncoded(res, 200, headers, Buffer.from(b.js), undefined);
          return;
        }
        let gz = gzipped.get(b);
        if (!gz) { gz = zlib.gzipSync(Buffer.from(b.js), { level: 6 }); gzipped.set(b, gz); }
        res.writeHead(200, { ...headers, Vary: 'Accept-Encoding', 'Content-Encoding': 'gzip', 'Content-Length': gz.length });
        res.end(gz);
      },
      (e: unknown) => res.status(500).type('text/plain').send(String(e)));
  });
  app.get('/page/main.js.map', (req, res) => {
    bundle().then(
      b => res.type('application/json').send(Buffer.from(b.map)),
      (e: unknown) => res.status(500).type('text/plain').send(String(e)));
  });
  // The package exports no package.json; its CommonJS entry is `<package>/lib-commonjs/index.js`.
  const fonts = path.resolve(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');
  app.use('/page/fonts', express.static(fonts, { immutable: true, maxAge: '1y' }));

  return { bundle, dispose: async () => { await builder?.dispose(); } };
}
