import * as path from 'path';
import * as React from 'react';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import type { IDecisionFields, IPersonRef, ITaskFields } from '../../../../src/domain/models';
import type { IHostContext } from '../../../../src/common/hosting';
import { beslutningerDefinition } from '../../../../src/webparts/beslutninger/BeslutningerDefinition';
import type { IBeslutningerWebPartProps } from '../../../../src/webparts/beslutninger/IBeslutningerWebPartProps';
import { createFakeServices, type IFakeServices } from '../../../support/fakeServices';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../../support/locStrings');

setIconOptions({ disableWarnings: true });

const LOC = path.join(__dirname, '../../../../src/webparts/beslutninger/loc');
/** The real Danish strings. */
export const da: IBeslutningerWebPartStrings = loadWebPartStrings(LOC, 'da-dk');
/** The real English strings. */
export const en: IBeslutningerWebPartStrings = loadWebPartStrings(LOC, 'en-us');

/** "Now": 25 March 2026, midday in Copenhagen. */
export const NOW = new Date('2026-03-25T11:00:00Z');

export const METTE: IPersonRef = { id: 7, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' };
export const ANNE: IPersonRef = { id: 9, title: 'Anne Sørensen', email: 'anne.sorensen@os2.eu' };

/** Two board meetings and a secretariat meeting. */
export const DECISIONS: IDecisionFields[] = [
  { title: 'Godkendelse af årsregnskab 2025', kind: 'Beslutning', decisionText: 'Bestyrelsen godkender årsregnskabet.',
    forum: 'Bestyrelse', meetingDate: '2026-03-12', status: 'Under opfølgning', responsible: ANNE, followUpDate: '2026-03-20',
    priority: 'MUST', caseReference: '2026-0312' },
  { title: 'Ny kommunikationsplan', kind: 'Beslutning', decisionText: 'Planen vedtages.', forum: 'Bestyrelse',
    meetingDate: '2026-03-12', status: 'Besluttet', responsible: METTE, priority: 'SHOULD', caseReference: '2026-0313' },
  { title: 'Aftale med KL om netværksmøde', kind: 'Aftale', decisionText: 'Sekretariatet holder mødet i maj.', forum: 'Sekretariat',
    meetingDate: '2026-02-04', status: 'Gennemført', responsible: METTE, priority: 'COULD', caseReference: '2026-0204' },
  { title: 'Budget 2025 godkendt', kind: 'Beslutning', decisionText: 'Godkendt.', forum: 'Bestyrelse', meetingDate: '2025-11-20',
    status: 'Gennemført', priority: 'MUST' }
];

/** A host as the local page builds it. */
export function host(overrides: Partial<IHostContext> = {}): IHostContext {
  return { webUrl: 'https://os2.example/sites/os2', language: 'da', isEditMode: false, openPropertyPane: () => undefined, now: () => NOW, ...overrides };
}

/** Fake services with the sample decisions and one open action for Mette on the first decision. */
export function servicesWith(decisions: IDecisionFields[] = DECISIONS, withAction = true): IFakeServices {
  const fake = createFakeServices();
  fake.backend.people = [METTE, ANNE];
  fake.backend.currentUser = METTE;
  const stored = decisions.map(d => fake.decisions.insert(d));
  if (withAction && stored[0]) {
    const task: ITaskFields = { title: 'Send regnskabet til revisor', status: 'I gang', priority: 'MUST', source: 'Beslutning',
      assignedTo: METTE, dueDate: '2026-03-18', decision: { id: stored[0].id, title: stored[0].title } };
    fake.tasks.insert(task);
  }
  return fake;
}

/** Renders the web part's root exactly as a host does. */
export function renderRegister(options: { fake?: IFakeServices; properties?: Partial<IBeslutningerWebPartProps>; host?: Partial<IHostContext>;
  strings?: IBeslutningerWebPartStrings } = {}): RenderResult & { fake: IFakeServices } {
  const fake = options.fake ?? servicesWith();
  const Root = beslutningerDefinition.Root;
  const r = render(<Root services={fake.services} host={host(options.host)} strings={options.strings ?? da}
    properties={{ ...beslutningerDefinition.defaults, ...options.properties }} />);
  return { ...r, fake };
}

/** Waits until the register is on screen. */
export async function loaded(strings: IBeslutningerWebPartStrings = da): Promise<void> {
  await waitFor(() => expect(screen.queryByText(strings.Loading)).not.toBeInTheDocument());
}
