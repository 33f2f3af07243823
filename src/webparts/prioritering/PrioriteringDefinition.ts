import type { IPropertyGroup, IWebPartDefinition } from '../../common/hosting';
import { PrioriteringRoot } from './components/PrioriteringRoot';
import type { IPrioriteringWebPartProps } from './IPrioriteringWebPartProps';

/** The manifest id of the Prioritering web part (`PrioriteringWebPart.manifest.json`). */
export const PRIORITERING_ID = '5b4d9162-96be-4361-93e9-a85324ea5e8c';

/** Properties of a newly added web part; the manifest's `preconfiguredEntries` carry the same values. */
export const PRIORITERING_DEFAULTS: IPrioriteringWebPartProps = {
  title: '',
  swimLanes: false,
  mustThreshold: 60,
  monthsBack: 12,
  monthsAhead: 12,
  cardsPerColumn: 25
};

function propertyGroups(strings: IPrioriteringWebPartStrings): IPropertyGroup<IPrioriteringWebPartProps>[] {
  return [{
    name: strings.PropGroupGeneral,
    fields: [
      { kind: 'text', name: 'title', label: strings.PropTitle },
      { kind: 'toggle', name: 'swimLanes', label: strings.PropSwimLanes },
      { kind: 'number', name: 'mustThreshold', label: strings.PropMustThreshold, min: 10, max: 100 },
      { kind: 'number', name: 'monthsBack', label: strings.PropMonthsBack, min: 0, max: 60 },
      { kind: 'number', name: 'monthsAhead', label: strings.PropMonthsAhead, min: 0, max: 60 },
      { kind: 'number', name: 'cardsPerColumn', label: strings.PropCardsPerColumn, min: 5, max: 200 }
    ]
  }];
}

/** The Prioritering web part for any host: the SPFx class and the local page place exactly this. */
export const prioriteringDefinition: IWebPartDefinition<IPrioriteringWebPartProps, IPrioriteringWebPartStrings> = {
  id: PRIORITERING_ID,
  title: strings => strings.WebPartTitle,
  defaults: PRIORITERING_DEFAULTS,
  propertyGroups,
  Root: PrioriteringRoot
};
