import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import type { IAgendaEntry } from '../../../../domain/meetings';
import type { IActivity, IsoDate } from '../../../../domain/models';
import { ConcurrencyError } from '../../../../services';
import { wheelYearLabel, wheelYearOf } from '../../../../domain/wheel';
import type { WheelZoom } from '../../../../domain/wheel';
import { isWithin } from '../../../../domain/dates';
import type { IRootProps } from '../../../../common/hosting';
import { ConfirmDialog } from '../../../../common/ConfirmDialog';
import { EmptyView, ErrorView, LoadingView } from '../../../../common/StateViews';
import { format } from '../../../../common/strings';
import type { IAsyncResult } from '../../../../common/useAsync';
import type { AarshjulView, IAarshjulWebPartProps } from '../../IAarshjulWebPartProps';
import { NO_FILTER, type IWheelFilter } from '../../model/filters';
import { calendarSource, MEETING_RING, withListRings } from '../../model/properties';
import type { IMeetingsLoad, IWheelLoad } from '../../model/useWheelData';
import { ActivityFormPanel } from '../ActivityForm';
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
import { ReloadBar } from './ReloadBar';
import { UnshowableNotice } from './UnshowableNotice';
import { useExport } from './useExport';
import { useWheelModel } from './useWheelModel';
import { useWheelChanges } from './useWheelChanges';
import { useDeepLink } from '../../../../common/links/useDeepLink';
import { useHeldElement, useStaged } from '../../../../common/useStaged';

/** Below this width (a phone, Teams mobile, a narrow column) the agenda is the starting view. */
export const NARROW_WIDTH = 640;

/** Props of {@link AarshjulContent}. */
export interface IAarshjulContentProps extends IRootProps<IAarshjulWebPartProps, IAarshjulWebPartStrings> {
  load: IWheelLoad;
  /**
   * The year's first load is still on its way: `load` is empty, the body is the loading state, and nothing is
   * announced, exported or looked up until the data is in.
   */
  pending?: boolean;
  meetings: IAsyncResult<IMeetingsLoad>;
  /** A reload (after a save, or of another year) is running; the current data stays on screen. */
  reloading: boolean;
  reloadError: unknown;
  onReload: () => void;
  /** Moves the requested year (see `IToolbarProps.onYear`). */
  onYear: (change: -1 | 1 | 'today') => void;
  /** Shows the wheel year that starts in `year` (after saving an activity in another year). */
  onGoToYear: (year: number) => void;
  startMonth: number;
  rings: readonly string[];
  today: IsoDate;
  announce: (text: string) => void;
  /** The web part's rendered width (undefined until measured). */
  width: number | undefined;
}

interface IFormRequest { activity?: IActivity; startDate?: IsoDate }

/** An activity to delete; after a conflict, the version someone else saved meanwhile. */
interface IDeleteRequest { entry: IAgendaEntry; current?: IActivity }

