import * as path from 'path';
import * as React from 'react';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import type { IActivityFields, IPersonRef } from '../../../../src/domain/models';
import type { IHostContext } from '../../../../src/common/hosting';
import { aarshjulDefinition } from '../../../../src/webparts/aarshjul/AarshjulDefinition';
import type { IAarshjulWebPartProps } from '../../../../src/webparts/aarshjul/IAarshjulWebPartProps';
import { createFakeServices, type IFakeServices } from '../../../support/fakeServices';
import { LinkProvider } from '../../../../src/common/links/LinkContext';
import { inOwnWords } from '../../../../src/common/stateStrings';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../../support/locStrings');

// SharePoint registers Fluent's icon font; tests do not need the glyphs.
setIconOptions({ disableWarnings: true });

const LOC = path.join(__dirname, '../../../../src/webparts/aarshjul/loc');
/** The real Danish strings (the product's first language), as the Årshjul's components get them (`inOwnWords`). */
export const da: IAarshjulWebPartStrings = inOwnWords(loadWebPartStrings(LOC, 'da-dk'));
/** The real English strings. */
export const en: IAarshjulWebPartStrings = inOwnWords(loadWebPartStrings(LOC, 'en-us'));

/** "Now" in every test: 1 May 2026, midday in Copenhagen. */
export const NOW = new Date('2026-05-01T10:00:00Z');

export const METTE: IPersonRef = { id: 7, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' };
export const LARS: IPersonRef = { id: 8, title: 'Lars Holm', email: 'lars.holm@os2.eu' };

/** A small but varied year: a board meeting, a quarterly deadline, a summer period and a monthly milestone. */
export const SAMPLE: IActivityFields[] = [
  { title: 'Generalforsamling', category: 'Bestyrelse', activityType: 'Møde', startDate: '2026-04-28', repeat: 'Ingen',
    priority: 'MUST', forum: 'Generalforsamling', responsible: METTE, description: 'Årets generalforsamling.' },
  { title: 'Budgetopfølgning', category: 'Økonomi', activityType: 'Frist', startDate: '2026-03-15', repeat: 'Kvartalsvis',
    recurrence: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', priority: 'SHOULD', responsible: LARS },
  { title: 'Sommerlukning', category: 'Sekretariat', activityType: 'Periode', startDate: '2026-07-06', endDate: '2026-07-24',
    repeat: 'Ingen', priority: 'COULD' },
  { title: 'Nyhedsbrev', category: 'Kommunikation', activityType: 'Milepæl', startDate: '2026-01-10', repeat: 'Månedligt',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10', priority: 'SHOULD' }
];

/** A host as the local page builds it. */
export function host(overrides: Partial<IHostContext> = {}): IHostContext {
  return {
    webUrl: 'https://os2.example/sites/os2', language: 'da', isEditMode: false, openPropertyPane: () => undefined,
    now: () => NOW, ...overrides
  };
}

/** Fake services holding `activities`. */
export function servicesWith(activities: IActivityFields[] = SAMPLE): IFakeServices {
  const fake = createFakeServices();
  activities.forEach(a => fake.activities.insert(a));
  fake.backend.people = [METTE, LARS];
  return fake;
}

/** What {@link renderWheel} returns. */
export interface IRendered extends RenderResult { fake: IFakeServices }

/** Options of {@link renderWheel}. */
export interface IWheelOptions {
  fake?: IFakeServices; properties?: Partial<IAarshjulWebPartProps>; host?: Partial<IHostContext>; strings?: IAarshjulWebPartStrings;
}

/** The web part's root as a host renders it (`aarshjulDefinition.Root`), e.g. for `rerender` with new properties. */
export function wheelElement(options: IWheelOptions & { fake: IFakeServices }): React.ReactElement {
  const Root = aarshjulDefinition.Root;
  // As both hosts do: links between the web parts go through the services' link settings.
  return (
    <LinkProvider links={options.fake.services.links} newWindow={false}>
      <Root services={options.fake.services} host={host(options.host)} strings={options.strings ?? da}
        properties={{ ...aarshjulDefinition.defaults, ...options.properties }} />
    </LinkProvider>
  );
}

/** Renders the web part's root exactly as a host does. */
export function renderWheel(options: IWheelOptions = {}): IRendered {
  const fake = options.fake ?? servicesWith();
  return { ...render(wheelElement({ ...options, fake })), fake };
}

/**
 * Waits until the wheel (or agenda) has data on screen: loaded and every item's element built (see WheelItems). 10 s, not waitFor's 1 s: Fluent in jsdom on two shared cores.
 */
export async function loaded(): Promise<void> {
  const patient = { timeout: 10000 };
  await waitFor(() => expect(screen.queryByText(da.Loading)).not.toBeInTheDocument(), patient);
  await waitFor(() => expect(document.querySelector('[data-layer="items"][aria-busy]')).toBeNull(), patient);
}

/** The keys of the items drawn on the wheel. */
export function wheelKeys(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('[data-layer="items"] [data-key]')).map(e => e.getAttribute('data-key')!).sort();
}

/** The keys of the agenda's entries. */
export function agendaKeys(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('section button[data-key]')).map(e => e.getAttribute('data-key')!).sort();
}
