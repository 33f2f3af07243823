import type { ITheme } from '@fluentui/react';
import type { IAgendaEntry } from '../../../domain/meetings';
import type { IActivity } from '../../../domain/models';
import { toIcs } from '../../../domain/ics';
import type { IWheelLayout } from '../../../domain/wheel';
import { downloadBlob } from '../../../common/download';
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { ringLabel } from '../model/labels';
import type { IRingColors } from '../model/ringColors';
import type { ExportKind } from '../components/Toolbar';
import { exportWheelSvg } from './svgExport';
import { svgToPng } from './pngExport';
import type { IExportDecorations } from './exportDecorations';

/** What an export needs of the wheel as shown. */
export interface IExportRun {
  svg: SVGSVGElement | undefined;
  entries: readonly IAgendaEntry[];
  yearLabel: string;
  strings: IAarshjulWebPartStrings;
  language: UiLanguage;
  theme: ITheme;
  layout: IWheelLayout;
  colors: ReadonlyMap<string, IRingColors>;
  now: () => Date;
}

/** The distinct activities behind entries: what the filtered wheel shows, once each. */
export function activitiesOf(entries: readonly IAgendaEntry[]): IActivity[] {
  const byId = new Map<number, IActivity>();
  for (const e of entries) if (e.activity && !byId.has(e.activity.id)) byId.set(e.activity.id, e.activity);
  return Array.from(byId.values());
}

/** The ring names and legend drawn into an exported image: only the rings shown, in the theme's colours. */
export function exportDecorations(
  layout: IWheelLayout, colors: ReadonlyMap<string, IRingColors>, strings: IAarshjulWebPartStrings, theme: ITheme
): IExportDecorations {
  const text = theme.semanticColors.bodyText;
  return {
    rings: layout.rings.map(r => ({
      name: r.name, label: ringLabel(r.name, strings), color: colors.get(r.name)?.item ?? text,
      innerRadius: r.innerRadius, outerRadius: r.outerRadius
    })),
    shapes: [
      { label: strings.LegendPeriod, shape: 'period', color: text }, { label: strings.TypeDeadline, shape: 'deadline', color: text },
      { label: strings.TypeMilestone, shape: 'milestone', color: text }, { label: strings.TypeMeeting, shape: 'meeting', color: text },
      { label: strings.LegendDone, shape: 'deadline', color: text, hollow: true }
    ],
    ringsHeading: strings.FilterRings,
    shapesHeading: strings.Legend,
    text,
    background: theme.semanticColors.bodyBackground,
    fontFamily: theme.fonts.medium.fontFamily ?? 'sans-serif'
  };
}

/**
 * Runs one export (SVG, PNG or .ics) and downloads the file. Loaded on demand (its own chunk with the SVG/PNG
 * exporters and the iCalendar writer): a first render never downloads them.
 */
export async function runExport(kind: Exclude<ExportKind, 'print'>, input: IExportRun): Promise<void> {
  const { entries, yearLabel, strings, language, theme, layout, colors, now } = input;
  const baseName = format(strings.ExportFileName, yearLabel.replace('/', '-'));
  if (kind === 'ics') {
    const text = toIcs(activitiesOf(entries), { calendarName: format(strings.CalendarName, yearLabel), now: now(), language });
    downloadBlob(`${baseName}.ics`, new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    return;
  }
  if (!input.svg) throw new Error('The wheel is not shown.');
  const { text, width, height } = exportWheelSvg(input.svg, {
    title: format(strings.WheelLabel, yearLabel), background: theme.semanticColors.bodyBackground,
    decorations: exportDecorations(layout, colors, strings, theme)
  });
  if (kind === 'svg') {
    downloadBlob(`${baseName}.svg`, new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
    return;
  }
  downloadBlob(`${baseName}.png`, await svgToPng(text, width, height, 2));
}
