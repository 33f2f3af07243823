import type { IPropertyGroup, IWebPartDefinition } from '../../common/hosting';
import { DEFAULT_COCKPIT_TOP, DEFAULT_COCKPIT_WEEKS_AHEAD } from '../../domain/cockpit';
import { OverblikRoot } from './components/OverblikRoot';
import { COCKPIT_SECTIONS, type IOverblikWebPartProps } from './IOverblikWebPartProps';
import { sectionTitle } from './model/labels';
import { meetingSourceGroup } from '../../common/meetingSourceGroup';
import { SLA_DEFAULTS, slaPropertyGroup } from '../../common/slaPropertyGroup';

/** The manifest id of the Overblik web part (`OverblikWebPart.manifest.json`). */
export const OVERBLIK_ID = '8455c546-302f-4ac3-b4ab-53d6d3533ebc';

/** Properties of a newly added web part; the manifest's `preconfiguredEntries` carry the same values. */
export const OVERBLIK_DEFAULTS: IOverblikWebPartProps = {
  title: '',
  defaultScope: 'secretariat',
  weeksAhead: DEFAULT_COCKPIT_WEEKS_AHEAD,
  itemsPerSection: DEFAULT_COCKPIT_TOP,
  sections: [...COCKPIT_SECTIONS],
  meetingSource: 'none',
  meetingGroupId: '',
  meetingMailbox: '',
  meetingCategory: '',
  meetingSubject: '',
  ...SLA_DEFAULTS
};

/** The property pane, described once for SharePoint's pane and the local page's editor. */
function propertyGroups(strings: IOverblikWebPartStrings): IPropertyGroup<IOverblikWebPartProps>[] {
  return [
    {
      name: strings.PropGroupGeneral,
      fields: [
        { kind: 'text', name: 'title', label: strings.PropTitle },
        { kind: 'dropdown', name: 'defaultScope', label: strings.PropDefaultScope,
          options: [{ key: 'secretariat', text: strings.ScopeSecretariat }, { key: 'mine', text: strings.ScopeMine }] },
        { kind: 'number', name: 'weeksAhead', label: strings.PropWeeksAhead, min: 0, max: 8 },
        { kind: 'number', name: 'itemsPerSection', label: strings.PropItemsPerSection, min: 1, max: 10 },
        { kind: 'multiselect', name: 'sections', label: strings.PropSections,
          options: COCKPIT_SECTIONS.map(key => ({ key, text: sectionTitle(key, strings) })) }
      ]
    },
    meetingSourceGroup(strings, 'filters'),
    slaPropertyGroup(strings)
  ];
}

/** The Overblik web part for any host: the SPFx class and the local page place exactly this. */
export const overblikDefinition: IWebPartDefinition<IOverblikWebPartProps, IOverblikWebPartStrings> = {
  id: OVERBLIK_ID,
  title: strings => strings.WebPartTitle,
  defaults: OVERBLIK_DEFAULTS,
  propertyGroups,
  Root: OverblikRoot
};
