/**
 * `npm run test:bundle` — the first-load budget of every web part in the production build. Fails (exit 1) when a
 * web part's first-load JavaScript is over the budget (150 KB gzip; the aim is 100 KB). See `scripts/bundle/measure.ts`
 * for what counts.
 *
 *   tsx scripts/bundle-budget.ts --build   gulp clean + gulp bundle --ship (with hidden source maps), then measure
 *   tsx scripts/bundle-budget.ts           measure the build already in release/ (and dist/ for the source maps)
 *   options: --locale da-DK  --json <file>  --top <n> (modules listed per entry, default 12)
 *
 * `--build` runs `gulp clean` first: `gulp bundle --ship` never removes old output (see `scripts/bundle/gulp.ts`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { AIM_BYTES, BUDGET_BYTES, DEFAULT_LOCALE, KB, measureRelease, type IComponentSize, type IReleaseSize } from './bundle/measure';
import { REPO_ROOT as ROOT, shipBuild } from './bundle/gulp';
import { bytesBySource, groupSizes, type IGroupSize, type ISourceMap } from './bundle/sourceMap';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const pad = (text: string, width: number): string => text.length >= width ? text : text + ' '.repeat(width - text.length);
const lpad = (text: string, width: number): string => text.length >= width ? text : ' '.repeat(width - text.length) + text;

/** The entry's modules, from `dist/<entry>.map` when the build wrote one (KOORDINATOR_BUNDLE_MAPS=1). */
function entryModules(component: IComponentSize): IGroupSize[] | undefined {
  const mapFile = path.join(ROOT, 'dist', `${component.entry.file}.map`);
  const codeFile = path.join(ROOT, 'release', 'assets', component.entry.file);
  if (!fs.existsSync(mapFile)) return undefined;
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as ISourceMap;
  return groupSizes(bytesBySource(fs.readFileSync(codeFile, 'utf8'), map));
}

function printComponent(c: IComponentSize, top: number): void {
  const verdict = c.overBudget
    ? `OVER the budget of ${kb(c.budget)} by ${kb(c.firstLoadGzip - c.budget)}`
    : `within the budget of ${kb(c.budget)}${c.firstLoadGzip > AIM_BYTES ? ` (aim ${kb(AIM_BYTES)}: ${kb(c.firstLoadGzip - AIM_BYTES)} to go)` : ''}`;
  console.log(`\n${c.title} — ${c.alias} (${c.componentType} ${c.id})`);
  const row = (kind: string, file: string, raw: string, gz: string): void =>
    console.log(`  ${pad(kind, 9)}${pad(file, 66)}${lpad(raw, 11)}${lpad(gz, 11)}`);
  row('', 'file', 'raw', 'gzip -9');
  row('entry', c.entry.file, kb(c.entry.raw), kb(c.entry.gzip));
  for (const f of c.otherScripts) row('script', f.file, kb(f.raw), kb(f.gzip));
  for (const f of c.strings) row('strings', f.file, kb(f.raw), kb(f.gzip));
  row('total', 'first load', '', kb(c.firstLoadGzip));
  console.log(`  → ${verdict}`);
  if (c.chunks.length === 0) console.log('  lazy chunks (not counted): none');
  else {
    console.log(`  lazy chunks (not counted): ${c.chunks.length}, ${kb(c.chunks.reduce((s, f) => s + f.gzip, 0))} gzip together`);
    for (const f of c.chunks) row('chunk', f.file, kb(f.raw), kb(f.gzip));
  }
  console.log(`  externals (SPFx component dependencies, not counted): ${c.externals.join(', ') || 'none'}`);
  const modules = entryModules(c);
  if (!modules) {
    console.log('  (no dist/*.js.map: run with --build to see which modules fill the entry)');
    return;
  }
  const total = modules.reduce((s, g) => s + g.bytes, 0);
  console.log(`  what fills the entry (minified bytes by source map; gzip ≈ the same share of ${kb(c.entry.gzip)}):`);
  for (const g of modules.slice(0, top)) {
    const share = g.bytes / total;
    console.log(`    ${pad(g.group, 44)}${lpad(kb(g.bytes), 10)}${lpad(`${(share * 100).toFixed(1)} %`, 8)}${lpad(`≈ ${kb(share * c.entry.gzip)}`, 12)}`);
    if (share >= 0.05) {
      for (const f of g.folders.slice(0, Number(process.env.BUNDLE_FOLDERS ?? 5))) console.log(`        ${pad(f.folder, 40)}${lpad(kb(f.bytes), 10)}`);
    }
  }
}

function main(): void {
  const locale = option('locale') ?? DEFAULT_LOCALE;
  const top = Number(option('top') ?? 12);
  if (process.argv.includes('--build')) {
    const { cleanSeconds, bundleSeconds } = shipBuild();
    console.log(`gulp clean ${cleanSeconds.toFixed(0)} s, gulp bundle --ship ${bundleSeconds.toFixed(0)} s`);
  }
  const report: IReleaseSize = measureRelease(path.join(ROOT, 'release'), { locale, budget: BUDGET_BYTES });
  console.log(`First-load JavaScript per web part (${locale} strings, gzip level 9, 1 KB = 1024 bytes; budget ${kb(BUDGET_BYTES)}, aim ${kb(AIM_BYTES)})`);
  for (const c of report.components) printComponent(c, top);
  if (report.unreferencedChunks.length > 0) {
    console.log(`\nChunk files no entry refers to (left from an earlier build; gulp clean removes them): ${report.unreferencedChunks.join(', ')}`);
  }
  const json = option('json');
  if (json) {
    fs.mkdirSync(path.dirname(path.resolve(json)), { recursive: true });
    fs.writeFileSync(json, JSON.stringify(report, null, 2));
  }
  const over = report.components.filter(c => c.overBudget);
  console.log(over.length === 0
    ? `\nOK: every web part is within ${kb(BUDGET_BYTES)}.`
    : `\nFAIL: ${over.map(c => `${c.title} ${kb(c.firstLoadGzip)}`).join(', ')} over ${kb(BUDGET_BYTES)} gzip.`);
  process.exitCode = over.length === 0 ? 0 : 1;
}

try {
  main();
} catch (e: unknown) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
}
