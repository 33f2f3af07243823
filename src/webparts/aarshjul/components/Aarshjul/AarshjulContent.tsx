import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, ProgressIndicator, useTheme } from '@fluentui/react';
import type { IAgendaEntry } from '../../../../domain/meetings';
import type { IActivity, IsoDate } from '../../../../domain/models';
import type { WheelZoom } from '../../../../domain/wheel';
import { isWithin } from '../../../../domain/dates';
import type { IRootProps } from '../../../../common/hosting';
import { ConfirmDialog } from '../../../../common/ConfirmDialog';
import { EmptyView, ErrorView } from '../../../../common/StateViews';
import { format } from '../../../../common/strings';
import type { IAsyncResult } from '../../../../common/useAsync';
import type { AarshjulView, IAarshjulWebPartProps } from '../../IAarshjulWebPartProps';
import { NO_FILTER, type IWheelFilter } from '../../model/filters';
import { calendarSource, MEETING_RING } from '../../model/properties';
import type { IMeetingsLoad, IWheelLoad } from '../../model/useWheelData';
import { ActivityFormPanel, draftFromActivity, newDraft, type IActivityDraft } from '../ActivityForm';
import { Agenda } from '../Agenda';
import { DetailsPanel } from '../DetailsPanel';
import { FilterBar } from '../FilterBar';
import { NextSummary } from '../NextSummary';
import { Legend } from '../Legend';
import { Toolbar, zoomLabel } from '../Toolbar';
import { Wheel } from '../Wheel';
import { aarshjulClasses } from './Aarshjul.styles';
import { MeetingsLoading } from './MeetingsLoading';
import { MeetingsWarning } from './MeetingsWarning';
import { UnshowableNotice } from './UnshowableNotice';
import { useExport } from './useExport';
import { useWheelModel } from './useWheelModel';

/** Below this width (a phone, Teams mobile, a narrow column) the agenda is the starting view. */
export const NARROW_WIDTH = 640;

/** Props of {@link AarshjulContent}. */
export interface IAarshjulContentProps extends IRootProps<IAarshjulWebPartProps, IAarshjulWebPartStrings> {
  load: IWheelLoad;
  meetings: IAsyncResult<IMeetingsLoad>;
  /** A reload (after a save, or of another year) is running; the current data stays on screen. */
  reloading: boolean;
  reloadError: unknown;
  onReload: () => void;
  /** Moves the requested year (see `IToolbarProps.onYear`). */
  onYear: (change: -1 | 1 | 'today') => void;
  startMonth: number;
  rings: readonly string[];
  today: IsoDate;
  announce: (text: string) => void;
  /** The web part's rendered width (undefined until measured). */
  width: number | undefined;
}

interface IFormRequest { activity?: IActivity; draft: IActivityDraft }

