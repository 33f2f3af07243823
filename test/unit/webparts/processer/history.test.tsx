import * as path from 'path';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import type { IItemVersion, IProcessFields } from '../../../../src/domain/models';
import { HistoryView } from '../../../../src/webparts/processer/components/ProcessPanel/HistoryView';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { loadWebPartStrings } = require('../../../support/locStrings');

const loc = path.join(__dirname, '../../../../src/webparts/processer/loc');
const da: IProcesserWebPartStrings = loadWebPartStrings(loc, 'da-dk');
const en: IProcesserWebPartStrings = loadWebPartStrings(loc, 'en-us');
const METTE = { id: 1, title: 'Mette Kjær', email: 'mette.kjaer@os2.eu' };
const base: Partial<IProcessFields> = { title: 'Budget', status: 'Til godkendelse', version: '1.3' };

/** Newest first, as SharePoint answers `items(id)/versions`: created, submitted, then approved (process version 2.0). */
const VERSIONS: IItemVersion<IProcessFields>[] = [
  { versionId: 1536, label: '3.0', created: '2026-12-02T13:05:00Z', editor: METTE, isCurrent: true,
    fields: { ...base, status: 'Godkendt', version: '2.0', approvedBy: METTE, approvedDate: '2026-12-02' } },
  { versionId: 1024, label: '2.0', created: '2026-12-02T08:30:00Z', editor: METTE, isCurrent: false, fields: { ...base } },
  { versionId: 512, label: '1.0', created: '2026-11-30T23:10:00Z', editor: METTE, isCurrent: false, fields: { ...base, status: 'Kladde' } }
];

test('each version says when (day and Copenhagen time), who, and that its number is SharePoint\'s, not the process\'s', () => {
  render(<HistoryView versions={VERSIONS} strings={da} language="da" />);
  const entries = within(screen.getByTestId('process-history')).getAllByRole('listitem').filter(li => li.parentElement === screen.getByTestId('process-history'));
  expect(entries.map(li => li.firstElementChild?.textContent)).toEqual([
    '2. december 2026 kl. 14.05 – Mette Kjær (version 3.0 i SharePoint)',
    '2. december 2026 kl. 09.30 – Mette Kjær (version 2.0 i SharePoint)',
    // 23:10 UTC on 30 November is past midnight in Copenhagen.
    '1. december 2026 kl. 00.10 – Mette Kjær (version 1.0 i SharePoint)'
  ]);
  // What changed is told with the process's own version.
  expect(within(entries[0]).getByText('Version: 1.3 → 2.0')).toBeInTheDocument();
  expect(within(entries[0]).getByText('Status: Til godkendelse → Godkendt')).toBeInTheDocument();
  expect(within(entries[2]).getByText(da.HistoryCreated)).toBeInTheDocument();
});

test('in English the time has a colon', () => {
  render(<HistoryView versions={VERSIONS.slice(0, 1)} strings={en} language="en" />);
  expect(screen.getByText('2 December 2026 at 14:05 – Mette Kjær (SharePoint version 3.0)')).toBeInTheDocument();
});
