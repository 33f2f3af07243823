/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUDGET_BYTES, entryRefersToChunk, gzipSize, localizedFile, measureComponent, measureRelease, type IComponentManifest } from '../../../scripts/bundle/measure';
import { bytesBySource, decodeVlq, groupOfSource, groupSizes, SourceMapIndex, UNMAPPED } from '../../../scripts/bundle/sourceMap';
import { percentile } from '../../../scripts/bench/stats';

/**
 * Incompressible bytes (a fixed linear congruential sequence): zlib stores them in one stored block, so their gzip
 * size is exactly length + 23 (10-byte gzip header, 5-byte block header, 8-byte trailer) whatever zlib's heuristics —
 * below 16 KB, where zlib starts a second block.
 */
function noise(length: number, seed: number, text = ''): Buffer {
  const bytes = Buffer.alloc(length - text.length);
  let x = seed >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    bytes[i] = x >>> 24;
  }
  return Buffer.concat([bytes.subarray(0, bytes.length / 2), Buffer.from(text, 'latin1'), bytes.subarray(bytes.length / 2)]);
}
const STORED = 23;

const CHUNK_HASH = 'c0ffee00c0ffee00c0ff';
const manifest: IComponentManifest = {
  id: '00000000-0000-4000-8000-000000000001', alias: 'FixtureWebPart', componentType: 'WebPart', version: '0.1.0',
  preconfiguredEntries: [{ title: { default: 'Fixture', 'da-DK': 'Fiksturen' } }],
  loaderConfig: {
    entryModuleId: 'fixture-web-part',
    scriptResources: {
      'fixture-web-part': { type: 'path', path: 'fixture-web-part_0123456789abcdef0123.js' },
      react: { type: 'component', id: '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d', version: '17.0.1' },
      '@microsoft/sp-webpart-base': { type: 'component', id: '974a7777-0990-4136-8fa6-95d80114c2e0', version: '1.22.2' },
      FixtureWebPartStrings: {
        type: 'localizedPath', paths: { 'da-DK': 'FixtureWebPartStrings_da-dk_aa.js', 'en-US': 'FixtureWebPartStrings_en-us_bb.js' },
        defaultPath: 'FixtureWebPartStrings_en-us_bb.js'
      },
      CommonStrings: { type: 'localizedPath', paths: { 'en-US': 'CommonStrings_en-us_cc.js' }, defaultPath: 'CommonStrings_en-us_cc.js' }
    }
  }
};

let release: string;
let assets: string;

beforeAll(() => {
  release = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-budget-'));
  assets = path.join(release, 'assets');
  fs.mkdirSync(assets);
  fs.mkdirSync(path.join(release, 'manifests'));
  fs.writeFileSync(path.join(release, 'manifests', `${manifest.id}.manifest.json`), JSON.stringify(manifest));
  // The entry's webpack runtime names its lazy chunk by content hash.
  fs.writeFileSync(path.join(assets, 'fixture-web-part_0123456789abcdef0123.js'), noise(6000, 1, `{"412":"${CHUNK_HASH}"}`));
  fs.writeFileSync(path.join(assets, 'FixtureWebPartStrings_da-dk_aa.js'), noise(1000, 2));
  fs.writeFileSync(path.join(assets, 'FixtureWebPartStrings_en-us_bb.js'), noise(2000, 3));
  fs.writeFileSync(path.join(assets, 'CommonStrings_en-us_cc.js'), noise(500, 4));
  fs.writeFileSync(path.join(assets, `chunk.activity-form_${CHUNK_HASH}.js`), noise(3000, 5));
  fs.writeFileSync(path.join(assets, 'chunk.old-form_deadbeefdeadbeefdead.js'), noise(700, 6));
});

afterAll(() => fs.rmSync(release, { recursive: true, force: true }));

