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
interface IProfileNode { id: number; callFrame: ICallFrame; children?: number[] }
/** A V8 CPU profile; `startTime` and the deltas are microseconds on the clock of Chrome's trace events. */
export interface ICpuProfile { nodes: IProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

/** Self time in milliseconds per place. */
export interface IProfileSummary {
  totalMs: number;
  byGroup: { group: string; ms: number }[];
  byFunction: { place: string; ms: number }[];
  /** Time with the function on the stack (ours and the packages'), for `window` summaries. */
  inclusive?: { place: string; ms: number }[];
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
export function summarizeProfile(profile: ICpuProfile, entryFile: string, mapFile: string | undefined,
  window?: { from: number; to: number }): IProfileSummary {
  const index = mapFile && fs.existsSync(mapFile) ? new SourceMapIndex(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as ISourceMap) : undefined;
  const nodes = new Map(profile.nodes.map(n => [n.id, n.callFrame]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const placeOf = (frame: ICallFrame): string | undefined => {
    const file = frame.url ? path.basename(frame.url.split('?')[0]) : '';
    if (file !== entryFile || !index) return undefined;
    const pos = index.lookup(frame.lineNumber, frame.columnNumber);
    if (!pos) return undefined;
    return `${pos.source.replace(/^webpack:\/\/\/(\.\.?\/)+/, '')}:${pos.line + 1}${pos.name ?? frame.functionName ? ` ${pos.name ?? frame.functionName}` : ''}`;
  };
  const inclusive = new Map<string, number>();
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.from || at > window.to)) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (window) {
      const seen = new Set<string>();
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parents.get(id)) {
        const place = placeOf(nodes.get(id)!);
        if (place && !seen.has(place)) { seen.add(place); add(inclusive, place, ms); }
      }
    }
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
    byFunction: sorted(byFunction).map(({ key, ms }) => ({ place: key, ms })),
    inclusive: window ? sorted(inclusive).map(({ key, ms }) => ({ place: key, ms })) : undefined
  };
}
