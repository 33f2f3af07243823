import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import type { IActivity } from '../../../../domain/models';
import type { IAgendaEntry } from '../../../../domain/meetings';
import { toIcs } from '../../../../domain/ics';
import { downloadBlob } from '../../../../common/download';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import type { IWheelLayout } from '../../../../domain/wheel';
import { exportWheelSvg, svgToPng, type IExportDecorations } from '../../export';
import { ringLabel } from '../../model/labels';
import type { IRingColors } from '../../model/ringColors';
import type { ExportKind } from '../Toolbar';

/** Inputs of {@link useExport}. */
export interface IExportInput {
  svgRef: React.RefObject<SVGSVGElement>;
  entries: readonly IAgendaEntry[];
  yearLabel: string;
  strings: IAarshjulWebPartStrings;
  language: UiLanguage;
  theme: ITheme;
  /** The wheel as drawn (its rings are the rings shown), for the ring names and the legend of the image. */
  layout: IWheelLayout;
  colors: ReadonlyMap<string, IRingColors>;
  now: () => Date;
  /** Renders the print layout (wheel and agenda), then calls `window.print()`. */
  print: () => void;
  onError: (error: unknown) => void;
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

/** The export menu's actions: the wheel as SVG or PNG, the shown activities as `.ics`, and printing. */
export function useExport(input: IExportInput): (kind: ExportKind) => void {
  const ref = React.useRef(input);
  ref.current = input;
  return React.useCallback((kind: ExportKind) => {
    const { svgRef, entries, yearLabel, strings, language, theme, layout, colors, now, print, onError } = ref.current;
    const baseName = format(strings.ExportFileName, yearLabel.replace('/', '-'));
    const title = format(strings.WheelLabel, yearLabel);
    try {
      if (kind === 'print') {
        print();
        return;
      }
      if (kind === 'ics') {
        const text = toIcs(activitiesOf(entries), { calendarName: format(strings.CalendarName, yearLabel), now: now(), language });
        downloadBlob(`${baseName}.ics`, new Blob([text], { type: 'text/calendar;charset=utf-8' }));
        return;
      }
      const svg = svgRef.current;
      if (!svg) throw new Error('Hjulet er ikke vist.');
      const { text, width, height } = exportWheelSvg(svg, {
        title, background: theme.semanticColors.bodyBackground, decorations: exportDecorations(layout, colors, strings, theme)
      });
      if (kind === 'svg') {
        downloadBlob(`${baseName}.svg`, new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
        return;
      }
      svgToPng(text, width, height, 2).then(blob => downloadBlob(`${baseName}.png`, blob), onError);
    } catch (error) {
      onError(error);
    }
  }, []);
}
