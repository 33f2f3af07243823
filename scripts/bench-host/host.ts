/**
 * The benchmark's stand-in for SharePoint's page runtime (browser code, bundled by `scripts/bench/pages.ts`): it
 * loads a web part exactly as `gulp bundle --ship` wrote it — the AMD entry bundle and its strings files from
 * `release/assets`, lazy chunks through the bundle's own webpack runtime — and gives it what SPFx would: React 17 and
 * ReactDOM (production), the Graph client, small stand-ins for `@microsoft/sp-*` and a web part context against the
 * local site. Then it runs the web part's `onInit()` and `render()` as SPFx does.
 *
 * The stand-ins implement only what the solution's code touches (`DefinitionWebPart`, `propertyPane.ts`); a web part
 * that reaches further fails here loudly, which is the point of a benchmark harness that must not guess.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Client } from '@microsoft/microsoft-graph-client';
import { initializeIcons } from '@fluentui/font-icons-mdl2';

/** Written into the page by the benchmark. */
interface IHostConfig {
  siteUrl: string;
  graphRoot: string;
  /** A form digest issued for the signed-in user, as SharePoint puts one in its page context. */
  formDigest: string;
  formDigestTimeoutSeconds: number;
  /** The component's AMD module name (`<id>_<version>`) and its scripts: strings first, the entry last. */
  componentModule: string;
  scripts: { src: string; module: string }[];
  properties: Record<string, unknown>;
  fontBaseUrl: string;
}

declare global {
  interface Window {
    __BENCH_HOST__: IHostConfig;
    __benchHostError?: string;
    define: IDefine;
  }
}

type Factory = (...deps: unknown[]) => unknown;
interface IDefine {
  (name: string | string[] | Factory, deps?: string[] | Factory, factory?: Factory): void;
  amd: object;
}

const config = window.__BENCH_HOST__;

const DisplayMode = { Read: 1, Edit: 2 };

/** `@microsoft/sp-webpart-base`'s base class, as far as `DefinitionWebPart` uses it. */
class BaseClientSideWebPart {
  public context: unknown;
  public domElement!: HTMLElement;
  public properties: Record<string, unknown> = {};
  public displayMode: number = DisplayMode.Read;
  protected onInit(): Promise<void> {
    return Promise.resolve();
  }
}

const field = (type: string) => (targetProperty: string, properties: unknown) => ({ type, targetProperty, properties });

/** What SharePoint's page has loaded before a web part: its externals, by AMD name. */
const modules = new Map<string, unknown>([
  ['react', React],
  ['react-dom', ReactDOM],
  ['@microsoft/microsoft-graph-client', { Client }],
  ['@microsoft/sp-core-library', { DisplayMode, Version: { parse: (v: string) => ({ toString: () => v }) } }],
  ['@microsoft/sp-webpart-base', { BaseClientSideWebPart }],
  ['@microsoft/sp-component-base', { ThemeProvider: { serviceKey: { id: 'ThemeProvider' } } }],
  ['@microsoft/sp-property-pane', {
    PropertyPaneTextField: field('TextField'), PropertyPaneToggle: field('Toggle'), PropertyPaneSlider: field('Slider'),
    PropertyPaneDropdown: field('Dropdown'), PropertyPaneCheckbox: field('CheckBox'), PropertyPaneLabel: field('Label')
  }]
]);

/** A minimal AMD `define`: anonymous modules (the strings files) are named by the script that runs them. */
const define: IDefine = Object.assign((a: string | string[] | Factory, b?: string[] | Factory, c?: Factory) => {
  const name = typeof a === 'string' ? a : (document.currentScript as HTMLScriptElement | null)?.dataset.module;
  const deps = Array.isArray(a) ? a : Array.isArray(b) ? b : [];
  const factory = [a, b, c].find((x): x is Factory => typeof x === 'function');
  if (!name || !factory) throw new Error('bench host: a define() without a name the host can tell');
  const missing = deps.filter(d => !modules.has(d));
  if (missing.length > 0) throw new Error(`bench host: ${name} needs ${missing.join(', ')}, which SharePoint would provide and this host does not`);
  modules.set(name, factory(...deps.map(d => modules.get(d))));
}, { amd: {} });
window.define = define;

function loadScripts(): Promise<void> {
  // Downloaded in parallel, run in order (async = false), as a module loader fetching a component's resources does.
  return Promise.all(config.scripts.map(s => new Promise<void>((resolve, reject) => {
    const el = document.createElement('script');
    el.src = s.src;
    el.async = false;
    el.dataset.module = s.module;
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`bench host: ${s.src} did not load`));
    document.head.appendChild(el);
  }))).then(() => undefined);
}

/** The web part as this host drives it: SPFx sets these and calls `onInit` (protected in TypeScript) and `render`. */
interface IWebPartInstance {
  context: unknown;
  domElement: HTMLElement;
  properties: Record<string, unknown>;
  displayMode: number;
  onInit(): Promise<void>;
  render(): void;
}

async function start(): Promise<void> {
  await loadScripts();
  // webpack names the entry's AMD module `<id>_<version>` for some components and leaves it anonymous for others (then
  // SharePoint's loader names it, as this host does by the script's module id): the entry is the last script.
  const exported = (modules.get(config.componentModule) ?? modules.get(config.scripts[config.scripts.length - 1].module)) as
    { default?: new () => IWebPartInstance } | undefined;
  const WebPart = exported?.default;
  if (!WebPart) throw new Error(`bench host: ${config.componentModule} exports no default web part class`);
  const domElement = document.getElementById('webpart')!;
  const part = new WebPart();
  part.domElement = domElement;
  part.properties = config.properties;
  part.displayMode = DisplayMode.Read;
  part.context = {
    pageContext: {
      web: { absoluteUrl: config.siteUrl },
      cultureInfo: { currentUICultureName: 'da-DK', currentCultureName: 'da-DK' },
      legacyPageContext: { formDigestValue: config.formDigest, formDigestTimeoutSeconds: config.formDigestTimeoutSeconds }
    },
    msGraphClientFactory: {
      getClient: () => Promise.resolve(Client.init({
        baseUrl: config.graphRoot, defaultVersion: 'v1.0', authProvider: done => done(undefined, 'local')
      }))
    },
    serviceScope: { consume: () => ({ tryGetTheme: () => undefined }) },
    sdks: {},
    propertyPane: { open: () => undefined }
  };
  await part.onInit();
  part.render();
  window.addEventListener('pagehide', () => ReactDOM.unmountComponentAtNode(domElement));
}

// SharePoint's page registers Fluent's icon font; the web part's own Fluent copy finds it through Fluent's globals.
initializeIcons(config.fontBaseUrl);
start().catch((e: unknown) => {
  window.__benchHostError = e instanceof Error ? e.stack ?? e.message : String(e);
  console.error(e);
});
