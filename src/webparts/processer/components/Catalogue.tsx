import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { formatDay } from '../../../common/formatDate';
import { PRIORITIES, PROCESS_STATUSES, type IProcess, type IsoDate } from '../../../domain/models';
import { priorityLabel } from '../../../domain/moscow';
import { CATALOGUE_PAGE_SIZE as PAGE, catalogueView, NO_FILTER, ownersOf, reviewLight, type ICatalogueFilter, type SearchableStep } from '../../../domain/processes';
import type { IProcessCatalogueData, IServices, IStepText } from '../../../services';
import { areaLabel, statusLabel } from '../model/labels';
import { ReviewLightBadge } from './ReviewLightBadge';

/** Props of {@link Catalogue}. */
export interface ICatalogueProps {
  data: IProcessCatalogueData;
  services: IServices;
  strings: IProcesserWebPartStrings;
  language: UiLanguage;
  today: IsoDate;
  canEdit: boolean;
  warningPercent: number;
  onOpen(id: number): void;
  onNew(): void;
  onOnboarding(): void;
  onHandbook(): void;
  /** Starts fetching the process page's code (on hover or focus of a process). */
  preload(): void;
}

const css = mergeStyleSets({
  filters: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'flex-end', marginBottom: 12 },
  filter: { minWidth: 160, flex: '1 1 160px', maxWidth: 260 },
  search: { flex: '2 1 240px', minWidth: 200 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 8 },
  group: { margin: '16px 0 0' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: '8px 0', borderBottom: '1px solid', display: 'flex', flexDirection: 'column', gap: 4 },
  title: { minWidth: 0 },
  titleButton: { background: 'none', border: 'none', padding: 0, font: 'inherit', fontWeight: 600, textAlign: 'left', cursor: 'pointer', textDecoration: 'underline' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: '2px 12px', fontSize: 13 },
  purpose: { display: 'block', fontSize: 13, marginTop: 2 }
});

/** The search's step texts by process id (loaded once, the first time somebody searches). */
function useStepTexts(services: IServices, wanted: boolean): Map<number, SearchableStep[]> | undefined {
  const [byProcess, setByProcess] = React.useState<Map<number, SearchableStep[]>>();
  React.useEffect(() => {
    if (!wanted || byProcess) return undefined;
    const controller = new AbortController();
    services.processData.loadStepTexts(controller.signal).then((steps: IStepText[]) => {
      const map = new Map<number, SearchableStep[]>();
      for (const s of steps) if (s.process) map.set(s.process.id, [...(map.get(s.process.id) ?? []), s]);
      setByProcess(map);
    }, () => undefined);
    return () => controller.abort();
  }, [wanted, byProcess, services]);
  return byProcess;
}

type ICatalogueItemProps = ICatalogueProps & { process: IProcess; border: string; matchedSteps: boolean };

/** One process in the catalogue; memoised: a keystroke re-renders only the items whose props changed. */
const CatalogueItem = React.memo(function CatalogueItem(props: ICatalogueItemProps): React.ReactElement {
  const { process: p, strings, language, today } = props;
  const light = reviewLight(p, today, props.warningPercent);
  return (
    <li className={css.item} style={{ borderColor: props.border }} data-process-id={p.id}>
      <div className={css.title}>
        <button type="button" className={css.titleButton} style={{ color: 'inherit' }} onClick={() => props.onOpen(p.id)}
          onMouseEnter={props.preload} onFocus={props.preload}>{p.title}</button>
        {p.purpose && <span className={css.purpose}>{p.purpose}</span>}
        {props.matchedSteps && <span className={css.purpose}><em>{strings.MatchedInSteps}</em></span>}
      </div>
      <div className={css.meta}>
        <span>{strings.LabelStatus}: {statusLabel(p.status, strings)}</span>
        <span>{strings.LabelOwner}: {p.owner?.title ?? strings.NoOwner}</span>
        <span>{strings.LabelVersion}: {p.version || '–'}</span>
        <span>{strings.LabelNextReview}: {p.nextReview ? formatDay(p.nextReview, language) : '–'}</span>
        <ReviewLightBadge light={light} strings={strings} language={language} />
        <span>{strings.LabelPriority}: {priorityLabel(p.priority, language)}</span>
      </div>
    </li>
  );
});

/**
 * The catalogue: processes grouped by area with status, owner, version, next review, review light and priority; text
 * search over title, purpose and (once loaded) step texts; filters. Readers see published processes only.
 */
