import { activitiesList, processesList } from '../../../schema';

/**
 * A list item's display form in SharePoint (`<web>/Lists/<list>/DispForm.aspx?ID=<id>`): where a person can see and
 * correct an item. Lists are addressed by their URL, which stays the same when a list is renamed.
 */
export function displayFormUrl(webUrl: string, listUrl: string, id: number): string {
  return `${webUrl.replace(/\/+$/, '')}/Lists/${listUrl}/DispForm.aspx?ID=${encodeURIComponent(String(id))}`;
}

/** An activity's display form. */
export function activityUrl(webUrl: string, id: number): string {
  return displayFormUrl(webUrl, activitiesList.url, id);
}

/** A process's display form — until the Processer web part exists to open it in. */
export function processUrl(webUrl: string, id: number): string {
  return displayFormUrl(webUrl, processesList.url, id);
}
