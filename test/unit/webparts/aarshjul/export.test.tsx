import ICAL from 'ical.js';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { serializeWheelSvg } from '../../../../src/webparts/aarshjul/export';
import { agendaKeys, da, loaded, renderWheel, SAMPLE, servicesWith, wheelKeys } from './helpers';

/** Parses SVG text as XML (as an image viewer or the PNG export's <img> does); fails the test when it is not. */
function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.nodeName).toBe('svg');
  return doc;
}

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

  test('SVG: ring names on the rings, a legend under the wheel, no today line; only the rings shown', async () => {
    const { container } = renderWheel();
    await loaded();
    // On screen the wheel has today's line (1 May 2026).
    expect(container.querySelector('svg[role="application"] [data-layer="today"]')).not.toBeNull();
    await exportAs(da.ExportSvg);
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const doc = parseSvg(await readBlob(downloads.files[0].blob));
    const svg = doc.documentElement;
    expect(svg.querySelector('[data-layer="today"]')).toBeNull();
    const rings = Array.from(svg.querySelectorAll('[data-ring]')).map(e => e.getAttribute('data-ring'));
    expect(rings).toEqual(['Bestyrelse', 'Sekretariat', 'Økonomi', 'Medlemmer', 'Arrangementer', 'Kommunikation']);
    const labels = Array.from(svg.querySelectorAll('[data-export="ring-labels"] text')).map(e => e.textContent);
    expect(labels).toEqual(rings);
    const legend = svg.querySelector('[data-export="legend"]')!.textContent!;
    for (const text of [...rings as string[], da.LegendPeriod, da.TypeDeadline, da.TypeMilestone, da.TypeMeeting, da.LegendDone]) {
      expect(legend).toContain(text);
    }
    // The legend sits below the wheel: the image is taller than the 800 × 800 wheel.
    expect(svg.getAttribute('width')).toBe('800');
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(800);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 800 ${svg.getAttribute('height')}`);
  });

  test('SVG with a one-ring filter draws, labels and explains only that ring', async () => {
    const { container } = renderWheel();
    await loaded();
    fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${da.FilterRings}`) }));
    fireEvent.click(await screen.findByRole('option', { name: da.RingOekonomi }));
    await waitFor(() => expect(container.querySelectorAll('svg[role="application"] [data-ring]')).toHaveLength(1));
    // Close the multi-select again.
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape', keyCode: 27, which: 27 });
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    await exportAs(da.ExportSvg);
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const svg = parseSvg(await readBlob(downloads.files[0].blob)).documentElement;
    expect(Array.from(svg.querySelectorAll('[data-ring]')).map(e => e.getAttribute('data-ring'))).toEqual(['Økonomi']);
    expect(Array.from(svg.querySelectorAll('[data-export="ring-labels"] text')).map(e => e.textContent)).toEqual(['Økonomi']);
    expect(svg.querySelector('[data-export="legend"]')!.textContent).not.toContain('Bestyrelse');
  });

  test.each([['U+000B', 0x0b], ['U+0000', 0x00], ['U+0007', 0x07], ['U+001B', 0x1b], ['U+FFFE', 0xfffe]])(
    'a title with %s still exports as valid SVG and ICS', async (_, code) => {
      const character = String.fromCharCode(code);
      const fake = servicesWith([...SAMPLE, { ...SAMPLE[0], title: `Bestyrelses${character}møde`, startDate: '2026-06-10' }]);
      renderWheel({ fake });
      await loaded();
      await exportAs(da.ExportSvg);
      await waitFor(() => expect(downloads.files).toHaveLength(1));
      const svgText = await readBlob(downloads.files[0].blob);
      const svg = parseSvg(svgText);
      expect(svg.documentElement.textContent).toMatch(/Bestyrelses[ ]?møde, Bestyrelse, 10\. juni 2026/);
      expect(svgText).not.toContain(character);
      await exportAs(da.ExportIcs);
      await waitFor(() => expect(downloads.files).toHaveLength(2));
      const ics = await readBlob(downloads.files[1].blob);
      expect(ics).not.toContain(character);
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map(e => new ICAL.Event(e));
      expect(events.map(e => e.summary)).toContainEqual(expect.stringMatching(/^Bestyrelses\n?møde$/));
    });
});
