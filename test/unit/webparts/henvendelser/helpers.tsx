import * as path from 'path';
import * as React from 'react';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import type { IInquiryFields, IPersonRef } from '../../../../src/domain/models';
import type { IHostContext } from '../../../../src/common/hosting';
import { henvendelserDefinition } from '../../../../src/webparts/henvendelser/HenvendelserDefinition';
import type { IHenvendelserWebPartProps } from '../../../../src/webparts/henvendelser/IHenvendelserWebPartProps';
import { createFakeServices, type IFakeServices } from '../../../support/fakeServices';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../../support/locStrings');

setIconOptions({ disableWarnings: true });

// An opened inquiry is kept in the address (?koordinator=henvendelse:N); the next test starts without it.
afterEach(() => window.history.replaceState(null, '', '/'));

const LOC = path.join(__dirname, '../../../../src/webparts/henvendelser/loc');
export const da: IHenvendelserWebPartStrings = loadWebPartStrings(LOC, 'da-dk');
export const en: IHenvendelserWebPartStrings = loadWebPartStrings(LOC, 'en-us');

/** »Now« in every test: Tuesday 1 December 2026, 11:00 in Copenhagen. */
export const NOW = new Date('2026-12-01T10:00:00Z');

export const METTE: IPersonRef = { id: 1, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' };
export const JONAS: IPersonRef = { id: 4, title: 'Jonas Berg', email: 'jonas.berg@os2.eu' };

const base = (over: Partial<IInquiryFields>): IInquiryFields => ({
  title: 'Spørgsmål', channel: 'E-mail', status: 'Ny', priority: 'SHOULD', receivedDate: '2026-12-01', ...over
});

/** A small inbox: an overdue MUST, a fresh one, one of Mette's, one of Jonas's waiting for a reply, and one closed. */
export const SAMPLE: IInquiryFields[] = [
  base({ title: 'Databehandleraftale mangler', reference: 'H-2026-0014', priority: 'MUST', category: 'Jura og udbud',
    requesterName: 'Line Holm', organisation: 'Gladsaxe Kommune', requesterEmail: 'liho@gladsaxe.dk',
    receivedDate: '2026-11-09', receivedAt: '2026-11-09T09:00:00Z', statusHistory: '2026-11-09T09:00:00Z Ny' }),
  base({ title: 'Indmeldelse i OS2', reference: 'H-2026-0040', category: 'Medlemskab', requesterName: 'Helle Bundgaard',
    organisation: 'Syddjurs Kommune', requesterEmail: 'hbu@syddjurs.dk', receivedAt: '2026-12-01T08:00:00Z', statusHistory: '2026-12-01T08:00:00Z Ny' }),
  base({ title: 'Faktura uden EAN', reference: 'H-2026-0039', category: 'Økonomi og fakturering', assignedTo: METTE, status: 'Under behandling',
    receivedAt: '2026-11-30T08:00:00Z', receivedDate: '2026-11-30', statusHistory: '2026-11-30T08:00:00Z Ny\n2026-11-30T09:00:00Z Under behandling' }),
  base({ title: 'Interview til fagblad', reference: 'H-2026-0035', category: 'Presse og kommunikation', assignedTo: JONAS, status: 'Afventer svar',
    receivedAt: '2026-11-25T08:00:00Z', receivedDate: '2026-11-25', firstResponseAt: '2026-11-25T12:00:00Z',
    statusHistory: '2026-11-25T08:00:00Z Ny\n2026-11-25T12:00:00Z Afventer svar' }),
  base({ title: 'Login til medlemsområdet', reference: 'H-2026-0030', status: 'Løst', assignedTo: METTE, closedDate: '2026-11-20',
    receivedDate: '2026-11-19', receivedAt: '2026-11-19T08:00:00Z', statusHistory: '2026-11-19T08:00:00Z Ny\n2026-11-20T09:00:00Z Løst' })
];

export function host(overrides: Partial<IHostContext> = {}): IHostContext {
  return { webUrl: 'https://os2.example/sites/os2', language: 'da', isEditMode: false, openPropertyPane: () => undefined, now: () => NOW, ...overrides };
}

/** Fake services holding `inquiries`, signed in as Mette. */
export function servicesWith(inquiries: IInquiryFields[] = SAMPLE): IFakeServices {
  const fake = createFakeServices();
  inquiries.forEach(i => fake.inquiries.insert(i));
  fake.backend.people = [METTE, JONAS];
  fake.backend.currentUser = METTE;
  return fake;
}

export interface IRendered extends RenderResult { fake: IFakeServices }

/** Renders the web part's root exactly as a host does. */
export function renderInbox(options: { fake?: IFakeServices; properties?: Partial<IHenvendelserWebPartProps>; host?: Partial<IHostContext>; strings?: IHenvendelserWebPartStrings } = {}): IRendered {
  const fake = options.fake ?? servicesWith();
  const Root = henvendelserDefinition.Root;
  const result = render(<Root services={fake.services} host={host(options.host)} strings={options.strings ?? da}
    properties={{ ...henvendelserDefinition.defaults, ...options.properties }} />);
  return { ...result, fake };
}

export async function loaded(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(da.Loading)).not.toBeInTheDocument());
}
