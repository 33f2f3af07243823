/**
 * The benchmark's naive baseline (browser code, bundled for production by `scripts/bench/pages.ts`): what the
 * simplest React 17 page would do with the Årshjul's data. One plain `fetch` of the very `$batch` the Årshjul sent
 * (captured by the benchmark), the same Graph calendar pages by plain `fetch`, then one render: an `<svg>` with one
 * `<path>` per activity and meeting, on a circle by day of year, a ring per category. No memo, no Fluent UI, no
 * layout, no text, no interaction — the floor the Årshjul is compared against, not a competitor.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';

interface IBaselineConfig {
  batch: { url: string; contentType: string; body: string };
  graph: { url: string; headers: Record<string, string> };
  formDigest: string;
}

declare global {
  interface Window {
    __BENCH_BASELINE__: IBaselineConfig;
  }
}

interface IMark {
  ring: number;
  start: number;
  end: number;
}

const RINGS = ['Bestyrelse', 'Sekretariat', 'Økonomi', 'Medlemmer', 'Arrangementer', 'Kommunikation'];
const COLORS = ['#0078d4', '#107c10', '#a4262c', '#8764b8', '#ca5010', '#038387', '#4f6bed'];
const DAY = 86400000;

/** Day of the year (0–365) of an ISO date or date-time, read in UTC: close enough for a baseline. */
function dayOfYear(iso: string): number {
  const t = Date.parse(iso.length > 10 && !/[Z+]/.test(iso.slice(10)) ? `${iso.slice(0, 19)}Z` : iso);
  const d = new Date(t);
  return Math.floor((t - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY);
}

/** Every JSON part of a multipart `$batch` answer, parsed; other parts are skipped. */
function batchParts(text: string): unknown[] {
  const out: unknown[] = [];
  for (const part of text.split(/\r?\n--batchresponse_[^\r\n]*/)) {
    const start = part.indexOf('{');
    if (start < 0) continue;
    try {
      out.push(JSON.parse(part.slice(start, part.lastIndexOf('}') + 1)));
    } catch {
      // Not JSON (a 204 or an error page): the baseline has no use for it.
    }
  }
  return out;
}

async function loadActivities(config: IBaselineConfig): Promise<IMark[]> {
  const response = await fetch(config.batch.url, {
    method: 'POST', credentials: 'same-origin', body: config.batch.body,
    headers: { Accept: 'application/json', 'Content-Type': config.batch.contentType, 'X-RequestDigest': config.formDigest }
  });
  const seen = new Set<number>();
  const marks: IMark[] = [];
  for (const part of batchParts(await response.text())) {
    const rows = (part as { value?: unknown }).value;
    if (!Array.isArray(rows)) continue;
    for (const row of rows as { Id?: number; ID?: number; StartDate?: string; EndDate?: string; Category?: string }[]) {
      const id = row.Id ?? row.ID;
      if (!row.StartDate || id === undefined || seen.has(id)) continue;
      seen.add(id);
      const start = dayOfYear(row.StartDate);
      marks.push({ ring: Math.max(0, RINGS.indexOf(row.Category ?? '')), start, end: row.EndDate ? dayOfYear(row.EndDate) : start });
    }
  }
  return marks;
}

async function loadMeetings(config: IBaselineConfig): Promise<IMark[]> {
  const marks: IMark[] = [];
  let url: string | undefined = config.graph.url;
  while (url) {
    const response = await fetch(url, { headers: config.graph.headers });
    const page = await response.json() as { value: { start: { dateTime: string } }[]; '@odata.nextLink'?: string };
    for (const event of page.value) {
      const day = dayOfYear(event.start.dateTime);
      marks.push({ ring: RINGS.length, start: day, end: day });
    }
    url = page['@odata.nextLink'];
  }
  return marks;
}

function arc(mark: IMark, i: number): string {
  const r = 140 + mark.ring * 50 + (i % 6) * 7;
  const a0 = (mark.start / 365) * 2 * Math.PI - Math.PI / 2;
  const a1 = (Math.max(mark.end + 0.6, mark.start + 0.6) / 365) * 2 * Math.PI - Math.PI / 2;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${(r * Math.cos(a0)).toFixed(1)} ${(r * Math.sin(a0)).toFixed(1)}A${r} ${r} 0 ${large} 1 ${(r * Math.cos(a1)).toFixed(1)} ${(r * Math.sin(a1)).toFixed(1)}`;
}

function BaselineWheel(props: { marks: IMark[] }): React.ReactElement {
  return React.createElement('svg', { viewBox: '-520 -520 1040 1040', width: 900, height: 900, role: 'img', 'aria-label': 'Baseline' },
    props.marks.map((m, i) => React.createElement('path', {
      key: i, 'data-i': i, d: arc(m, i), fill: 'none', stroke: COLORS[m.ring % COLORS.length], strokeWidth: 4
    })));
}

const root = document.getElementById('baseline')!;
const config = window.__BENCH_BASELINE__;
// Graph first, then the batch, in parallel: the order the Årshjul sends them in.
const meetingsLoaded = loadMeetings(config);
Promise.all([loadActivities(config), meetingsLoaded])
  .then(([activities, meetings]) => {
    ReactDOM.render(React.createElement(BaselineWheel, { marks: [...activities, ...meetings] }), root);
  })
  .catch((e: unknown) => { root.textContent = String(e); });
window.addEventListener('pagehide', () => ReactDOM.unmountComponentAtNode(root));
