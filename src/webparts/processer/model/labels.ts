import type { ProcessStatus } from '../../../domain/models';
import type { ReviewLight } from '../../../domain/processes';

/** Keys of the status, area and light labels in the web part's strings. */
const STATUS_KEYS: Record<ProcessStatus, keyof IProcesserOwnStrings> = {
  Kladde: 'StatusDraft', 'Til godkendelse': 'StatusAwaitingApproval', Godkendt: 'StatusPublished',
  'Til revision': 'StatusInRevision', Udfaset: 'StatusRetired'
};

const AREA_KEYS: Record<string, keyof IProcesserOwnStrings> = {
  'Processer og dokumentation': 'AreaProcesses', 'Årshjul og mødeforum': 'AreaWheel',
  'Beslutninger og opfølgning': 'AreaDecisions', 'Henvendelser og kommunikation': 'AreaInquiries'
};

const LIGHT_KEYS: Record<ReviewLight, keyof IProcesserOwnStrings> = {
  green: 'LightGreen', yellow: 'LightYellow', red: 'LightRed', notReviewed: 'LightNotReviewed', retired: 'LightRetired'
};

/** A status as the user's language names it (a status an owner added in SharePoint as it is). */
export function statusLabel(status: string, strings: IProcesserOwnStrings): string {
  const key = STATUS_KEYS[status as ProcessStatus];
  return key ? strings[key] : status;
}

/** An area of responsibility in the user's language (one an owner added in SharePoint as it is). */
export function areaLabel(area: string, strings: IProcesserOwnStrings): string {
  const key = AREA_KEYS[area];
  return key ? strings[key] : area;
}

/** The review light's name: never colour alone. */
export function lightLabel(light: ReviewLight, strings: IProcesserOwnStrings): string {
  return strings[LIGHT_KEYS[light]];
}
