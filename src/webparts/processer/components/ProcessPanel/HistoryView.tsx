import * as React from 'react';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import type { IItemVersion, IProcessFields } from '../../../../domain/models';
import { versionHistory } from '../../../../domain/processes';
import { utcToCopenhagenDateTime } from '../../../../domain/timeZone';
import { areaLabel, statusLabel } from '../../model/labels';

/** The fields the timeline compares, in the order it names them. */
const COMPARED: (keyof IProcessFields & string)[] = [
  'title', 'status', 'version', 'owner', 'deputyOwner', 'area', 'priority', 'purpose', 'trigger', 'outcome', 'description',
  'lastReviewed', 'nextReview', 'reviewIntervalMonths', 'approvedBy', 'approvedDate', 'onboarding'
];

const FIELD_KEYS: Record<string, keyof IProcesserOwnStrings> = {
  title: 'FieldTitle', status: 'LabelStatus', version: 'LabelVersion', owner: 'LabelOwner', deputyOwner: 'LabelDeputy',
  area: 'FieldArea', priority: 'LabelPriority', purpose: 'LabelPurpose', trigger: 'LabelTrigger', outcome: 'LabelOutcome',
  description: 'LabelDescription', lastReviewed: 'LabelLastReviewed', nextReview: 'LabelNextReview',
  reviewIntervalMonths: 'FieldReviewInterval', approvedBy: 'LabelApprovedBy', approvedDate: 'LabelApprovedDate', onboarding: 'FieldOnboarding'
};

/** Props of {@link HistoryView}. */
export interface IHistoryViewProps {
  versions: readonly IItemVersion<IProcessFields>[];
  strings: IProcesserOwnStrings;
  language: UiLanguage;
}

function shown(field: string, value: unknown, props: IHistoryViewProps): string {
  if (value === undefined || value === null || value === '') return '–';
  if (typeof value === 'object' && 'title' in (value as object)) return String((value as { title: string }).title);
  if (field === 'status') return statusLabel(String(value), props.strings);
  if (field === 'area') return areaLabel(String(value), props.strings);
  if (typeof value === 'boolean') return value ? props.strings.Yes : props.strings.No;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, props.language);
  if (field === 'description') return props.strings.TextChanged;
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * When, who, and SharePoint's own version label — named as SharePoint's, so it is not read as the process's version
 * (which the approvals bump). Several saves a day are told apart by the time: `2. december 2026 kl. 14.05`.
 */
function versionHeading(version: IItemVersion<IProcessFields>, props: IHistoryViewProps): string {
  const when = version.created ? utcToCopenhagenDateTime(version.created) : undefined;
  const time = when ? (props.language === 'da' ? when.time.replace(':', '.') : when.time) : '–';
  return format(props.strings.HistoryVersion, version.label, when ? formatDay(when.date, props.language) : '–', version.editor?.title ?? '–', time);
}

/** The process item's SharePoint versions as a timeline, newest first, each with what changed since the one before. */
export function HistoryView(props: IHistoryViewProps): React.ReactElement {
  const entries = versionHistory(props.versions, COMPARED);
  const { strings } = props;
  if (entries.length === 0) return <p>{strings.NoHistory}</p>;
  return (
    <ol data-testid="process-history" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map(e => (
        <li key={e.version.versionId} style={{ borderLeft: '3px solid currentColor', padding: '4px 0 8px 12px', marginBottom: 4 }}>
          <div style={{ fontWeight: 600 }}>{versionHeading(e.version, props)}</div>
          {!e.previous ? <div>{strings.HistoryCreated}</div> : e.changes.length === 0 ? <div>{strings.HistoryNoChanges}</div> : (
            <ul style={{ margin: '2px 0', paddingLeft: 18 }}>
              {e.changes.map(c => (
                <li key={c.field}>{format(strings.HistoryChange, strings[FIELD_KEYS[c.field]] ?? c.field,
                  shown(c.field, c.before, props), shown(c.field, c.after, props))}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
