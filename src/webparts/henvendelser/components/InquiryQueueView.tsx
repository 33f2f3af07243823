import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { useTheme } from '@fluentui/react/lib/Theme';
import { INQUIRY_CATEGORIES, INQUIRY_STATUSES, PRIORITIES, type IInquiry, type InquiryCategory, type InquiryStatus, type Priority } from '../../../domain/models';
import { INQUIRY_QUEUES, type InquiryQueue } from '../../../domain/inquiries';
import type { IRootProps } from '../../../common/hosting';
import { EmptyView } from '../../../common/StateViews';
import { friendlyError } from '../../../common/errorMessages';
import { format } from '../../../common/strings';
import { useElementWidth } from '../../../common/useElementWidth';
import { lazyComponent } from '../../../common/lazy';
import { useDeepLink } from '../../../common/links/useDeepLink';
import type { IInquiryChange, IInquiryQueueData } from '../../../services';
import type { IHenvendelserWebPartProps } from '../IHenvendelserWebPartProps';
import { categoryLabel, priorityText, queueLabel, slaText, statusLabel } from '../model/labels';
import { initialQueue, slaPolicies } from '../model/properties';
import { inquiryRows, queueCounts, queueRows, type InquiryRow, type IQueueFilter } from '../model/queueModel';
import { queueClasses } from './queueStyles';
import { MailPullButton } from './MailPullButton';
import type { IInquiryPanelProps } from './InquiryPanel';
import type { IIntakePanelProps } from './IntakePanel';
import type { IAssignDialogProps } from './AssignDialog';
import type { IInquiryOverviewProps } from './InquiryOverview';

/** Rows a queue shows at first, and how many more »Vis … mere« adds. */
const ROWS_PAGE = 100;
/** The detail and handling panel, loaded the first time an inquiry is opened. */
const InquiryPanel = lazyComponent<IInquiryPanelProps>(() =>
  import(/* webpackChunkName: 'henvendelser-detail' */ './InquiryPanel').then(m => m.InquiryPanel));
/** »Tildel kollega« with the people picker, loaded the first time it is used. */
const AssignDialog = lazyComponent<IAssignDialogProps>(() =>
  import(/* webpackChunkName: 'henvendelser-assign' */ './AssignDialog').then(m => m.AssignDialog));
/** The overview (statistics, chart and table), loaded the first time »Overblik« is used. */
const InquiryOverview = lazyComponent<IInquiryOverviewProps>(() =>
  import(/* webpackChunkName: 'henvendelser-overview' */ './InquiryOverview').then(m => m.InquiryOverview));
/** The intake form, loaded the first time »Ny henvendelse« is used. */
const IntakePanel = lazyComponent<IIntakePanelProps>(() =>
  import(/* webpackChunkName: 'henvendelser-intake' */ './IntakePanel').then(m => m.IntakePanel));

/** Props of {@link InquiryQueueView}. */
export interface IInquiryQueueViewProps extends IRootProps<IHenvendelserWebPartProps, IHenvendelserWebPartStrings> {
  data: IInquiryQueueData;
  reloading: boolean;
  reloadError: unknown;
  onReload: () => void;
  announce: (text: string) => void;
}

/** A notice above the queue after a write. */
interface INotice { type: 'success' | 'error'; text: string }

/**
 * The triage queue: the six queues with counts, search and filters, and a table by due time with the SLA of each
 * inquiry. Editors select rows and assign, set status or priority — each a partial update of only those columns.
 */