describe('first-load size of a web part', () => {
  test('gzip of incompressible bytes is their length plus the stored-block overhead', () => {
    expect(gzipSize(noise(1000, 9))).toBe(1000 + STORED);
  });

  test('counts the entry and the da-DK strings (or the default), not the externals or the lazy chunk', () => {
    const size = measureComponent(manifest, assets, { chunkFiles: [`chunk.activity-form_${CHUNK_HASH}.js`] });
    expect(size.entry).toEqual({ module: 'fixture-web-part', file: 'fixture-web-part_0123456789abcdef0123.js', raw: 6000, gzip: 6000 + STORED });
    expect(size.strings).toEqual([
      { module: 'FixtureWebPartStrings', file: 'FixtureWebPartStrings_da-dk_aa.js', raw: 1000, gzip: 1000 + STORED },
      // CommonStrings has no Danish file here: SPFx loads its default.
      { module: 'CommonStrings', file: 'CommonStrings_en-us_cc.js', raw: 500, gzip: 500 + STORED }
    ]);
    expect(size.externals).toEqual(['react@17.0.1', '@microsoft/sp-webpart-base@1.22.2']);
    expect(size.chunks).toEqual([{ module: 'activity-form', file: `chunk.activity-form_${CHUNK_HASH}.js`, raw: 3000, gzip: 3000 + STORED }]);
    expect(size.firstLoadGzip).toBe(6000 + 1000 + 500 + 3 * STORED);
    expect(size.title).toBe('Fiksturen');
    expect(size.budget).toBe(BUDGET_BYTES);
    expect(size.overBudget).toBe(false);
  });

  test('is over budget only when the first load exceeds it', () => {
    const total = 6000 + 1000 + 500 + 3 * STORED;
    expect(measureComponent(manifest, assets, { budget: total }).overBudget).toBe(false);
    expect(measureComponent(manifest, assets, { budget: total - 1 }).overBudget).toBe(true);
  });

  test('measures a release folder: chunks the entry refers to are its own, others are left-overs', () => {
    const report = measureRelease(release, { budget: 5000 });
    expect(report.components).toHaveLength(1);
    expect(report.components[0].overBudget).toBe(true);
    expect(report.components[0].chunks.map(c => c.file)).toEqual([`chunk.activity-form_${CHUNK_HASH}.js`]);
    expect(report.unreferencedChunks).toEqual(['chunk.old-form_deadbeefdeadbeefdead.js']);
  });

  test('a manifest naming a missing file is an error, not a smaller number', () => {
    const broken = { ...manifest, loaderConfig: { ...manifest.loaderConfig, scriptResources: { ...manifest.loaderConfig.scriptResources, 'fixture-web-part': { type: 'path', path: 'gone.js' } } } };
    expect(() => measureComponent(broken, assets)).toThrow(/gone\.js/);
  });

  test('locale keys match case-insensitively; a chunk without a hash must be named whole', () => {
    expect(localizedFile({ type: 'localizedPath', paths: { 'da-DK': 'x.js' }, defaultPath: 'y.js' }, 'da-dk')).toBe('x.js');
    expect(entryRefersToChunk('n.u=e=>"chunk."+e+".js";"chunk.lazy.js"', 'chunk.lazy.js')).toBe(true);
    expect(entryRefersToChunk('nothing', `chunk.a_${CHUNK_HASH}.js`)).toBe(false);
  });
});

describe('what fills a bundle (source map)', () => {
  test('decodes VLQ', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('GCAA')).toEqual([3, 1, 0, 0]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
  });

  test('gives each segment to its source, up to the next segment; the rest is unmapped', () => {
    const bytes = bytesBySource('abcdef\nxyæ', { sources: ['webpack:///../node_modules/pkg/lib/a.js', 'webpack:///.././lib/common/b.js'], mappings: 'AAAA,GCAA;A' });
    expect(Object.fromEntries(bytes)).toEqual({
      'webpack:///../node_modules/pkg/lib/a.js': 3,
      'webpack:///.././lib/common/b.js': 4,
      [UNMAPPED]: 4 // x, y and the two bytes of æ
    });
  });

  test('groups sources by package and folder', () => {
    expect(groupOfSource('webpack:///../node_modules/@fluentui/react/lib/components/DatePicker/DatePicker.js'))
      .toEqual({ group: '@fluentui/react', folder: 'components/DatePicker' });
    expect(groupOfSource('webpack:///../node_modules/rrule/dist/esm/nlp/totext.js')).toEqual({ group: 'rrule', folder: 'nlp' });
    expect(groupOfSource('webpack:///.././lib/webparts/aarshjul/components/Wheel/Wheel.js'))
      .toEqual({ group: 'src', folder: 'webparts/aarshjul/components/Wheel' });
    expect(groupOfSource('webpack:///../external amd "react"').group).toBe('(SPFx externals: glue only)');
    const groups = groupSizes(new Map([['webpack:///../node_modules/a/x.js', 5], ['webpack:///../node_modules/b/y.js', 9], ['webpack:///../node_modules/a/z/w.js', 6]]));
    expect(groups.map(g => [g.group, g.bytes])).toEqual([['a', 11], ['b', 9]]);
    expect(groups[0].folders).toEqual([{ folder: 'z', bytes: 6 }, { folder: '.', bytes: 5 }]);
  });

  test('finds the original position of a generated one (for the CPU profile)', () => {
    // Line 0: col 0 → a.js line 0 (name "alpha"), col 3 → b.js line 2; line 1: col 0 unmapped.
    const index = new SourceMapIndex({ sources: ['a.js', 'b.js'], names: ['alpha'], mappings: 'AAAAA,GCEA;A' });
    expect(index.lookup(0, 1)).toEqual({ source: 'a.js', line: 0, name: 'alpha' });
    expect(index.lookup(0, 9)).toEqual({ source: 'b.js', line: 2, name: undefined });
    expect(index.lookup(1, 0)).toBeUndefined();
    expect(index.lookup(5, 0)).toBeUndefined();
  });
});

describe('benchmark statistics', () => {
  test('percentiles by nearest rank: of 9 samples p50 is the 5th and p95 the slowest', () => {
    const xs = [9, 1, 8, 2, 7, 3, 6, 4, 5];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(9);
    expect(percentile([4], 95)).toBe(4);
    expect(percentile([], 50)).toBeNaN();
  });
});