/** The loaded wheel: toolbar, filters, wheel or agenda (or the empty state), panels and dialogs. */
export function AarshjulContent(props: IAarshjulContentProps): React.ReactElement {
  const { services, host, properties, strings, load, today, startMonth, rings, announce } = props;
  const language = host.language;
  const theme = useTheme();
  const classes = React.useMemo(() => aarshjulClasses(theme), [theme]);
  const svgRef = React.useRef<SVGSVGElement>(null);
  const width = props.width;
  const [zoom, setZoom] = React.useState<WheelZoom>({ kind: 'year' });
  const [chosenView, setChosenView] = React.useState<AarshjulView | undefined>();
  const [filter, setFilter] = React.useState<IWheelFilter>(NO_FILTER);
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>();
  const [form, setForm] = React.useState<IFormRequest | undefined>();
  const [deleting, setDeleting] = React.useState<IAgendaEntry | undefined>();
  const [printing, setPrinting] = React.useState(false);
  const [exportError, setExportError] = React.useState<unknown>();
  const permissions = load.data.permissions;
  const view: AarshjulView = chosenView ?? (width !== undefined && width < NARROW_WIDTH ? 'agenda' : properties.defaultView);

  const model = useWheelModel({
    load, meetings: props.meetings.value, startMonth, zoom, rings, filter, showWeekRing: properties.showWeekRing, today,
    language, strings, theme
  });
  const rangeLabel = zoom.kind === 'year'
    ? model.yearLabel : `${zoomLabel(zoom, model.year, startMonth, strings, language)} ${model.yearLabel}`;

  const first = React.useRef(true);
  React.useEffect(() => {
    if (first.current) { first.current = false; return; }
    announce(format(model.entries.length === 1 ? strings.AnnounceShowingOne : strings.AnnounceShowing, rangeLabel, model.entries.length));
  }, [rangeLabel, filter, model.entries.length]); // eslint-disable-line react-hooks/exhaustive-deps

  React.useEffect(() => {
    if (!printing) return undefined;
    // Let the print layout (both views) render before the browser's print dialog takes a snapshot.
    const timer = setTimeout(() => { window.print(); setPrinting(false); }, 50);
    return () => clearTimeout(timer);
  }, [printing]);

  const onExport = useExport({
    svgRef, entries: model.entries, yearLabel: model.yearLabel, strings, language, theme, layout: model.layout, colors: model.colors,
    now: host.now,
    print: () => setPrinting(true), onError: setExportError
  });
  const open = React.useCallback((key: string) => setSelectedKey(key), []);
  // An entry of »Næste« may lie after the year shown (the next board meeting in February).
  const selected = selectedKey ? model.byKey.get(selectedKey) ?? model.nextByKey.get(selectedKey) : undefined;
  const afterChange = (message: string): void => { props.onReload(); announce(message); };
  // A new activity starts today when today is shown, else on the first day shown (e.g. browsing next year).
  const onNew = (): void => setForm({ draft: newDraft(isWithin(today, model.range.from, model.range.to) ? today : model.range.from) });

  const showWheel = printing || view === 'wheel';
  const showAgenda = printing || view === 'agenda';
  let body: React.ReactNode;
  if (model.all.length === 0) {
    body = <EmptyView title={format(strings.EmptyTitle, rangeLabel)}
      message={permissions.canAdd ? strings.EmptyEditorText : strings.EmptyReaderText}
      action={permissions.canAdd ? { text: strings.AddFirst, onClick: onNew } : undefined} />;
  } else if (model.entries.length === 0) {
    body = <EmptyView title={strings.NoMatchesTitle} message={strings.NoMatchesText}
      action={{ text: strings.ClearFilters, onClick: () => setFilter(NO_FILTER) }} />;
  } else {
    body = (
      <>
        {showWheel && (
          <div className={classes.wheelPage}>
            <Wheel layout={model.layout} entries={model.byKey} appearance={model.appearance} colors={model.colors}
              yearLabel={model.yearLabel} label={format(strings.WheelLabel, rangeLabel)} strings={strings} language={language} onOpen={open} announce={announce} svgRef={svgRef} />
            <Legend rings={model.shownRings} colors={model.colors} strings={strings}
              loadingRing={props.meetings.status === 'loading' ? MEETING_RING : undefined} />
          </div>
        )}
        {showAgenda && <Agenda entries={model.entries} from={model.range.from} colors={model.colors} yearLabel={rangeLabel}
          strings={strings} language={language} onOpen={open} today={isWithin(today, model.range.from, model.range.to) ? today : undefined} />}
      </>
    );
  }

  return (
    <div>
      <div className={classes.noPrint}>
        <Toolbar strings={strings} language={language} year={model.year} yearLabel={model.yearLabel} startMonth={startMonth}
          zoom={zoom} view={view} canAdd={permissions.canAdd} onNew={onNew} onYear={props.onYear} onZoom={setZoom}
          onView={setChosenView} onExport={onExport} />
        <FilterBar filter={filter} onChange={setFilter} rings={rings} people={model.people} strings={strings} language={language} />
        {props.reloading ? <ProgressIndicator ariaValueText={strings.Reloading} /> : <div style={{ height: 10 }} />}
        {props.reloadError !== undefined && (
          <ErrorView error={props.reloadError} strings={strings} isEditMode={host.isEditMode} onRetry={props.onReload} />
        )}
        {host.isEditMode && properties.meetingSource !== 'none' && !calendarSource(properties) && (
          <MessageBar className={classes.notice} messageBarType={MessageBarType.info} isMultiline={true}
            actions={<DefaultButton text={strings.OpenProperties} onClick={host.openPropertyPane} />}>
            {strings.MeetingsSourceIncomplete}
          </MessageBar>
        )}
        <UnshowableNotice items={model.unshowable} webUrl={host.webUrl} strings={strings} />
        {props.meetings.status === 'error' && (
          <MeetingsWarning error={props.meetings.error} source={calendarSource(properties)} strings={strings}
            isEditMode={host.isEditMode} onRetry={props.meetings.reload} />
        )}
        {props.meetings.status === 'loading' && calendarSource(properties) && <MeetingsLoading strings={strings} />}
        {exportError !== undefined && (
          <MessageBar className={classes.notice} messageBarType={MessageBarType.error} onDismiss={() => setExportError(undefined)}
            dismissButtonAriaLabel={strings.Close}>{strings.ExportFailed}</MessageBar>
        )}
      </div>
      {model.next && (model.next.deadlines.length > 0 || model.next.meetings.length > 0) && model.entries.length > 0 && (
        <NextSummary next={model.next} today={today} colors={model.colors} strings={strings} language={language} onOpen={open} />
      )}
      {body}
      {selected && !form && (
        <DetailsPanel entry={selected} strings={strings} language={language} today={today} permissions={permissions} webUrl={host.webUrl}
          onDismiss={() => setSelectedKey(undefined)}
          onEdit={e => e.activity && setForm({ activity: e.activity, draft: draftFromActivity(e.activity) })}
          onDelete={setDeleting}
          onMarkDone={async e => {
            if (!e.activity || !e.occurrence) return;
            await services.repositories.tasks.markOccurrenceDone(e.activity, e.occurrence.start, today);
            afterChange(format(strings.MarkDoneAnnouncement, e.title));
          }} />
      )}
      {form && (
        <ActivityFormPanel services={services} activity={form.activity} initialDraft={form.draft} strings={strings}
          language={language} onDismiss={() => setForm(undefined)}
          onSaved={a => { setForm(undefined); afterChange(format(strings.Saved, a.title)); }} />
      )}
      {deleting?.activity && (
        <ConfirmDialog title={strings.DeleteTitle} text={format(strings.DeleteText, deleting.activity.title)}
          confirmText={strings.DeleteConfirm} strings={strings} onDismiss={() => setDeleting(undefined)}
          onConfirm={async () => {
            const a = deleting.activity!;
            await services.repositories.activities.delete(a.id, a.etag);
            setDeleting(undefined);
            setSelectedKey(undefined);
            afterChange(format(strings.Deleted, a.title));
          }} />
      )}
    </div>
  );
}
