import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import { INQUIRY_CATEGORIES, type InquiryCategory } from '../../../domain/models';
import { inquiryOverview, overviewRange, workingDuration, type IInquiryOverview, type ISlaPolicy } from '../../../domain/inquiries';
import { MONTH_NAMES_DA, MONTH_NAMES_EN } from '../../../domain/danishCalendar';
import { todayInCopenhagen } from '../../../domain/timeZone';
import type { IServices } from '../../../services';
import type { UiLanguage } from '../../../common/hosting';
import { useAsync } from '../../../common/useAsync';
import { ErrorView, LoadingView } from '../../../common/StateViews';
import { format } from '../../../common/strings';
import { categoryLabel } from '../model/labels';

/** Props of {@link InquiryOverview}. */
export interface IInquiryOverviewProps {
  services: Pick<IServices, 'inquiries'>;
  policies: readonly ISlaPolicy[];
  now: () => Date;
  language: UiLanguage;
  strings: IHenvendelserWebPartStrings;
  isEditMode: boolean;
  onBack: () => void;
}

// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- a record of class names
function styles(theme: Theme) {
  return mergeStyleSets({
  heading: { fontSize: 16, fontWeight: 600, margin: '8px 0' },
  figures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 12, margin: '0 0 16px', padding: 0 },
  figure: { border: `1px solid ${theme.palette.neutralQuaternaryAlt}`, borderRadius: 4, padding: '8px 12px', margin: 0 },
  term: { fontSize: 12, color: theme.palette.neutralSecondary },
  value: { fontSize: 20, fontWeight: 600, margin: 0 },
  chart: { display: 'block', width: '100%', maxWidth: 720, height: 'auto', margin: '0 0 12px' },
  bar: { fill: theme.palette.themePrimary },
  axis: { fill: theme.palette.neutralPrimary, fontSize: 11 },
  scroll: { overflowX: 'auto', margin: '0 0 12px', selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}` } } },
  table: { borderCollapse: 'collapse', fontSize: 13, selectors: { 'th, td': { padding: '4px 8px', borderBottom: `1px solid ${theme.palette.neutralLight}`, textAlign: 'right' }, 'th[scope=row], thead th:first-child': { textAlign: 'left' } } },
  caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
  note: { fontSize: 12, color: theme.palette.neutralSecondary }
  });
}

const monthName = (month: string, language: UiLanguage, long = false): string => {
  const [y, m] = month.split('-').map(Number);
  const name = (language === 'da' ? MONTH_NAMES_DA : MONTH_NAMES_EN)[m - 1];
  return long ? `${name} ${y}` : `${name.slice(0, 3)} ${String(y).slice(2)}`;
};
const number = (n: number, language: UiLanguage): string => n.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });

/** Working minutes in words: `2 t 30 min` or `1,5 arbejdsdage`. */
export function durationText(minutes: number | undefined, strings: IHenvendelserWebPartStrings, language: UiLanguage): string {
  if (minutes === undefined) return strings.OverviewNotMeasured;
  const d = workingDuration(minutes);
  return 'days' in d ? format(strings.OverviewDurationDays, number(d.days, language)) : format(strings.OverviewDurationHours, d.hours, d.minutes);
}

const percent = (value: number | undefined, strings: IHenvendelserWebPartStrings, language: UiLanguage): string =>
  value === undefined ? strings.OverviewNotMeasured : `${number(Math.round(value), language)} %`;

/**
 * The overview (loaded on demand): what came in over the last twelve months — a bar chart of the months and, as its
 * equal for everyone, a table per category and month — and the medians and SLA attainment. One `$batch` of month
 * slices of the indexed receiving date.
 */
export function InquiryOverview(props: IInquiryOverviewProps): React.ReactElement {
  const { strings, language } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => styles(theme), [theme]);
  const today = todayInCopenhagen(props.now());
  const range = React.useMemo(() => overviewRange(today), [today]);
  const data = useAsync(signal => props.services.inquiries.loadReceived(range.from, range.to, signal), [range.from, range.to]);
  const overview = React.useMemo(() => data.value && inquiryOverview(data.value, props.policies, range.months, props.now().toISOString()),
    [data.value, props.policies, range.months]); // eslint-disable-line react-hooks/exhaustive-deps

  let body: React.ReactNode;
  if (data.status === 'error' && !data.value) {
    body = <ErrorView error={data.error} strings={strings} isEditMode={props.isEditMode} onRetry={data.reload} />;
  } else if (!overview) {
    body = <LoadingView label={strings.OverviewLoading} />;
  } else if (overview.total === 0) {
    body = <p>{strings.OverviewEmpty}</p>;
  } else {
    body = <OverviewBody overview={overview} classes={classes} strings={strings} language={language} />;
  }
  return (
    <section aria-labelledby="henvendelser-overview-heading">
      <DefaultButton text={strings.BackToQueue} iconProps={{ iconName: 'Back' }} onClick={props.onBack} />
      <h3 id="henvendelser-overview-heading" className={classes.heading}>{strings.OverviewHeading}</h3>
      {body}
    </section>
  );
}

interface IBodyProps { overview: IInquiryOverview; classes: ReturnType<typeof styles>; strings: IHenvendelserWebPartStrings; language: UiLanguage }

function OverviewBody({ overview, classes, strings, language }: IBodyProps): React.ReactElement {
  const categories: (InquiryCategory | undefined)[] = [...INQUIRY_CATEGORIES, undefined]
    .filter(c => overview.byCategoryAndMonth.some(x => x.category === c));
  const count = (category: InquiryCategory | undefined, month: string): number =>
    overview.byCategoryAndMonth.find(x => x.category === category && x.month === month)?.count ?? 0;
  const figures: [string, string][] = [
    [strings.OverviewTotal, number(overview.total, language)],
    [strings.OverviewMedianFirst, durationText(overview.medianFirstResponseMinutes, strings, language)],
    [strings.OverviewMedianResolution, durationText(overview.medianResolutionMinutes, strings, language)],
    [strings.OverviewFirstAttainment, percent(overview.firstResponseAttainment, strings, language)],
    [strings.OverviewResolutionAttainment, percent(overview.resolutionAttainment, strings, language)]
  ];
  const max = Math.max(1, ...overview.months.map(m => m.count));
  const barWidth = 100 / overview.months.length;
  const chartLabel = format(strings.OverviewChartLabel, overview.months.map(m => `${monthName(m.month, language, true)} ${m.count}`).join(', '));
  return (
    <>
      <dl className={classes.figures}>
        {figures.map(([term, value]) => (
          <div key={term} className={classes.figure}>
            <dt className={classes.term}>{term}</dt>
            <dd className={classes.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <svg className={classes.chart} viewBox="0 0 100 44" role="img" aria-label={chartLabel} preserveAspectRatio="none">
        {overview.months.map((m, i) => {
          const h = (32 * m.count) / max;
          return (
            <g key={m.month}>
              <rect className={classes.bar} x={i * barWidth + barWidth * 0.15} width={barWidth * 0.7} y={36 - h} height={h} />
              <text className={classes.axis} x={i * barWidth + barWidth / 2} y={41.5} textAnchor="middle" style={{ fontSize: 2.6 }}>
                {monthName(m.month, language).split(' ')[0]}
              </text>
              {m.count > 0 && <text className={classes.axis} x={i * barWidth + barWidth / 2} y={35 - h} textAnchor="middle" style={{ fontSize: 2.6 }}>{m.count}</text>}
            </g>
          );
        })}
      </svg>
      {/* Scrolls sideways on a phone; focusable so the keyboard can scroll it too. */}
      <div className={classes.scroll} tabIndex={0} role="region" aria-label={strings.OverviewTableCaption}>
        <table className={classes.table}>
          <caption className={classes.caption}>{strings.OverviewTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.OverviewCategory}</th>
              {overview.months.map(m => <th key={m.month} scope="col"><abbr title={monthName(m.month, language, true)}>{monthName(m.month, language)}</abbr></th>)}
              <th scope="col">{strings.OverviewSum}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map(c => (
              <tr key={c ?? ''}>
                <th scope="row">{c ? categoryLabel(c, strings) : strings.OverviewUncategorised}</th>
                {overview.months.map(m => <td key={m.month}>{count(c, m.month)}</td>)}
                <td>{overview.months.reduce((sum, m) => sum + count(c, m.month), 0)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{strings.OverviewSum}</th>
              {overview.months.map(m => <td key={m.month}>{m.count}</td>)}
              <td>{overview.total}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className={classes.note}>{strings.OverviewNote}</p>
    </>
  );
}
