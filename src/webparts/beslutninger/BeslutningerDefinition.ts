import type { IPropertyGroup, IWebPartDefinition } from '../../common/hosting';
import { BeslutningerRoot } from './components/BeslutningerRoot';
import type { IBeslutningerWebPartProps } from './IBeslutningerWebPartProps';
import { meetingSourceGroup } from '../../common/meetingSourceGroup';

/** The manifest id of the Beslutninger web part (`BeslutningerWebPart.manifest.json`). */
export const BESLUTNINGER_ID = 'e4a35f41-da86-456d-a428-f5c795670162';

/** Properties of a newly added Beslutninger web part; the manifest's `preconfiguredEntries` carry the same values. */
export const BESLUTNINGER_DEFAULTS: IBeslutningerWebPartProps = {
  title: '',
  followUpWindowDays: 7,
  meetingSource: 'none',
  meetingGroupId: '',
  meetingMailbox: '',
  recommendationDaysBefore: 10,
  agendaDaysBefore: 5
};

/** The property pane, described once for SharePoint's pane and the local page's editor. */
function propertyGroups(strings: IBeslutningerWebPartStrings): IPropertyGroup<IBeslutningerWebPartProps>[] {
  return [
    {
      name: strings.PropGroupGeneral,
      fields: [
        { kind: 'text', name: 'title', label: strings.PropTitle },
        { kind: 'number', name: 'followUpWindowDays', label: strings.PropFollowUpWindow, min: 0, max: 60 }
      ]
    },
    meetingSourceGroup(strings),
    {
      name: strings.PropGroupPipeline,
      fields: [
        { kind: 'number', name: 'recommendationDaysBefore', label: strings.PropRecommendationDays, min: 0, max: 60 },
        { kind: 'number', name: 'agendaDaysBefore', label: strings.PropAgendaDays, min: 0, max: 60 }
      ]
    }
  ];
}

/** The Beslutninger web part for any host: the SPFx class and the local page both place exactly this. */
export const beslutningerDefinition: IWebPartDefinition<IBeslutningerWebPartProps, IBeslutningerWebPartStrings> = {
  id: BESLUTNINGER_ID,
  title: strings => strings.WebPartTitle,
  defaults: BESLUTNINGER_DEFAULTS,
  propertyGroups,
  Root: BeslutningerRoot
};