/** The loaded wheel: toolbar, filters, wheel or agenda (or the empty state), panels and dialogs. */
export function AarshjulContent(props: IAarshjulContentProps): React.ReactElement {
  const { services, host, properties, strings, today, startMonth, announce } = props;
  const changes = useWheelChanges({ services, load: props.load, today, strings, announce, onReload: props.onReload });
  const load = changes.load;
  const listCategories = load.data.choices.category;
  const rings = React.useMemo(() => withListRings(props.rings, listCategories), [props.rings, listCategories]);
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
  const [deleting, setDeleting] = React.useState<IDeleteRequest | undefined>();
  const [printing, setPrinting] = React.useState(false);
  const [exportError, setExportError] = React.useState<unknown>();
  const permissions = load.data.permissions;
  const view: AarshjulView = chosenView ?? (width !== undefined && width < NARROW_WIDTH ? 'agenda' : properties.defaultView);

  const latest = useWheelModel({
    load, meetings: props.meetings.value, startMonth, zoom, rings, filter, showWeekRing: properties.showWeekRing, today,
    language, strings, theme
  });
  // Data from the network (a year, the meetings, a reload) is derived in one task and drawn in the next: with 6,000
  // items each is ≈ 100 ms, together they were one long task. What the user does — a filter, the zoom, an occurrence
  // marked done or an activity deleted (`changes.load`) — is drawn in the render that changes it.
  const staged = useStaged({ model: latest, pending: !!props.pending }, [props.load, props.meetings.value, props.pending]);
  const model = staged.value.model;
  const rangeLabel = zoom.kind === 'year'
    ? model.yearLabel : `${zoomLabel(zoom, model.year, startMonth, strings, language)} ${model.yearLabel}`;

  const first = React.useRef(true);
  const pending = staged.value.pending;
  React.useEffect(() => {
    // The first render with data says nothing (the wheel itself does); later changes are announced.
    if (pending) return;
    if (first.current) { first.current = false; return; }
    announce(format(model.entries.length === 1 ? strings.AnnounceShowingOne : strings.AnnounceShowing, rangeLabel, model.entries.length));
  }, [rangeLabel, filter, model.entries.length, pending]); // eslint-disable-line react-hooks/exhaustive-deps

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
  // `?koordinator=aktivitet:12` (a link from another web part) opens that activity once: its occurrence on or after
  // today in the year shown, else its last one; an activity outside the year moves the wheel to its year first.
  const [linkedId, setLinkedId] = useDeepLink('aktivitet');
  const pendingLink = React.useRef(linkedId);
  const lookedUp = React.useRef(false);
  React.useEffect(() => {
    const id = pendingLink.current;
    if (id === undefined || pending) return undefined;
    const entries = model.all.filter(e => e.activity?.id === id);
    if (entries.length > 0) {
      pendingLink.current = undefined;
      setSelectedKey((entries.find(e => e.endDay >= today) ?? entries[entries.length - 1]).key);
      return undefined;
    }
    if (lookedUp.current) return undefined;
    lookedUp.current = true;
    let live = true;
    services.repositories.activities.get(id).then(a => {
      const year = wheelYearOf(a.startDate > today || !a.recurrence ? a.startDate : today, startMonth);
      if (!live) return;
      if (year !== model.year) props.onGoToYear(year);
      else pendingLink.current = undefined; // In this year but not shown (a ring the web part leaves out).
    }, () => {
      if (!live) return;
      pendingLink.current = undefined;
      setLinkedId(undefined);
      changes.setNotice({ text: strings.LinkedActivityMissing });
    });
    return () => { live = false; };
  }, [model.all, pending]); // eslint-disable-line react-hooks/exhaustive-deps
  // The address follows what is open, so it can be copied and sent; closing the details removes it.
  const selectedActivityId = selectedKey ? (model.byKey.get(selectedKey) ?? model.nextByKey.get(selectedKey))?.activity?.id : undefined;
  const wasOpen = React.useRef(false);
  React.useEffect(() => {
    if (selectedActivityId !== undefined) {
      wasOpen.current = true;
      if (linkedId !== selectedActivityId) setLinkedId(selectedActivityId);
    } else if (wasOpen.current && selectedKey === undefined) {
      wasOpen.current = false;
      setLinkedId(undefined);
    }
  }, [selectedActivityId, selectedKey]); // eslint-disable-line react-hooks/exhaustive-deps
  // An entry of »Næste« may lie after the year shown (the next board meeting in February).
  const selected = selectedKey ? model.byKey.get(selectedKey) ?? model.nextByKey.get(selectedKey) : undefined;
  const onSaved = (a: IActivity): void => {
    setForm(undefined);
    props.onReload();
    // Saved in a year that is not shown: say so, and offer to go there — otherwise it looks as if nothing happened.
    const year = wheelYearOf(a.startDate, startMonth);
    const text = year === model.year ? format(strings.Saved, a.title)
      : format(strings.SavedInOtherYear, a.title, wheelYearLabel(year, startMonth));
    changes.setNotice({
      text,
      action: year === model.year ? undefined
        : { text: format(strings.SavedGoToYear, wheelYearLabel(year, startMonth)), onClick: () => { changes.setNotice(undefined); props.onGoToYear(year); } }
    });
    announce(text);
  };
  // A new activity starts today when today is shown, else on the first day shown (e.g. browsing next year).
  const onNew = (): void => setForm({ startDate: isWithin(today, model.range.from, model.range.to) ? today : model.range.from });

  const showWheel = printing || view === 'wheel';
  const showAgenda = printing || view === 'agenda';
  let body: React.ReactNode;
  if (pending) {
    body = <LoadingView label={strings.Loading} />;
  } else if (model.all.length === 0) {
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
              yearLabel={model.yearLabel} label={format(strings.WheelLabel, rangeLabel)} strings={strings} language={language} onOpen={open} announce={announce} svgRef={svgRef} drawAll={printing} />
            <Legend rings={model.shownRings} colors={model.colors} strings={strings}
              loadingRing={props.meetings.status === 'loading' ? MEETING_RING : undefined} />
          </div>
        )}
        {showAgenda && <Agenda entries={model.entries} from={model.range.from} colors={model.colors} yearLabel={rangeLabel}
          strings={strings} language={language} onOpen={open} today={isWithin(today, model.range.from, model.range.to) ? today : undefined} />}
      </>
    );
  }

  // While the new data's wheel waits for its task, what is shown stays as it is, and React is told so (see useHeldElement).
  return useHeldElement(staged.waiting, () => (
    <div>
      <div className={classes.noPrint}>
        <Toolbar strings={strings} language={language} year={model.year} yearLabel={model.yearLabel} startMonth={startMonth}
          zoom={zoom} view={view} canAdd={permissions.canAdd} onNew={onNew} onYear={props.onYear} onZoom={setZoom}
          onView={setChosenView} onExport={onExport} exportDisabled={pending} />
        <FilterBar filter={filter} onChange={setFilter} rings={rings} people={model.people} strings={strings} language={language} />
        {props.reloading ? <ReloadBar label={strings.Reloading} /> : <div style={{ height: 10 }} />}
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
        {changes.notice && (
          <MessageBar className={classes.notice} messageBarType={changes.notice.error ? MessageBarType.error : MessageBarType.success}
            isMultiline={true} onDismiss={() => changes.setNotice(undefined)} dismissButtonAriaLabel={strings.Close}
            actions={changes.notice.action && <DefaultButton text={changes.notice.action.text} onClick={changes.notice.action.onClick} />}>
            {changes.notice.text}
          </MessageBar>
        )}
        {!pending && props.meetings.status === 'loading' && calendarSource(properties) && <MeetingsLoading strings={strings} />}
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
          taskPermissions={load.data.taskPermissions}
          onDismiss={() => setSelectedKey(undefined)}
          onEdit={e => e.activity && setForm({ activity: e.activity })}
          onDelete={e => setDeleting({ entry: e })}
          onMarkDone={e => changes.markDone(e.activity!, e.occurrence!.start, e.title)}
          onUndoDone={(task, e) => changes.undoDone(task, e.title)} />
      )}
      {form && (
        <ActivityFormPanel services={services} activity={form.activity} startDate={form.startDate} strings={strings}
          choices={load.data.choices}
          language={language} onDismiss={() => setForm(undefined)}
          onSaved={onSaved} />
      )}
      {deleting?.entry.activity && (
        <ConfirmDialog title={strings.DeleteTitle}
          text={format(deleting.current ? strings.DeleteConflictText : strings.DeleteText, deleting.entry.activity.title)}
          confirmText={deleting.current ? strings.DeleteAnyway : strings.DeleteConfirm} strings={strings}
          onDismiss={() => setDeleting(undefined)}
          secondary={deleting.current && {
            // Show the other person's version: reload, and keep the details open on it.
            text: strings.DeleteShowLatest, onClick: () => { setDeleting(undefined); props.onReload(); }
          }}
          onConfirm={async () => {
            const a = deleting.entry.activity!;
            try {
              await changes.deleteActivity(a, deleting.current?.etag ?? a.etag);
            } catch (e) {
              // Someone changed it meanwhile: the next confirmation deletes that version, on purpose.
              if (e instanceof ConcurrencyError && e.current) setDeleting({ entry: deleting.entry, current: e.current as IActivity });
              if (!(e instanceof ConcurrencyError && e.current)) throw e;
              return;
            }
            setDeleting(undefined);
            setSelectedKey(undefined);
          }} />
      )}
    </div>
  ));
}
