import * as React from 'react';
import { CommandBar, type ICommandBarItemProps, type IContextualMenuItem } from '@fluentui/react';
import { toDateParts } from '../../../../domain/dates';
import { MONTH_NAMES_DA, MONTH_NAMES_EN } from '../../../../domain/danishCalendar';
import { wheelRange, type WheelZoom } from '../../../../domain/wheel';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import type { AarshjulView } from '../../IAarshjulWebPartProps';

/** What can be exported from the toolbar's menu. */
export type ExportKind = 'png' | 'svg' | 'ics' | 'print';

/** Props of {@link Toolbar}. */
export interface IToolbarProps {
  strings: IAarshjulWebPartStrings;
  language: UiLanguage;
  /** The wheel year shown and its label (`2026`, `2026/27`). */
  year: number;
  yearLabel: string;
  startMonth: number;
  zoom: WheelZoom;
  view: AarshjulView;
  /** Only users who may add items get "Ny aktivitet". */
  canAdd: boolean;
  onNew: () => void;
  onYear: (year: number | 'today') => void;
  onZoom: (zoom: WheelZoom) => void;
  onView: (view: AarshjulView) => void;
  onExport: (kind: ExportKind) => void;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The label of a zoom level, e.g. "Hele året", "1. kvartal", "Maj". */
export function zoomLabel(zoom: WheelZoom, year: number, startMonth: number, strings: IAarshjulWebPartStrings, language: UiLanguage): string {
  switch (zoom.kind) {
    case 'quarter': return format(strings.ZoomQuarter, zoom.quarter);
    case 'month': {
      const { month } = toDateParts(wheelRange(year, startMonth, zoom).from);
      return cap((language === 'da' ? MONTH_NAMES_DA : MONTH_NAMES_EN)[month - 1]);
    }
    default: return strings.ZoomYear;
  }
}

/**
 * The command bar: new activity (editors only), year navigation, zoom, wheel/list toggle and export. CommandBar moves
 * what does not fit into its overflow menu, so it works on a phone and in a narrow Teams pane.
 */
export function Toolbar(props: IToolbarProps): React.ReactElement {
  const { strings, language, year, startMonth, zoom, view } = props;
  const zoomItem = (z: WheelZoom, key: string): IContextualMenuItem => ({
    key, text: zoomLabel(z, year, startMonth, strings, language), canCheck: true,
    checked: JSON.stringify(z) === JSON.stringify(zoom), onClick: () => props.onZoom(z)
  });
  const items: ICommandBarItemProps[] = [
    ...(props.canAdd ? [{ key: 'new', text: strings.NewActivity, iconProps: { iconName: 'Add' }, onClick: props.onNew }] : []),
    { key: 'prev', text: strings.PreviousYear, iconOnly: true, ariaLabel: strings.PreviousYear, iconProps: { iconName: 'ChevronLeft' }, onClick: () => props.onYear(year - 1) },
    // The year as text, not a disabled button: it is information, and disabled text would be too faint to read.
    { key: 'year', text: props.yearLabel, onRender: () => <span style={{ alignSelf: 'center', fontWeight: 600, padding: '0 4px' }}>{props.yearLabel}</span> },
    { key: 'next', text: strings.NextYear, iconOnly: true, ariaLabel: strings.NextYear, iconProps: { iconName: 'ChevronRight' }, onClick: () => props.onYear(year + 1) },
    { key: 'today', text: strings.ThisYear, iconProps: { iconName: 'GotoToday' }, onClick: () => props.onYear('today') },
    {
      key: 'zoom', text: `${strings.Zoom}: ${zoomLabel(zoom, year, startMonth, strings, language)}`, iconProps: { iconName: 'ZoomIn' },
      subMenuProps: {
        items: [
          zoomItem({ kind: 'year' }, 'year'),
          ...([1, 2, 3, 4] as const).map(q => zoomItem({ kind: 'quarter', quarter: q }, `q${q}`)),
          { key: 'months', text: strings.ZoomMonth, subMenuProps: {
            items: Array.from({ length: 12 }, (_, i) => zoomItem({ kind: 'month', month: i + 1 }, `m${i + 1}`))
          } }
        ]
      }
    }
  ];
  const farItems: ICommandBarItemProps[] = [
    { key: 'wheel', text: strings.ViewWheel, iconProps: { iconName: 'Rotate' }, toggle: true, checked: view === 'wheel', onClick: () => props.onView('wheel') },
    { key: 'agenda', text: strings.ViewAgenda, iconProps: { iconName: 'BulletedList' }, toggle: true, checked: view === 'agenda', onClick: () => props.onView('agenda') },
    {
      key: 'export', text: strings.Export, iconProps: { iconName: 'Download' },
      subMenuProps: {
        items: [
          { key: 'png', text: strings.ExportPng, iconProps: { iconName: 'FileImage' }, onClick: () => props.onExport('png'), disabled: view !== 'wheel' },
          { key: 'svg', text: strings.ExportSvg, iconProps: { iconName: 'Photo2' }, onClick: () => props.onExport('svg'), disabled: view !== 'wheel' },
          { key: 'ics', text: strings.ExportIcs, iconProps: { iconName: 'Calendar' }, onClick: () => props.onExport('ics') },
          { key: 'print', text: strings.Print, iconProps: { iconName: 'Print' }, onClick: () => props.onExport('print') }
        ]
      }
    }
  ];
  return <CommandBar items={items} farItems={farItems} ariaLabel={strings.Toolbar} overflowButtonProps={{ ariaLabel: strings.Toolbar }} />;
}
