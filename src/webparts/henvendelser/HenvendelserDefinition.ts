import { INQUIRY_QUEUES } from '../../domain/inquiries';
import type { IPropertyGroup, IWebPartDefinition } from '../../common/hosting';
import { SLA_DEFAULTS, slaPropertyGroup } from '../../common/slaPropertyGroup';
import { HenvendelserRoot } from './components/HenvendelserRoot';
import type { IHenvendelserWebPartProps } from './IHenvendelserWebPartProps';
import { queueLabel } from './model/labels';

/** The manifest id of the Henvendelser web part (`HenvendelserWebPart.manifest.json`). */
export const HENVENDELSER_ID = 'e00ed350-f1a6-42c5-ae3a-c44dc2436f3b';

/** Properties of a newly added web part; the manifest's `preconfiguredEntries` carry the same values. */
export const HENVENDELSER_DEFAULTS: IHenvendelserWebPartProps = {
  title: '',
  defaultQueue: 'unassigned',
  mailbox: '',
  ...SLA_DEFAULTS
};

function propertyGroups(strings: IHenvendelserWebPartStrings): IPropertyGroup<IHenvendelserWebPartProps>[] {
  return [
    {
      name: strings.PropGroupGeneral,
      fields: [
        { kind: 'text', name: 'title', label: strings.PropTitle },
        { kind: 'dropdown', name: 'defaultQueue', label: strings.PropDefaultQueue, options: INQUIRY_QUEUES.map(q => ({ key: q, text: queueLabel(q, strings) })) },
        { kind: 'text', name: 'mailbox', label: strings.PropMailbox, description: strings.PropMailboxDescription }
      ]
    },
    slaPropertyGroup(strings)
  ];
}

/** The Henvendelser web part for any host: the SPFx class and the local page place exactly this. */
export const henvendelserDefinition: IWebPartDefinition<IHenvendelserWebPartProps, IHenvendelserWebPartStrings> = {
  id: HENVENDELSER_ID,
  title: strings => strings.WebPartTitle,
  defaults: HENVENDELSER_DEFAULTS,
  propertyGroups,
  Root: HenvendelserRoot
};
