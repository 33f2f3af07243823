import { activitiesList } from '../../../schema';
import { displayFormUrl } from '../../../services/links/LinkService';

/**
 * An activity's display form in SharePoint: where a person can see and correct an item the wheel cannot show.
 * Links to other items go through `ItemLink` (`src/common/links`).
 */
export function activityUrl(webUrl: string, id: number): string {
  return displayFormUrl(webUrl, activitiesList.url, id);
}
