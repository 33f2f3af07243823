import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import type { IAgendaEntry } from '../../../../domain/meetings';
import type { UiLanguage } from '../../../../common/hosting';
import { lazyFunction } from '../../../../common/lazy';
import type { IWheelLayout } from '../../../../domain/wheel';
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
  layout: IWheelLayout | undefined;
  colors: ReadonlyMap<string, IRingColors>;
  now: () => Date;
  /** Renders the print layout (wheel and agenda), then calls `window.print()`. */
  print: () => void;
  onError: (error: unknown) => void;
}

/** The exporters, fetched the first time the export menu is used. */
const runExport = lazyFunction(() => import(/* webpackChunkName: 'aarshjul-export' */ '../../export/runExport').then(m => m.runExport));

/** The export menu's actions: the wheel as SVG or PNG, the shown activities as `.ics`, and printing. */
export function useExport(input: IExportInput): (kind: ExportKind) => void {
  const ref = React.useRef(input);
  ref.current = input;
  return React.useCallback((kind: ExportKind) => {
    const { svgRef, print, onError, layout, ...rest } = ref.current;
    if (kind === 'print') {
      print();
      return;
    }
    // Only in the one task before the first layout: there is no wheel to export yet.
    if (!layout) return;
    runExport(kind, { ...rest, layout, svg: svgRef.current ?? undefined }).catch(onError);
  }, []);
}
