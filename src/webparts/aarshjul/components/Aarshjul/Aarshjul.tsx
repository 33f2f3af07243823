import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { todayInCopenhagen } from '../../../../domain/timeZone';
import { wheelRange, wheelYearOf } from '../../../../domain/wheel';
import type { IRootProps } from '../../../../common/hosting';
import { LiveRegion, useAnnouncer } from '../../../../common/LiveRegion';
import { ErrorView, NotConfiguredView } from '../../../../common/StateViews';
import { useElementWidth } from '../../../../common/useElementWidth';
import type { IAarshjulWebPartProps } from '../../IAarshjulWebPartProps';
import { calendarSource, MEETING_RING, meetingFilter, selectedRings, startMonthOf } from '../../model/properties';
import { NotConfiguredError, useWheelData, type IWheelLoad } from '../../model/useWheelData';
import { aarshjulClasses } from './Aarshjul.styles';
import { AarshjulContent } from './AarshjulContent';

/** The data of a year still loading: nothing, and no rights (no edit controls until the list says so). */
const NO_RIGHTS = { canAdd: false, canEdit: false, canDelete: false, canManageLists: false };
const NO_DATA: IWheelLoad['data'] = {
  activities: [], doneOccurrences: [], permissions: NO_RIGHTS, taskPermissions: NO_RIGHTS, choices: { category: [], repeat: [] }
};

/**
 * The Årshjul web part's view: loads the year (one SharePoint request, meetings from Graph in parallel) and renders
 * one of the four states — not configured, loading, error — or the wheel itself (which has its own empty state).
 * The live region is always present, so announcements made during any state are spoken.
 */
export function Aarshjul(props: IRootProps<IAarshjulWebPartProps, IAarshjulWebPartStrings>): React.ReactElement {
  const { services, host, properties, strings } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => aarshjulClasses(theme), [theme]);
  const announcer = useAnnouncer();
  const { announce } = announcer;
  // Measured while loading, so a phone gets the agenda first instead of a wheel replaced a moment later.
  const sectionRef = React.useRef<HTMLElement>(null);
  const width = useElementWidth(sectionRef);
  const startMonth = startMonthOf(properties);
  const today = todayInCopenhagen(host.now());
  const [year, setYear] = React.useState(() => wheelYearOf(today, startMonth));
  const firstStartMonth = React.useRef(startMonth);
  React.useEffect(() => {
    // A new start month in the property pane reframes the year around today.
    if (firstStartMonth.current !== startMonth) setYear(wheelYearOf(today, startMonth));
    firstStartMonth.current = startMonth;
  }, [startMonth]); // eslint-disable-line react-hooks/exhaustive-deps

  const yearRange = React.useMemo(() => wheelRange(year, startMonth, { kind: 'year' }), [year, startMonth]);
  const source = calendarSource(properties);
  // Source and filter are compared by value inside useWheelData, so fresh objects per render cost nothing.
  const { sharePoint, meetings } = useWheelData(services, yearRange, source, meetingFilter(properties));
  const ringKey = [properties.ring1, properties.ring2, properties.ring3, properties.ring4, properties.ring5, properties.ring6,
    source ? MEETING_RING : ''].join('|');
  // The layout is memoised on the rings array, so it keeps its identity while the ring properties are unchanged.
  const rings = React.useMemo(() => [...selectedRings(properties), ...(source ? [MEETING_RING] : [])],
    [ringKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // Steps count from the requested year, so quick clicks while a year loads are not lost — unless that year failed to
  // load: then the toolbar still shows the last year that loaded, and a step goes from there, not from a year never seen.
  const latest = React.useRef({ sharePoint, year });
  latest.current = { sharePoint, year };
  const onYear = React.useCallback((change: -1 | 1 | 'today') => {
    if (change === 'today') {
      setYear(wheelYearOf(today, startMonth));
      return;
    }
    const { sharePoint: current, year: requested } = latest.current;
    if (current.status !== 'error' || !current.value) {
      setYear(y => y + change);
      return;
    }
    const next = wheelYearOf(current.value.range.from, startMonth) + change;
    // Back to the year that failed: ask again (the same state would not reload by itself).
    if (next === requested) current.reload();
    else setYear(next);
  }, [today, startMonth]);

  // While the first year loads, the content is there already with nothing in it (toolbar and filters, a spinner where
  // the wheel goes), so the data only fills it in: the first frame after the `$batch` does not also mount the chrome.
  const pendingLoad = React.useMemo((): IWheelLoad => ({ range: yearRange, data: NO_DATA }), [yearRange]);
  let content: React.ReactNode;
  if (sharePoint.status === 'error' && sharePoint.error instanceof NotConfiguredError) {
    content = <NotConfiguredView provisioning={services.provisioning} strings={strings} isEditMode={host.isEditMode}
      missingLists={sharePoint.error.missingLists} missingColumn={sharePoint.error.missingColumn} onProvisioned={sharePoint.reload} />;
  } else if (!sharePoint.value && sharePoint.status === 'error') {
    content = <ErrorView error={sharePoint.error} strings={strings} isEditMode={host.isEditMode} onRetry={sharePoint.reload} />;
  } else {
    const pending = !sharePoint.value;
    content = (
      <AarshjulContent {...props} load={sharePoint.value ?? pendingLoad} pending={pending} meetings={meetings}
        reloading={!pending && sharePoint.status === 'loading'}
        reloadError={sharePoint.status === 'error' ? sharePoint.error : undefined} onReload={sharePoint.reload}
        onYear={onYear} onGoToYear={setYear} startMonth={startMonth} rings={rings}
        today={today} announce={announce} width={width} />
    );
  }

  return (
    <section ref={sectionRef} className={classes.root} aria-label={properties.title || strings.WebPartTitle}>
      {properties.title && <h2 className={classes.title}>{properties.title}</h2>}
      <LiveRegion announcer={announcer} />
      {content}
    </section>
  );
}