export function InquiryQueueView(props: IInquiryQueueViewProps): React.ReactElement {
  const { data, services, host, properties, strings, announce } = props;
  const language = host.language;
  const theme = useTheme();
  const classes = React.useMemo(() => queueClasses(theme), [theme]);
  const wrapper = React.useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapper);
  const narrow = width !== undefined && width < 640;
  const policies = React.useMemo(() => slaPolicies(properties), [properties]);
  const [queue, setQueue] = React.useState<InquiryQueue>(() => initialQueue(properties));
  const [filter, setFilter] = React.useState<IQueueFilter>({ search: '' });
  const [selected, setSelected] = React.useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<INotice>();
  // The open inquiry is in the address (?koordinator=henvendelse:N): a link from another web part opens it here, and a
  // copied address opens the same one.
  const [openId, setOpenId] = useDeepLink('henvendelse');
  const [intakeOpen, setIntakeOpen] = React.useState(false);
  const [assignOpen, setAssignOpen] = React.useState(false);
  const [overview, setOverview] = React.useState(false);
  const canEdit = data.permissions.canEdit;
  const canAdd = data.permissions.canAdd;
  const userId = data.currentUser.id;

  const now = host.now();
  const all = React.useMemo(() => inquiryRows([...data.open, ...data.closed], policies, now),
    [data, policies, Math.floor(now.getTime() / 60000)]); // eslint-disable-line react-hooks/exhaustive-deps
  const counts = React.useMemo(() => queueCounts(all, userId, filter), [all, userId, filter]);
  const rows = React.useMemo(() => queueRows(queue, all, userId, filter), [queue, all, userId, filter]);
  // A long queue (»Lukkede« holds the last 90 days) shows its first rows and »Vis 100 mere«: a thousand table rows
  // take seconds to draw, and nobody reads past the first hundred before searching or filtering.
  const [shown, setShown] = React.useState(ROWS_PAGE);
  React.useEffect(() => setShown(ROWS_PAGE), [queue, filter]);
  const visibleRows = rows.length > shown ? rows.slice(0, shown) : rows;
  const selectedRows = rows.filter(r => selected.has(r.id));
  const openRow = openId === undefined ? undefined : all.find(r => r.id === openId);

  const changeSelected = async (change: IInquiryChange): Promise<void> => {
    if (selectedRows.length === 0) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await services.inquiryActions.changeMany(selectedRows, change, host.now().toISOString(), policies);
      const failed = result.failed.map(f => `${f.inquiry.reference ?? f.inquiry.title}: ${friendlyError(f.error, strings).message}`);
      const text = failed.length === 0
        ? format(strings.BulkDone, result.updated.length)
        : `${format(strings.BulkPartly, result.updated.length, result.failed.length)} ${failed.join(' ')}`;
      setNotice({ type: failed.length === 0 ? 'success' : 'error', text });
      announce(text);
      setSelected(new Set(result.failed.map(f => f.inquiry.id)));
      props.onReload();
    } finally {
      setBusy(false);
    }
  };

  const onSaved = (_inquiry: IInquiry, text: string): void => {
    setNotice({ type: 'success', text });
    announce(text);
    props.onReload();
  };

  const categoryOptions: IDropdownOption[] = [{ key: '', text: strings.FilterAll }, ...INQUIRY_CATEGORIES.map(c => ({ key: c, text: categoryLabel(c, strings) }))];
  const priorityOptions: IDropdownOption[] = [{ key: '', text: strings.FilterAll }, ...PRIORITIES.map(p => ({ key: p, text: priorityText(p, language) }))];
  const statusOptions: IDropdownOption[] = INQUIRY_STATUSES.map(s => ({ key: s, text: statusLabel(s, strings) }));
  const setPriorityOptions: IDropdownOption[] = PRIORITIES.map(p => ({ key: p, text: priorityText(p, language) }));
  const setCategoryOptions: IDropdownOption[] = INQUIRY_CATEGORIES.map(c => ({ key: c, text: categoryLabel(c, strings) }));
  const allSelected = visibleRows.length > 0 && visibleRows.every(r => selected.has(r.id));
  const toggle = (id: number, on: boolean): void => setSelected(s => {
    const next = new Set(s);
    if (on) next.add(id); else next.delete(id);
    return next;
  });
  const switchQueue = (q: InquiryQueue): void => {
    setQueue(q);
    setSelected(new Set());
    announce(format(strings.QueueAnnounce, queueLabel(q, strings), counts[q]));
  };

  const mailbox = (properties.mailbox ?? '').trim();
  const mailPull = canAdd && mailbox !== '' && (
    <MailPullButton services={services} mailbox={mailbox} webUrl={host.webUrl} user={data.currentUser.email ?? String(userId)}
      policies={policies} now={host.now} strings={strings}
      onStart={text => { setNotice(undefined); announce(text); }}
      onDone={(n, created) => {
        setNotice({ type: n.kind, text: n.text });
        announce(n.text);
        if (created > 0) props.onReload();
      }} />
  );

  const hasAny = data.open.length + data.closed.length > 0;
  const intake = intakeOpen && (
    <IntakePanel services={services} strings={strings} language={language} policies={policies} now={host.now}
      onDismiss={() => setIntakeOpen(false)}
      onSubmitted={i => { setIntakeOpen(false); onSaved(i, format(strings.IntakeDone, i.reference ?? i.title)); }} />
  );
  if (!hasAny) {
    return (
      <div ref={wrapper}>
        <EmptyView title={strings.EmptyTitle} message={canAdd ? strings.EmptyText : strings.EmptyTextReader}
          action={canAdd ? { text: strings.NewInquiry, onClick: () => setIntakeOpen(true) } : undefined} />
        {mailPull}
        {notice && <MessageBar messageBarType={notice.type === 'success' ? MessageBarType.success : MessageBarType.error}>{notice.text}</MessageBar>}
        {intake}
      </div>
    );
  }

  return (
    <div ref={wrapper} className={classes.root}>
      <div className={classes.toolbar}>
        {canAdd && <PrimaryButton text={strings.NewInquiry} iconProps={{ iconName: 'Add' }} onClick={() => setIntakeOpen(true)}
          onMouseEnter={() => IntakePanel.preload()} onFocus={() => IntakePanel.preload()} />}
        {mailPull}
        <SearchBox className={classes.search} placeholder={strings.SearchPlaceholder} ariaLabel={strings.SearchLabel}
          value={filter.search} onChange={(_, v) => setFilter(f => ({ ...f, search: v ?? '' }))} />
        <Dropdown className={classes.filter} label={strings.FilterCategory} options={categoryOptions} selectedKey={filter.category ?? ''}
          onChange={(_, o) => setFilter(f => ({ ...f, category: (o?.key || undefined) as InquiryCategory | undefined }))} />
        <Dropdown className={classes.filter} label={strings.FilterPriority} options={priorityOptions} selectedKey={filter.priority ?? ''}
          onChange={(_, o) => setFilter(f => ({ ...f, priority: (o?.key || undefined) as Priority | undefined }))} />
        <DefaultButton text={strings.Refresh} iconProps={{ iconName: 'Refresh' }} onClick={props.onReload} disabled={props.reloading} />
        <DefaultButton text={strings.Overview} iconProps={{ iconName: 'BarChartVertical' }} aria-pressed={overview}
          onClick={() => setOverview(o => !o)} onMouseEnter={() => InquiryOverview.preload()} onFocus={() => InquiryOverview.preload()} />
      </div>
      {overview ? (
        <InquiryOverview services={services} policies={policies} now={host.now} language={language} strings={strings}
          isEditMode={host.isEditMode} onBack={() => setOverview(false)} />
      ) : <>
      <div role="group" aria-label={strings.QueuesLabel} className={classes.queues}>
        {INQUIRY_QUEUES.map(q => (
          <button key={q} type="button" aria-pressed={queue === q} className={queue === q ? classes.queueOn : classes.queue}
            onClick={() => switchQueue(q)}>
            {queueLabel(q, strings)} <span className={classes.count}>{counts[q]}</span>
          </button>
        ))}
      </div>
      {props.reloading && <ProgressIndicator ariaLabel={strings.Loading} />}
      {props.reloadError !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning} actions={<DefaultButton text={strings.Retry} onClick={props.onReload} />}>
          {friendlyError(props.reloadError, strings).message}
        </MessageBar>
      )}
      {notice && (
        <MessageBar messageBarType={notice.type === 'success' ? MessageBarType.success : MessageBarType.error}
          onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close} isMultiline={true}>
          {notice.text}
        </MessageBar>
      )}
      {canEdit && selectedRows.length > 0 && (
        <div className={classes.bulk} role="group" aria-label={format(strings.SelectedCount, selectedRows.length)}>
          <span className={classes.bulkCount}>{format(strings.SelectedCount, selectedRows.length)}</span>
          <DefaultButton text={strings.AssignToMe} disabled={busy} onClick={() => changeSelected({ assignedTo: data.currentUser, status: undefined }).catch(() => undefined)} />
          <DefaultButton text={strings.AssignToColleague} disabled={busy} onClick={() => setAssignOpen(true)}
            onMouseEnter={() => AssignDialog.preload()} onFocus={() => AssignDialog.preload()} />
          <Dropdown className={classes.filter} placeholder={strings.SetStatus} ariaLabel={strings.SetStatus} options={statusOptions} disabled={busy}
            selectedKey={null} onChange={(_, o) => o && changeSelected({ status: o.key as InquiryStatus }).catch(() => undefined)} />
          <Dropdown className={classes.filter} placeholder={strings.SetPriority} ariaLabel={strings.SetPriority} options={setPriorityOptions} disabled={busy}
            selectedKey={null} onChange={(_, o) => o && changeSelected({ priority: o.key as Priority }).catch(() => undefined)} />
          <Dropdown className={classes.filter} placeholder={strings.SetCategory} ariaLabel={strings.SetCategory} options={setCategoryOptions} disabled={busy}
            selectedKey={null} onChange={(_, o) => o && changeSelected({ category: o.key as InquiryCategory }).catch(() => undefined)} />
          <DefaultButton text={strings.ClearSelection} disabled={busy} onClick={() => setSelected(new Set())} />
        </div>
      )}
      {rows.length === 0 ? (
        <p className={classes.none}>{format(strings.QueueEmpty, queueLabel(queue, strings))}</p>
      ) : (
        <table className={classes.table}>
          <caption className={classes.caption}>{format(strings.QueueCaption, queueLabel(queue, strings), rows.length)}</caption>
          <thead>
            <tr>
              {canEdit && (
                <th scope="col" className={classes.check}>
                  <Checkbox ariaLabel={strings.SelectAll} checked={allSelected}
                    onChange={(_, on) => setSelected(on ? new Set(visibleRows.map(r => r.id)) : new Set())} />
                </th>
              )}
              {!narrow && <th scope="col">{strings.ColReference}</th>}
              <th scope="col">{strings.ColSubject}</th>
              {!narrow && <th scope="col">{strings.ColRequester}</th>}
              {!narrow && <th scope="col">{strings.ColCategory}</th>}
              {!narrow && <th scope="col">{strings.ColAssignee}</th>}
              {!narrow && <th scope="col">{strings.ColStatus}</th>}
              {!narrow && <th scope="col" aria-sort={queue === 'closed' ? undefined : 'ascending'}>{strings.ColSla}</th>}
            </tr>
          </thead>
          <tbody>
            {visibleRows.map(r => <Row key={r.id} row={r} narrow={narrow} canEdit={canEdit} selected={selected.has(r.id)}
              onToggle={on => toggle(r.id, on)} onOpen={() => setOpenId(r.id)} classes={classes} strings={strings} language={language} />)}
          </tbody>
        </table>
      )}
      {rows.length > visibleRows.length && (
        <DefaultButton className={classes.showMore} data-show-more="" onClick={() => setShown(n => n + ROWS_PAGE)}
          text={format(strings.ShowMoreRows, Math.min(ROWS_PAGE, rows.length - visibleRows.length), rows.length - visibleRows.length)} />
      )}
      </>}
      {openRow && (
        <InquiryPanel services={services} strings={strings} language={language} policies={policies} now={host.now} row={openRow}
          permissions={data.permissions} taskPermissions={data.taskPermissions} decisionPermissions={data.decisionPermissions}
          currentUser={data.currentUser} onDismiss={() => setOpenId(undefined)} onSaved={onSaved} />
      )}
      {assignOpen && selectedRows.length > 0 && (
        <AssignDialog count={selectedRows.length} people={services.people} strings={strings} onDismiss={() => setAssignOpen(false)}
          onAssign={person => { setAssignOpen(false); changeSelected({ assignedTo: person }).catch(() => undefined); }} />
      )}
      {intake}
    </div>
  );
}

