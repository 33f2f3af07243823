import type { IPropertyGroup, IWebPartDefinition } from '../../common/hosting';
import { ProcesserRoot } from './components/ProcesserRoot';
import type { IProcesserWebPartProps } from './IProcesserWebPartProps';

/** The manifest id of the Processer web part (`ProcesserWebPart.manifest.json`). */
export const PROCESSER_ID = '3ec3f0dc-e57c-4f47-916d-266a0e5d82de';

/** Properties of a newly added Processer web part; the manifest's `preconfiguredEntries` carry the same values. */
export const PROCESSER_DEFAULTS: IProcesserWebPartProps = {
  title: '',
  reviewWarningPercent: 10,
  onboardingDefaultWeek: 1,
  showSwimLanes: true
};

function propertyGroups(strings: IProcesserWebPartStrings): IPropertyGroup<IProcesserWebPartProps>[] {
  return [{
    name: strings.PropGroupGeneral,
    fields: [
      { kind: 'text', name: 'title', label: strings.PropTitle },
      { kind: 'number', name: 'reviewWarningPercent', label: strings.PropReviewWarningPercent, min: 1, max: 50 },
      { kind: 'number', name: 'onboardingDefaultWeek', label: strings.PropOnboardingDefaultWeek, min: 1, max: 52 },
      { kind: 'toggle', name: 'showSwimLanes', label: strings.PropShowSwimLanes, onText: strings.On, offText: strings.Off }
    ]
  }];
}

/** The Processer web part for any host: the SPFx class and the local page both place exactly this. */
export const processerDefinition: IWebPartDefinition<IProcesserWebPartProps, IProcesserWebPartStrings> = {
  id: PROCESSER_ID,
  title: strings => strings.WebPartTitle,
  defaults: PROCESSER_DEFAULTS,
  propertyGroups,
  Root: ProcesserRoot
};
