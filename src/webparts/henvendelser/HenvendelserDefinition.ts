import { DEFAULT_SLA_POLICIES, formatSlaTarget, INQUIRY_QUEUES } from '../../domain/inquiries';
import type { IPropertyGroup, IWebPartDefinition } from '../../common/hosting';
import { format } from '../../common/strings';
import { HenvendelserRoot } from './components/HenvendelserRoot';
import { SLA_PROPERTIES, type IHenvendelserWebPartProps } from './IHenvendelserWebPartProps';
import { queueLabel } from './model/labels';

/** The manifest id of the Henvendelser web part (`HenvendelserWebPart.manifest.json`). */
export const HENVENDELSER_ID = 'e00ed350-f1a6-42c5-ae3a-c44dc2436f3b';

const target = (priority: string, kind: 'firstResponse' | 'resolution'): string =>
  formatSlaTarget(DEFAULT_SLA_POLICIES.find(p => p.priority === priority)![kind]);

/** Properties of a newly added web part; the manifest's `preconfiguredEntries` carry the same values. */
export const HENVENDELSER_DEFAULTS: IHenvendelserWebPartProps = {
  title: '',
  defaultQueue: 'unassigned',
  mailbox: '',
  firstMust: target('MUST', 'firstResponse'), resolveMust: target('MUST', 'resolution'),
  firstShould: target('SHOULD', 'firstResponse'), resolveShould: target('SHOULD', 'resolution'),
  firstCould: target('COULD', 'firstResponse'), resolveCould: target('COULD', 'resolution'),
  firstWont: target("WON'T", 'firstResponse'), resolveWont: target("WON'T", 'resolution')
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
    {
      name: strings.PropGroupSla,
      fields: SLA_PROPERTIES.flatMap(({ priority, first, resolve }) => [
        { kind: 'text' as const, name: first, label: format(strings.PropSlaFirst, priority) },
        { kind: 'text' as const, name: resolve, label: format(strings.PropSlaResolve, priority) }
      ])
    }
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