interface IRowProps {
  row: InquiryRow;
  narrow: boolean;
  canEdit: boolean;
  selected: boolean;
  onToggle: (on: boolean) => void;
  onOpen: () => void;
  classes: ReturnType<typeof queueClasses>;
  strings: IHenvendelserWebPartStrings;
  language: IRootProps<unknown, unknown>['host']['language'];
}

function Row(props: IRowProps): React.ReactElement {
  const { row, classes, strings, language } = props;
  const sla = slaText(row, strings, language);
  const requester = [row.requesterName, row.organisation].filter(Boolean).join(', ');
  const badge = sla.badge && <span className={classes.badge[sla.kind]}>{sla.badge}</span>;
  return (
    <tr className={props.selected ? classes.rowSelected : undefined} data-inquiry-id={row.id}>
      {props.canEdit && (
        <td className={classes.check}>
          <Checkbox ariaLabel={format(strings.SelectRow, row.reference ?? row.title)} checked={props.selected} onChange={(_, on) => props.onToggle(!!on)} />
        </td>
      )}
      {!props.narrow && <td className={classes.reference}>{row.reference ?? ''}</td>}
      <td>
        <button type="button" className={classes.subject} onClick={props.onOpen}
          onMouseEnter={() => InquiryPanel.preload()} onFocus={() => InquiryPanel.preload()}>{row.title}</button>
        <div className={classes.meta}>
          {props.narrow && row.reference && <>{row.reference} · </>}
          {priorityText(row.priority, language)}
          {props.narrow && requester && <> · {requester}</>}
          {props.narrow && <> · {row.assignedTo?.title ?? strings.Unassigned} · {statusLabel(row.status, strings)}</>}
        </div>
        {props.narrow && <div>{badge}<span className={classes.slaText}>{sla.text}</span></div>}
      </td>
      {!props.narrow && <td>{requester}</td>}
      {!props.narrow && <td>{categoryLabel(row.category, strings)}</td>}
      {!props.narrow && <td>{row.assignedTo?.title ?? <span className={classes.muted}>{strings.Unassigned}</span>}</td>}
      {!props.narrow && <td>{statusLabel(row.status, strings)}</td>}
      {!props.narrow && <td>{badge}<span className={classes.slaText}>{sla.text}</span></td>}
    </tr>
  );
}
