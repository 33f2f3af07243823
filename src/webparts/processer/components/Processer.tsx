import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import type { IRootProps } from '../../../common/hosting';
import { EmptyView, ErrorView, LoadingView, NotConfiguredView } from '../../../common/StateViews';
import { LiveRegion, useAnnouncer } from '../../../common/LiveRegion';
import { lazyComponent } from '../../../common/lazy';
import { useDeepLink } from '../../../common/links/useDeepLink';
import { useAsync } from '../../../common/useAsync';
import { todayInCopenhagen } from '../../../domain/timeZone';
import type { IProcessCatalogueData } from '../../../services';
import type { IProcesserWebPartProps } from '../IProcesserWebPartProps';
import { NotConfiguredError, withConfigurationCheck } from '../model/notConfigured';
import { Catalogue } from './Catalogue';
import type { IProcessPanelProps } from './ProcessPanel/ProcessPanel';
import type { IProcessFormProps } from './ProcessForm/ProcessForm';
import type { IOnboardingPanelProps } from './OnboardingPanel/OnboardingPanel';
import type { IHandbookProps } from './Handbook/Handbook';

/** The process page (steps, swim lanes, links, history, lifecycle): loaded when a process is opened. */
export const ProcessPanel = lazyComponent<IProcessPanelProps>(() =>
  import(/* webpackChunkName: 'process-page' */ './ProcessPanel/ProcessPanel').then(m => m.ProcessPanel));
/** The editor for a process and its steps: loaded when someone edits. */
export const ProcessForm = lazyComponent<IProcessFormProps>(() =>
  import(/* webpackChunkName: 'process-form' */ './ProcessForm/ProcessForm').then(m => m.ProcessForm));
/** Onboarding a new colleague and the progress per person. */
export const OnboardingPanel = lazyComponent<IOnboardingPanelProps>(() =>
  import(/* webpackChunkName: 'process-onboarding' */ './OnboardingPanel/OnboardingPanel').then(m => m.OnboardingPanel));
/** The printable process handbook. */
export const Handbook = lazyComponent<IHandbookProps>(() =>
  import(/* webpackChunkName: 'process-handbook' */ './Handbook/Handbook').then(m => m.Handbook));

/** What is open over the catalogue. */
type Overlay =
  | { kind: 'none' }
  | { kind: 'process'; id: number }
  | { kind: 'form'; id?: number; returnTo?: number }
  | { kind: 'onboarding' }
  | { kind: 'handbook' };

/**
 * The Processer web part: the catalogue (one `$batch`), and on demand the process page, the form, onboarding and the
 * handbook. Review tasks that have fallen due are created once (by key) when an editor opens the catalogue.
 */
