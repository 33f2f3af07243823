import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { groupOfSource, SourceMapIndex, type ISourceMap } from '../bundle/sourceMap';

/**
 * Where the main thread's time goes during one load, from a V8 CPU profile (Chrome DevTools Protocol), attributed
 * through the entry bundle's source map to our modules and packages. One dedicated load, not one of the timed
 * samples: the profiler slows the page down.
 */

interface ICallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface IProfileNode { id: number; callFrame: ICallFrame }
interface ICpuProfile { nodes: IProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Self time in milliseconds per place. */
export interface IProfileSummary {
  totalMs: number;
  byGroup: { group: string; ms: number }[];
  byFunction: { place: string; ms: number }[];
}

/** Profiles `load` (which navigates and waits for the wheel) on `page`. */
export async function profileLoad(page: Page, load: () => Promise<void>): Promise<ICpuProfile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await load();
  const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: ICpuProfile };
  await cdp.detach();
  return profile;
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/**
 * Sums self time: the entry bundle's frames by source (package, or our folder) and by original function; the
 * stand-in host's (React, ReactDOM, the Graph client) as one group; V8's own entries (GC, program, idle) by name.
 */
export function summarizeProfile(profile: ICpuProfile, entryFile: string, mapFile: string | undefined): IProfileSummary {
  const index = mapFile && fs.existsSync(mapFile) ? new SourceMapIndex(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as ISourceMap) : undefined;
  const nodes = new Map(profile.nodes.map(n => [n.id, n.callFrame]));
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = nodes.get(profile.samples[i]);
    if (!frame) continue;
    if (frame.functionName === '(idle)') continue;
    total += ms;
    const file = frame.url ? path.basename(frame.url.split('?')[0]) : '';
    if (file === entryFile && index) {
      const pos = index.lookup(frame.lineNumber, frame.columnNumber);
      if (!pos) {
        add(byGroup, '(entry: unmapped)', ms);
        continue;
      }
      const { group, folder } = groupOfSource(pos.source);
      add(byGroup, group === 'src' ? `src/${folder}` : group, ms);
      const short = pos.source.replace(/^webpack:\/\/\/(\.\.?\/)+/, '');
      const name = pos.name ?? frame.functionName;
      add(byFunction, `${short}:${pos.line + 1}${name ? ` ${name}` : ''}`, ms);
    } else if (file.startsWith('host.')) {
      add(byGroup, '(SPFx stand-in: React, ReactDOM, Graph client)', ms);
      add(byFunction, `host: ${frame.functionName || '(anonymous)'}`, ms);
    } else if (!frame.url) {
      add(byGroup, frame.functionName || '(native)', ms);
    } else {
      add(byGroup, file, ms);
    }
  }
  const sorted = (m: Map<string, number>): { key: string; ms: number }[] => [...m].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
  return {
    totalMs: total,
    byGroup: sorted(byGroup).map(({ key, ms }) => ({ group: key, ms })),
    byFunction: sorted(byFunction).map(({ key, ms }) => ({ place: key, ms }))
  };
}
