import ICAL from 'ical.js';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { serializeWheelSvg } from '../../../../src/webparts/aarshjul/export';
import { agendaKeys, da, loaded, renderWheel, wheelKeys } from './helpers';

/** Captures what the web part offers for download (jsdom has no object URLs or downloads). */
function captureDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;
  URL.createObjectURL = (blob: Blob) => { const url = `blob:test/${blobs.size}`; blobs.set(url, blob); return url; };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return {
    files,
    restore: () => { URL.createObjectURL = originalCreate; URL.revokeObjectURL = originalRevoke; click.mockRestore(); }
  };
}

const readBlob = (blob: Blob): Promise<string> => new Promise(resolve => {
  const reader = new FileReader();
  reader.onload = () => resolve(String(reader.result));
  reader.readAsText(blob);
});

/** Opens the export menu and picks an item. */
async function exportAs(name: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: da.Export }));
  fireEvent.click(await screen.findByRole('menuitem', { name }));
}

describe('Årshjul export', () => {
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => { downloads = captureDownloads(); });
  afterEach(() => downloads.restore());

  test('SVG: a standalone file with every item, named, and without the focus overlay', async () => {
    const { container } = renderWheel();
    await loaded();
    // Focus an item so the overlay is drawn; the export must leave it out.
    const svg = container.querySelector('svg[role="application"]') as SVGSVGElement;
    svg.focus();
    expect(svg.querySelector('[data-export="skip"]')).not.toBeNull();
    const text = serializeWheelSvg(svg, { title: 'Årshjul 2026', background: '#ffffff' });
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('<title>Årshjul 2026</title>');
    expect(text).toContain('<title>Generalforsamling, Bestyrelse, 28. april 2026, MUST</title>');
    expect((text.match(/data-key="/g) ?? []).length).toBe(wheelKeys(container).length);
    expect(text).not.toContain('data-export="skip"');
    expect(text).not.toContain('tabindex');
    // It is well-formed XML.
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
  });

  test('SVG through the menu downloads aarshjul-2026.svg', async () => {
    renderWheel();
    await loaded();
    await exportAs(da.ExportSvg);
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0].name).toBe('aarshjul-2026.svg');
    expect(await readBlob(downloads.files[0].blob)).toContain('Budgetopfølgning, Økonomi, 15. juni 2026, SHOULD');
  });

  test('ICS: the shown activities as an Outlook calendar, recurring ones with their RRULE', async () => {
    renderWheel();
    await loaded();
    await exportAs(da.ExportIcs);
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0].name).toBe('aarshjul-2026.ics');
    const text = await readBlob(downloads.files[0].blob);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map(e => new ICAL.Event(e));
    expect(events.map(e => e.summary).sort()).toEqual(['Budgetopfølgning', 'Generalforsamling', 'Nyhedsbrev', 'Sommerlukning']);
    const budget = events.find(e => e.summary === 'Budgetopfølgning')!;
    expect(budget.isRecurring()).toBe(true);
    expect(budget.startDate.toString()).toBe('2026-03-15');
    expect(text).toContain('X-WR-CALNAME:Årshjul 2026');
  });

  test('ICS follows the filters: a search exports only what is shown', async () => {
    renderWheel();
    await loaded();
    fireEvent.change(screen.getByRole('searchbox', { name: da.Search }), { target: { value: 'sommer' } });
    await waitFor(() => expect(wheelKeys(document.body)).toHaveLength(1));
    await exportAs(da.ExportIcs);
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const text = await readBlob(downloads.files[0].blob);
    expect(text).toContain('SUMMARY:Sommerlukning');
    expect(text).not.toContain('SUMMARY:Generalforsamling');
  });

  test('print renders wheel and agenda together, then calls the browser\'s print', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { container } = renderWheel();
    await loaded();
    expect(agendaKeys(container)).toHaveLength(0);
    await exportAs(da.Print);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    print.mockRestore();
    // After printing, the screen shows the chosen view only again.
    await waitFor(() => expect(agendaKeys(container)).toHaveLength(0));
    expect(within(container).getByRole('application')).toBeInTheDocument();
  });
});
