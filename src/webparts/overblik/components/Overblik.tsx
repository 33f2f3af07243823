import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { useTheme } from '@fluentui/react/lib/Theme';
import { todayInCopenhagen } from '../../../domain/timeZone';
import { cockpitHorizon, type CockpitScope } from '../../../domain/cockpit';
import { isoWeek } from '../../../domain/isoWeek';
import type { IRootProps } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { formatDayRange } from '../../../common/formatDate';
import { friendlyError } from '../../../common/errorMessages';
import { LiveRegion, useAnnouncer } from '../../../common/LiveRegion';
import { EmptyView, ErrorView, LoadingView, NotConfiguredView } from '../../../common/StateViews';
import type { IOverblikWebPartProps } from '../IOverblikWebPartProps';
import { buildCockpit, type ICockpitView } from '../model/cockpitModel';
import { calendarSource, defaultScopeOf, itemsPerSectionOf, meetingFilter, sectionsOf, weeksAheadOf } from '../model/properties';
import { NotConfiguredError, useCockpitData } from '../model/useCockpitData';
import { SLA_PROPERTIES, slaPolicies } from '../../../common/slaPropertyGroup';
import { cockpitClasses } from './cockpitStyles';
import { showAllHref } from './links';
import { CockpitSections } from './CockpitSections';

/** How many items the shown sections hold in all (the wheel's weeks summed). */
export function totalCount(view: ICockpitView, sections: readonly string[]): number {
  const counts: Record<string, number> = {
    wheel: view.weeks.reduce((n, w) => n + w.section.count, 0),
    overdueActions: view.overdueActions.count, dueSoonActions: view.dueSoonActions.count, inquiries: view.inquiries.count,
    reviews: view.reviews.count, followUps: view.followUps.count, board: view.board ? 1 : 0
  };
  return sections.reduce((n, s) => n + (counts[s] ?? 0), 0);
}

/**
 * The Overblik web part's view: loads every list in one SharePoint request (and the Outlook meetings beside it),
 * renders one of the four states — not configured, loading, error, empty — or the sections, with the »Mine« /
 * »Sekretariatet« toggle. Read-only: readers see the same as everyone else. The live region is always present.
 */
