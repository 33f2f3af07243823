import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { todayInCopenhagen } from '../../../../domain/timeZone';
import { toDateParts } from '../../../../domain/dates';
import type { IRootProps } from '../../../../common/hosting';
import { LiveRegion, useAnnouncer } from '../../../../common/LiveRegion';
import { ErrorView, LoadingView, NotConfiguredView } from '../../../../common/StateViews';
import type { IBeslutningerWebPartProps } from '../../IBeslutningerWebPartProps';
import { NotConfiguredError, useRegisterData } from '../../model/useRegisterData';
import { RegisterContent } from './RegisterContent';

const root = mergeStyles({ display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 });
const heading = mergeStyles({ margin: 0, fontSize: 20, fontWeight: 600 });

/** A property value clamped to 0–60 days (a page may hold anything). */
function windowDays(value: unknown): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(60, Math.max(0, n)) : 7;
}

/**
 * The Beslutninger web part's view: loads a year of the register (one SharePoint request) and renders one of the four
 * states — not configured, loading, error — or the register (which has its own empty state).
 */
export function Beslutninger(props: IRootProps<IBeslutningerWebPartProps, IBeslutningerWebPartStrings>): React.ReactElement {
  const { services, host, properties, strings } = props;
  const announcer = useAnnouncer();
  const { announce } = announcer;
  const today = todayInCopenhagen(host.now());
  const [year, setYear] = React.useState(() => toDateParts(today).year);
  const days = windowDays(properties.followUpWindowDays);
  const data = useRegisterData(services, year, today, days);

  let content: React.ReactNode;
  if (data.status === 'error' && data.error instanceof NotConfiguredError) {
    content = <NotConfiguredView provisioning={services.provisioning} strings={strings} isEditMode={host.isEditMode}
      missingLists={data.error.missingLists} missingColumn={data.error.missingColumn} onProvisioned={data.reload} />;
  } else if (!data.value) {
    content = data.status === 'error'
      ? <ErrorView error={data.error} strings={strings} isEditMode={host.isEditMode} onRetry={data.reload} />
      : <LoadingView label={strings.Loading} />;
  } else {
    content = <RegisterContent {...props} data={data.value} reloading={data.status === 'loading'} year={year} onYear={setYear}
      reloadError={data.status === 'error' ? data.error : undefined} onReload={data.reload} today={today}
      followUpWindowDays={days} announce={announce} />;
  }

  return (
    <section className={root} aria-label={properties.title || strings.WebPartTitle}>
      {properties.title && <h2 className={heading}>{properties.title}</h2>}
      <LiveRegion announcer={announcer} />
      {content}
    </section>
  );
}
