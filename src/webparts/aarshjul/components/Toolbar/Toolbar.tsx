import * as React from 'react';
import {
  CommandBarButton, FocusZone, FocusZoneDirection, IconButton, Text, useTheme, type IContextualMenuItem
} from '@fluentui/react';
import { toDateParts } from '../../../../domain/dates';
import { capitalise, MONTH_NAMES_DA, MONTH_NAMES_EN } from '../../../../domain/danishCalendar';
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
  /**
   * A year back (-1) or forward (+1), or the year of today. A step, not a year: the year shown is the one whose data
   * has loaded, so two quick clicks while the next year loads must still move two years.
   */
  onYear: (change: -1 | 1 | 'today') => void;
  onZoom: (zoom: WheelZoom) => void;
  onView: (view: AarshjulView) => void;
  onExport: (kind: ExportKind) => void;
  /** Nothing to export yet (the year is loading). */
  exportDisabled?: boolean;
}


/** The label of a zoom level, e.g. "Hele året", "1. kvartal", "Maj". */
export function zoomLabel(zoom: WheelZoom, year: number, startMonth: number, strings: IAarshjulWebPartStrings, language: UiLanguage): string {
  switch (zoom.kind) {
    case 'quarter': return format(strings.ZoomQuarter, zoom.quarter);
    case 'month': {
      const { month } = toDateParts(wheelRange(year, startMonth, zoom).from);
      return capitalise((language === 'da' ? MONTH_NAMES_DA : MONTH_NAMES_EN)[month - 1]);
    }
    default: return strings.ZoomYear;
  }
}

/**
 * The toolbar: new activity (editors only), year navigation, zoom, wheel/list toggle and export — a WAI-ARIA toolbar
 * (one tab stop, arrow keys between buttons) of ordinary buttons, so the view toggles can be real toggle buttons
 * (`aria-pressed`) and menus open with Enter. It wraps onto two lines on a phone or in a narrow Teams pane instead of
 * hiding commands in an overflow menu.
 */
export function Toolbar(props: IToolbarProps): React.ReactElement {
  const { strings, language, year, startMonth, zoom, view } = props;
  const theme = useTheme();
  const zoomItem = (z: WheelZoom, key: string): IContextualMenuItem => ({
    key, text: zoomLabel(z, year, startMonth, strings, language), canCheck: true,
    checked: JSON.stringify(z) === JSON.stringify(zoom), onClick: () => props.onZoom(z)
  });
  const zoomMenu: IContextualMenuItem[] = [
    zoomItem({ kind: 'year' }, 'year'),
    ...([1, 2, 3, 4] as const).map(q => zoomItem({ kind: 'quarter', quarter: q }, `q${q}`)),
    { key: 'months', text: strings.ZoomMonth, subMenuProps: {
      items: Array.from({ length: 12 }, (_, i) => zoomItem({ kind: 'month', month: i + 1 }, `m${i + 1}`))
    } }
  ];
  const exportMenu: IContextualMenuItem[] = [
    { key: 'png', text: strings.ExportPng, iconProps: { iconName: 'FileImage' }, onClick: () => props.onExport('png'), disabled: view !== 'wheel' },
    { key: 'svg', text: strings.ExportSvg, iconProps: { iconName: 'Photo2' }, onClick: () => props.onExport('svg'), disabled: view !== 'wheel' },
    { key: 'ics', text: strings.ExportIcs, iconProps: { iconName: 'Calendar' }, onClick: () => props.onExport('ics') },
    { key: 'print', text: strings.Print, iconProps: { iconName: 'Print' }, onClick: () => props.onExport('print') }
  ];
  const pressed = { root: { background: theme.palette.neutralLighter }, label: { fontWeight: 600 as const } };
  return (
    <FocusZone role="toolbar" aria-label={strings.Toolbar} direction={FocusZoneDirection.horizontal}
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4, minHeight: 44 }}>
      {props.canAdd && <CommandBarButton text={strings.NewActivity} iconProps={{ iconName: 'Add' }} onClick={props.onNew} styles={{ root: { height: 40 } }} />}
      <IconButton iconProps={{ iconName: 'ChevronLeft' }} title={strings.PreviousYear} ariaLabel={strings.PreviousYear} onClick={() => props.onYear(-1)} />
      <Text styles={{ root: { fontWeight: 600, minWidth: 56, textAlign: 'center' } }}>{props.yearLabel}</Text>
      <IconButton iconProps={{ iconName: 'ChevronRight' }} title={strings.NextYear} ariaLabel={strings.NextYear} onClick={() => props.onYear(1)} />
      <CommandBarButton text={strings.ThisYear} iconProps={{ iconName: 'GotoToday' }} onClick={() => props.onYear('today')} styles={{ root: { height: 40 } }} />
      <CommandBarButton text={`${strings.Zoom}: ${zoomLabel(zoom, year, startMonth, strings, language)}`} iconProps={{ iconName: 'ZoomIn' }}
        menuProps={{ items: zoomMenu }} styles={{ root: { height: 40 } }} />
      <span style={{ flex: '1 1 auto' }} />
      <CommandBarButton text={strings.ViewWheel} iconProps={{ iconName: 'Rotate' }} toggle checked={view === 'wheel'}
        onClick={() => props.onView('wheel')} styles={{ root: { height: 40 }, rootChecked: pressed.root, label: view === 'wheel' ? pressed.label : undefined }} />
      <CommandBarButton text={strings.ViewAgenda} iconProps={{ iconName: 'BulletedList' }} toggle checked={view === 'agenda'}
        onClick={() => props.onView('agenda')} styles={{ root: { height: 40 }, rootChecked: pressed.root, label: view === 'agenda' ? pressed.label : undefined }} />
      <CommandBarButton text={strings.Export} iconProps={{ iconName: 'Download' }} menuProps={{ items: exportMenu }} styles={{ root: { height: 40 } }}
        disabled={props.exportDisabled} />
    </FocusZone>
  );
}
