import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { todayInCopenhagen } from '../../../domain/timeZone';
import type { IRootProps } from '../../../common/hosting';
import { LiveRegion, useAnnouncer } from '../../../common/LiveRegion';
import { ErrorView, LoadingView, NotConfiguredView } from '../../../common/StateViews';
import type { IPrioriteringWebPartProps } from '../IPrioriteringWebPartProps';
import { NotConfiguredError, useBoardData } from '../model/useBoardData';
import { BoardView } from './BoardView';

const rootClass = mergeStyles({ position: 'relative', minWidth: 0 });
const titleClass = mergeStyles({ margin: '0 0 12px', fontSize: 20, fontWeight: 600 });

/**
 * The Prioritering web part's view: loads the board (one SharePoint request) and renders one of the four states — not
 * configured, loading, error — or the board (with its own empty state). The live region is always present.
 */
export function Prioritering(props: IRootProps<IPrioriteringWebPartProps, IPrioriteringWebPartStrings>): React.ReactElement {
  const { services, host, properties, strings } = props;
  const announcer = useAnnouncer();
  const { announce } = announcer;
  const today = todayInCopenhagen(host.now());
  const data = useBoardData(services, today, properties);

  let content: React.ReactNode;
  if (data.status === 'error' && data.error instanceof NotConfiguredError) {
    content = <NotConfiguredView provisioning={services.provisioning} strings={strings} isEditMode={host.isEditMode}
      missingLists={data.error.missingLists} missingColumn={data.error.missingColumn} onProvisioned={data.reload} />;
  } else if (!data.value) {
    content = data.status === 'error'
      ? <ErrorView error={data.error} strings={strings} isEditMode={host.isEditMode} onRetry={data.reload} />
      : <LoadingView label={strings.Loading} />;
  } else {
    content = <BoardView {...props} today={today} data={data.value} reloading={data.status === 'loading'}
      reloadError={data.status === 'error' ? data.error : undefined} onReload={data.reload} announce={announce} />;
  }
  return (
    <section className={rootClass} aria-label={properties.title || strings.WebPartTitle}>
      {properties.title && <h2 className={titleClass}>{properties.title}</h2>}
      <LiveRegion announcer={announcer} />
      {content}
    </section>
  );
}