export function Overblik(props: IRootProps<IOverblikWebPartProps, IOverblikWebPartStrings>): React.ReactElement {
  const { services, host, properties, strings } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => cockpitClasses(theme), [theme]);
  const announcer = useAnnouncer();
  const { announce } = announcer;
  const [scope, setScope] = React.useState<CockpitScope>(defaultScopeOf(properties));
  React.useEffect(() => setScope(defaultScopeOf(properties)), [properties.defaultScope]);
  const now = host.now();
  const today = todayInCopenhagen(now);
  const weeksAhead = weeksAheadOf(properties);
  const top = itemsPerSectionOf(properties);
  const sections = sectionsOf(properties);
  const horizon = cockpitHorizon(today, weeksAhead);
  const source = calendarSource(properties);
  const data = useCockpitData(services, today, horizon.from, horizon.to, source);
  const { category, subjectContains } = meetingFilter(properties);
  // The inquiries' service targets, as the Henvendelser web part's SLA properties give them (the same group).
  const slaKey = SLA_PROPERTIES.map(p => `${properties[p.first] ?? ''}|${properties[p.resolve] ?? ''}`).join(';');
  const policies = React.useMemo(() => slaPolicies(properties), [slaKey]); // eslint-disable-line react-hooks/exhaustive-deps -- the eight targets

  const sp = data.sharePoint.value;
  const meetings = data.meetings.value;
  const view = React.useMemo(() => (sp ? buildCockpit(sp, meetings, now, today, { scope, weeksAhead, top, meetingFilter: { category, subjectContains }, slaPolicies: policies }) : undefined),
    // `now` changes every render; the cockpit is drawn for the day, and reloads bring a new one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sp, meetings, today, scope, weeksAhead, top, category, subjectContains, policies]);

  const horizonText = weeksAhead === 0
    ? format(strings.HorizonOneWeek, isoWeek(horizon.from), formatDayRange(horizon.from, horizon.to, host.language))
    : format(strings.HorizonText, isoWeek(horizon.from), isoWeek(horizon.to), formatDayRange(horizon.from, horizon.to, host.language));
  const scopeName = scope === 'mine' ? strings.ScopeMine : strings.ScopeSecretariat;

  // The new total is announced from the view the switch renders (built once: on the large data set building the
  // cockpit is the switch's whole cost, and the bench measured it built twice).
  const switched = React.useRef<CockpitScope>();
  const choose = (next: CockpitScope): void => {
    if (next === scope) return;
    switched.current = next;
    setScope(next);
  };
  React.useEffect(() => {
    const next = switched.current;
    if (next === undefined || !view || next !== scope) return;
    switched.current = undefined;
    announce(format(strings.Announce, next === 'mine' ? strings.ScopeMine : strings.ScopeSecretariat, totalCount(view, sections), sections.length));
  }, [view, scope]); // eslint-disable-line react-hooks/exhaustive-deps -- once per switch, for the view it rendered

  let content: React.ReactNode;
  const error = data.sharePoint.error;
  if (data.sharePoint.status === 'error' && error instanceof NotConfiguredError) {
    content = <NotConfiguredView provisioning={services.provisioning} strings={strings} isEditMode={host.isEditMode}
      missingLists={error.missingLists} missingColumn={error.missingColumn} onProvisioned={data.sharePoint.reload} />;
  } else if (!view) {
    content = data.sharePoint.status === 'error'
      ? <ErrorView error={error} strings={strings} isEditMode={host.isEditMode} onRetry={data.sharePoint.reload} />
      : <LoadingView label={strings.Loading} />;
  } else if (sections.length === 0) {
    content = <EmptyView title={strings.NoSectionsTitle} message={strings.NoSectionsText}
      action={host.isEditMode ? { text: strings.NoSectionsAction, onClick: host.openPropertyPane } : undefined} />;
  } else {
    const nothing = totalCount(view, sections) === 0;
    content = (
      <>
        {data.sharePoint.status === 'loading' && <ProgressIndicator label={strings.Updating} />}
        {data.sharePoint.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
            {format(strings.UpdateFailed, friendlyError(error, strings).message)}
          </MessageBar>
        )}
        {data.meetings.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
            {format(strings.MeetingsFailed, friendlyError(data.meetings.error, strings).message)}
          </MessageBar>
        )}
        {nothing
          ? <EmptyView title={strings.EmptyTitle} message={format(scope === 'mine' ? strings.EmptyMine : strings.EmptySecretariat, horizonText)} />
          : <CockpitSections view={view} sections={sections} language={host.language} strings={strings} newWindow={!!host.teamsTheme}
            showAllHref={kind => showAllHref(kind, services.links.known() ?? {}, host.webUrl)} />}
      </>
    );
  }

  const reload = (): void => {
    data.sharePoint.reload();
    if (source) data.meetings.reload();
  };
  return (
    <section className={classes.root} aria-label={properties.title || strings.WebPartTitle}>
      {properties.title && <h2 className={classes.title}>{properties.title}</h2>}
      <LiveRegion announcer={announcer} />
      <div className={classes.toolbar}>
        <div className={classes.scope} role="group" aria-label={strings.ScopeLabel}>
          <span className={classes.scopeLabel} aria-hidden="true">{strings.ScopeLabel}</span>
          <DefaultButton toggle={true} checked={scope === 'mine'} primary={scope === 'mine'} text={strings.ScopeMine} onClick={() => choose('mine')} />
          <DefaultButton toggle={true} checked={scope === 'secretariat'} primary={scope === 'secretariat'} text={strings.ScopeSecretariat}
            onClick={() => choose('secretariat')} />
        </div>
        <span className={classes.horizon}>{horizonText} · {scopeName}</span>
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text={strings.Refresh} onClick={reload} disabled={data.sharePoint.status === 'loading'} />
      </div>
      {content}
    </section>
  );
}