export function Catalogue(props: ICatalogueProps): React.ReactElement {
  const { data, strings, language, today } = props;
  const theme = useTheme();
  const [query, setQuery] = React.useState('');
  const [filter, setFilter] = React.useState<ICatalogueFilter>(NO_FILTER);
  const steps = useStepTexts(props.services, query.trim() !== '');
  const viewer = { userId: data.currentUser.id, today, canEdit: props.canEdit };
  const view = React.useMemo(
    () => catalogueView(data.processes, query, filter, viewer, p => steps?.get(p.id) ?? []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.processes, query, filter, steps, viewer.userId, viewer.today, viewer.canEdit]);
  const visibleProcesses = props.canEdit ? data.processes : data.processes.filter(p => p.status === 'Godkendt');

  const multi = (key: keyof ICatalogueFilter): ((_: unknown, option?: IDropdownOption) => void) => (_: unknown, option?: IDropdownOption): void => {
    if (!option) return;
    setFilter(f => {
      const current = f[key] as readonly (string | number)[];
      const value = key === 'ownerIds' ? Number(option.key) : String(option.key);
      return { ...f, [key]: option.selected ? [...current, value] : current.filter(v => v !== value) };
    });
  };
  // Each area shows its first PAGE hits, and »Vis … mere« the next: the catalogue stays quick with thousands of
  // processes (every keystroke renders what is shown), and the count line says how many match in all.
  const [extra, setExtra] = React.useState<Readonly<Record<string, number>>>({});
  const shownIn = (area: string): number => PAGE + (extra[area] ?? 0);
  const showMore = (area: string): void => setExtra(e => ({ ...e, [area]: (e[area] ?? 0) + PAGE }));
  const statuses = props.canEdit ? PROCESS_STATUSES : (['Godkendt'] as const);
  const border = theme.semanticColors.bodyDivider;
  return (
    <div>
      <div className={css.toolbar} role="toolbar" aria-label={strings.CatalogueActions}>
        {props.canEdit && <ActionButton iconProps={{ iconName: 'Add' }} text={strings.NewProcess} onClick={props.onNew} />}
        {props.canEdit && <ActionButton iconProps={{ iconName: 'AddFriend' }} text={strings.Onboarding} onClick={props.onOnboarding} />}
        <ActionButton iconProps={{ iconName: 'Print' }} text={strings.Handbook} onClick={props.onHandbook} />
      </div>
      <div className={css.filters}>
        <div className={css.search}>
          <SearchBox placeholder={strings.SearchPlaceholder} ariaLabel={strings.SearchLabel} value={query}
            onChange={(_, v) => setQuery(v ?? '')} onClear={() => setQuery('')} />
        </div>
        <Dropdown className={css.filter} label={strings.FilterArea} multiSelect={true} selectedKeys={[...filter.areas]}
          options={data.areas.map(a => ({ key: a, text: areaLabel(a, strings) }))} onChange={multi('areas')} placeholder={strings.FilterAll} />
        {props.canEdit && (
          <Dropdown className={css.filter} label={strings.FilterStatus} multiSelect={true} selectedKeys={[...filter.statuses]}
            options={statuses.map(s => ({ key: s, text: statusLabel(s, strings) }))} onChange={multi('statuses')} placeholder={strings.FilterAll} />
        )}
        <Dropdown className={css.filter} label={strings.FilterOwner} multiSelect={true} selectedKeys={filter.ownerIds.map(String)}
          options={ownersOf(visibleProcesses).map(o => ({ key: String(o.id), text: o.title }))} onChange={multi('ownerIds')} placeholder={strings.FilterAll} />
        <Dropdown className={css.filter} label={strings.FilterPriority} multiSelect={true} selectedKeys={[...filter.priorities]}
          options={PRIORITIES.map(p => ({ key: p, text: priorityLabel(p, language) }))} onChange={multi('priorities')} placeholder={strings.FilterAll} />
        <Checkbox label={strings.FilterMine} checked={filter.mine} onChange={(_, c) => setFilter(f => ({ ...f, mine: !!c }))} />
        <Checkbox label={strings.FilterForReview} checked={filter.forReview} onChange={(_, c) => setFilter(f => ({ ...f, forReview: !!c }))} />
        {filter !== NO_FILTER && <DefaultButton text={strings.FilterClear} onClick={() => setFilter(NO_FILTER)} />}
      </div>
      <p role="status" aria-live="polite" style={{ margin: '4px 0', fontSize: 13 }}>
        {format(strings.CatalogueCount, view.shown, view.visible)}
      </p>
      {view.groups.length === 0 && <p>{strings.NoMatches}</p>}
      {view.groups.map(group => (
        <section key={group.area} className={css.group} aria-labelledby={`proc-area-${encodeURIComponent(group.area)}`}>
          <h3 id={`proc-area-${encodeURIComponent(group.area)}`} style={{ margin: '0 0 4px' }}>
            {areaLabel(group.area, strings)} <span style={{ fontWeight: 400 }}>({group.hits.length})</span>
          </h3>
          <ul className={css.list}>
            {group.hits.slice(0, shownIn(group.area)).map(hit => (
              <CatalogueItem key={hit.process.id} process={hit.process} {...props} border={border}
                matchedSteps={hit.fields.indexOf('steps') >= 0} />
            ))}
          </ul>
          {group.hits.length > shownIn(group.area) && (
            <ActionButton iconProps={{ iconName: 'ChevronDown' }} onClick={() => showMore(group.area)} data-show-more={group.area}
              text={format(strings.ShowMoreInArea, Math.min(PAGE, group.hits.length - shownIn(group.area)), areaLabel(group.area, strings),
                group.hits.length - shownIn(group.area))} />
          )}
        </section>
      ))}
    </div>
  );
}