export function Processer(props: IRootProps<IProcesserWebPartProps, IProcesserWebPartStrings>): React.ReactElement {
  const { services, host, properties, strings } = props;
  const today = todayInCopenhagen(host.now());
  const catalogue = useAsync<IProcessCatalogueData>(signal => withConfigurationCheck(services, () => services.processData.loadCatalogue(signal)), [services]);
  // `?koordinator=proces:12` (a link from another web part, or a copied address) opens that process at once: its page
  // loads beside the catalogue. The address follows the process open, so it can be copied; closing removes it.
  const [linkedId, setLinkedId] = useDeepLink('proces');
  const [overlay, setOverlay] = React.useState<Overlay>(() => (linkedId !== undefined ? { kind: 'process', id: linkedId } : { kind: 'none' }));
  const announcer = useAnnouncer();
  const data = catalogue.value;
  const openId = overlay.kind === 'process' ? overlay.id : undefined;
  React.useEffect(() => {
    if (openId !== undefined) setLinkedId(openId);
    else if (overlay.kind === 'none') setLinkedId(undefined);
  }, [openId, overlay.kind]); // eslint-disable-line react-hooks/exhaustive-deps
  // A reader's link to a process that is not published (or is gone): the catalogue says so instead of showing it.
  // Only the process the address named when the web part loaded is checked, once the catalogue is in: a process just
  // created is opened before the reloaded catalogue lists it.
  const linkToCheck = React.useRef(linkedId);
  const canSeeAll = !!data && data.permissions.canEdit && data.stepPermissions.canAdd;
  const hidden = !!data && openId !== undefined && openId === linkToCheck.current &&
    !data.processes.some(p => p.id === openId && (canSeeAll || p.status === 'Godkendt'));
  const [linkMissing, setLinkMissing] = React.useState(false);
  React.useEffect(() => {
    if (!data) return;
    linkToCheck.current = undefined;
    if (!hidden) return;
    setOverlay({ kind: 'none' });
    setLinkMissing(true);
  }, [data, hidden]);

  React.useEffect(() => {
    if (!data || !data.permissions.canEdit || !data.taskPermissions.canAdd) return;
    // Keys make this exactly-once: a second page view finds the tasks by their keys and writes nothing.
    services.processActions.ensureReviewTasks(data.processes, today).catch(() => undefined);
  }, [data, services, today]);

  const heading = properties.title ? <Text as="h2" variant="xLarge" block={true} styles={{ root: { margin: '0 0 12px' } }}>{properties.title}</Text> : null;
  let content: React.ReactNode;
  if (catalogue.status === 'error' && catalogue.error instanceof NotConfiguredError) {
    content = <NotConfiguredView provisioning={services.provisioning} strings={strings} isEditMode={host.isEditMode}
      missingLists={catalogue.error.missingLists} missingColumn={catalogue.error.missingColumn} onProvisioned={catalogue.reload} />;
  } else if (catalogue.status === 'error') {
    content = <ErrorView error={catalogue.error} strings={strings} isEditMode={host.isEditMode} onRetry={catalogue.reload} />;
  } else if (!data) {
    content = <LoadingView label={strings.LoadingCatalogue} />;
  } else {
    const canEdit = data.permissions.canEdit && data.stepPermissions.canAdd;
    const visible = canEdit ? data.processes : data.processes.filter(p => p.status === 'Godkendt');
    content = visible.length === 0
      ? <EmptyView title={strings.EmptyTitle} message={canEdit ? strings.EmptyEditorText : strings.EmptyReaderText}
        action={canEdit ? { text: strings.NewProcess, onClick: () => setOverlay({ kind: 'form' }) } : undefined} />
      : <Catalogue data={data} strings={strings} language={host.language} today={today} canEdit={canEdit}
        warningPercent={properties.reviewWarningPercent} services={services}
        onOpen={id => setOverlay({ kind: 'process', id })}
        onNew={() => setOverlay({ kind: 'form' })}
        onOnboarding={() => setOverlay({ kind: 'onboarding' })}
        onHandbook={() => setOverlay({ kind: 'handbook' })}
        preload={() => ProcessPanel.preload()} />;
  }
  const close = (): void => setOverlay({ kind: 'none' });
  const saved = (id: number, message: string): void => {
    announcer.announce(message);
    catalogue.reload();
    setOverlay({ kind: 'process', id });
  };
  // The coordinator approves: Full Control on the list (site owners). Edit includes ManageLists, so that is no sign.
  const canApprove = !!data?.permissions.canManagePermissions;
  return (
    <section aria-label={strings.WebPartTitle}>
      {heading}
      {linkMissing && (
        <MessageBar messageBarType={MessageBarType.warning} onDismiss={() => setLinkMissing(false)} dismissButtonAriaLabel={strings.Close}>
          {strings.LinkedProcessMissing}
        </MessageBar>
      )}
      {content}
      {data && overlay.kind === 'process' && !hidden && (
        <ProcessPanel key={overlay.id} id={overlay.id} services={services} strings={strings} language={host.language}
          isEditMode={host.isEditMode} today={today} user={data.currentUser} permissions={data.permissions}
          taskPermissions={data.taskPermissions} canApprove={canApprove} warningPercent={properties.reviewWarningPercent}
          showSwimLanes={properties.showSwimLanes} onClose={close} onEdit={() => setOverlay({ kind: 'form', id: overlay.id, returnTo: overlay.id })}
          onChanged={message => { announcer.announce(message); catalogue.reload(); }} />
      )}
      {data && overlay.kind === 'form' && (
        <ProcessForm id={overlay.id} services={services} strings={strings} language={host.language} today={today}
          areas={data.areas} onCancel={() => setOverlay(overlay.returnTo ? { kind: 'process', id: overlay.returnTo } : { kind: 'none' })}
          onSaved={(id, created) => saved(id, created ? strings.SavedNew : strings.SavedChanges)} />
      )}
      {data && overlay.kind === 'onboarding' && (
        <OnboardingPanel services={services} strings={strings} language={host.language} today={today}
          processes={data.processes} defaultWeek={properties.onboardingDefaultWeek} onClose={close} />
      )}
      {data && overlay.kind === 'handbook' && (
        <Handbook services={services} strings={strings} language={host.language} today={today}
          processes={data.processes.filter(p => p.status === 'Godkendt')} onClose={close} />
      )}
      <LiveRegion announcer={announcer} />
    </section>
  );
}
