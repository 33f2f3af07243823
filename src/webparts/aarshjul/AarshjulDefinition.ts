import { WHEEL_CATEGORIES } from '../../domain/models';
import type { IPropertyGroup, IWebPartDefinition } from '../../common/hosting';
import { format } from '../../common/strings';
import { AarshjulRoot } from './components/AarshjulRoot';
import { RING_PROPERTIES, type IAarshjulWebPartProps } from './IAarshjulWebPartProps';
import { ringLabel } from './model/labels';
import { meetingSourceGroup } from '../../common/meetingSourceGroup';

/** The manifest id of the Årshjul web part (`AarshjulWebPart.manifest.json`). */
export const AARSHJUL_ID = '31ccbebf-8395-4b03-ba2f-a42fee7f9e31';

/** Properties of a newly added Årshjul; the manifest's `preconfiguredEntries` carry the same values. */
export const AARSHJUL_DEFAULTS: IAarshjulWebPartProps = {
  title: '',
  ring1: WHEEL_CATEGORIES[0], ring2: WHEEL_CATEGORIES[1], ring3: WHEEL_CATEGORIES[2],
  ring4: WHEEL_CATEGORIES[3], ring5: WHEEL_CATEGORIES[4], ring6: WHEEL_CATEGORIES[5],
  startMonth: 1,
  showWeekRing: true,
  defaultView: 'wheel',
  meetingSource: 'none',
  meetingGroupId: '',
  meetingMailbox: '',
  meetingCategory: '',
  meetingSubject: ''
};

/** The property pane, described once for SharePoint's pane and the local page's editor. */
function propertyGroups(strings: IAarshjulWebPartStrings): IPropertyGroup<IAarshjulWebPartProps>[] {
  const ringOptions = [{ key: '', text: strings.PropRingNone }, ...WHEEL_CATEGORIES.map(c => ({ key: c, text: ringLabel(c, strings) }))];
  return [
    {
      name: strings.PropGroupGeneral,
      fields: [
        { kind: 'text', name: 'title', label: strings.PropTitle },
        { kind: 'number', name: 'startMonth', label: strings.PropStartMonth, min: 1, max: 12 },
        { kind: 'toggle', name: 'showWeekRing', label: strings.PropShowWeekRing, onText: strings.On, offText: strings.Off },
        { kind: 'dropdown', name: 'defaultView', label: strings.PropDefaultView,
          options: [{ key: 'wheel', text: strings.ViewWheel }, { key: 'agenda', text: strings.ViewAgenda }] }
      ]
    },
    {
      name: strings.PropGroupRings,
      fields: RING_PROPERTIES.map((name, i) => ({
        kind: 'dropdown' as const, name, label: format(strings.PropRingPosition, i + 1), options: ringOptions
      }))
    },
    meetingSourceGroup(strings, 'filters')
  ];
}

/** The Årshjul web part for any host: the SPFx class (`AarshjulWebPart`) and the local page both place exactly this. */
export const aarshjulDefinition: IWebPartDefinition<IAarshjulWebPartProps, IAarshjulWebPartStrings> = {
  id: AARSHJUL_ID,
  title: strings => strings.WebPartTitle,
  defaults: AARSHJUL_DEFAULTS,
  propertyGroups,
  Root: AarshjulRoot
};
