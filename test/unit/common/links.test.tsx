import * as React from 'react';
import { act, render, screen } from '@testing-library/react';

/** The hook's latest result, rendered in a component (React 17's testing library has no renderHook). */
function renderHook<R>(hook: () => R): { result: { current: R } } {
  const result = {} as { current: R };
  const Probe = (): null => { result.current = hook(); return null; };
  render(<Probe />);
  return { result };
}
import { ItemLink, LinkProvider, useDeepLink } from '../../../src/common/links';
import { LinkService, pagesFromRows, displayFormUrl } from '../../../src/services/links/LinkService';
import type { IPageLink } from '../../../src/domain/models';
import { createFakeServices, FAKE_WEB_URL } from '../../support/fakeServices';

const row = (id: number, webPart: IPageLink['webPart'], url: string): IPageLink =>
  ({ id, etag: '"1"', modified: '2026-01-01T00:00:00Z', title: webPart, webPart, pageUrl: { url } }) as IPageLink;

describe('where a link opens', () => {
  test('on its web part\'s page when the settings name one, else the item\'s display form', async () => {
    const fake = createFakeServices();
    await fake.services.repositories.pageLinks.add({ title: 'Processer', webPart: 'Processer', pageUrl: { url: 'https://os2.sharepoint.com/sites/s/SitePages/Processer.aspx?a=1' } });
    const links = fake.services.links;
    const pages = await links.pages();
    expect(links.href({ kind: 'proces', id: 12 }, pages)).toBe('https://os2.sharepoint.com/sites/s/SitePages/Processer.aspx?a=1&koordinator=proces:12');
    expect(links.href({ kind: 'beslutning', id: 7 }, pages)).toBe(`${FAKE_WEB_URL}/Lists/Beslutninger/DispForm.aspx?ID=7`);
    expect(links.href({ kind: 'opgave', id: 3 }, undefined)).toBe(`${FAKE_WEB_URL}/Lists/Opgaver/DispForm.aspx?ID=3`);
    expect(links.href({ kind: 'aktivitet', id: 5 }, {})).toBe(displayFormUrl(`${FAKE_WEB_URL}/`, 'Aarshjul', 5));
  });

  test('the settings are read once; a missing or unreadable settings list gives no pages, never an error', async () => {
    const fake = createFakeServices();
    fake.backend.failNext('pageLinks.query', new Error('List does not exist'));
    const links = new LinkService(fake.services.repositories.pageLinks, FAKE_WEB_URL);
    await expect(links.pages()).resolves.toEqual({});
    await links.pages();
    expect(fake.backend.callsOf('pageLinks.query')).toHaveLength(1);
  });

  test('rows: the first per web part wins; what is not a web address is ignored', () => {
    expect(pagesFromRows([
      row(3, 'Processer', 'https://b.example/P.aspx'), row(1, 'Processer', 'https://a.example/P.aspx'),
      row(2, 'Beslutninger', 'javascript:alert(1)'), row(4, 'Henvendelser', ' https://c.example/H.aspx ')
    ])).toEqual({ Processer: 'https://a.example/P.aspx', Henvendelser: 'https://c.example/H.aspx' });
  });
});

describe('ItemLink', () => {
  test('a display-form link at once, the page link once the settings arrive (after the first render)', async () => {
    const fake = createFakeServices();
    await fake.services.repositories.pageLinks.add({ title: 'H', webPart: 'Henvendelser', pageUrl: { url: 'https://x.example/H.aspx' } });
    render(<LinkProvider links={fake.services.links} newWindow={false}><ItemLink link={{ kind: 'henvendelse', id: 42 }}>H-2026-0042</ItemLink></LinkProvider>);
    const link = screen.getByRole('link', { name: 'H-2026-0042' });
    expect(link).toHaveAttribute('href', `${FAKE_WEB_URL}/Lists/Henvendelser/DispForm.aspx?ID=42`);
    expect(link).not.toHaveAttribute('target');
    await act(async () => { await new Promise(resolve => setTimeout(resolve, 10)); });
    expect(link).toHaveAttribute('href', 'https://x.example/H.aspx?koordinator=henvendelse:42');
  });

  test('primed settings (read in a web part\'s own batch) give the page link at once, with no request', async () => {
    const fake = createFakeServices();
    fake.services.links.prime([row(1, 'Prioritering', 'https://x.example/M.aspx')]);
    render(<LinkProvider links={fake.services.links} newWindow><ItemLink link={{ kind: 'opgave', id: 9 }}>Opgave</ItemLink></LinkProvider>);
    const link = screen.getByRole('link', { name: 'Opgave' });
    expect(link).toHaveAttribute('href', 'https://x.example/M.aspx?koordinator=opgave:9');
    // In Teams a SharePoint page cannot open inside the tab's frame.
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await act(async () => { await new Promise(resolve => setTimeout(resolve, 10)); });
    expect(fake.backend.callsOf('pageLinks.query')).toHaveLength(0);
  });
});

describe('useDeepLink', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  test('reads its own kind from the address; another kind is not its business', () => {
    window.history.replaceState(null, '', '/?page=processer&koordinator=proces:12');
    expect(renderHook(() => useDeepLink('proces')).result.current[0]).toBe(12);
    expect(renderHook(() => useDeepLink('beslutning')).result.current[0]).toBeUndefined();
  });

  test('opening writes the address, closing removes it, other parameters stay', () => {
    window.history.replaceState(null, '', '/?page=processer');
    const { result } = renderHook(() => useDeepLink('proces'));
    act(() => result.current[1](5));
    expect(window.location.search).toBe('?page=processer&koordinator=proces:5');
    expect(result.current[0]).toBe(5);
    act(() => result.current[1](undefined));
    expect(window.location.search).toBe('?page=processer');
    expect(result.current[0]).toBeUndefined();
  });

  test('closing leaves a link of another kind in the address alone', () => {
    window.history.replaceState(null, '', '/?koordinator=opgave:3');
    const { result } = renderHook(() => useDeepLink('proces'));
    act(() => result.current[1](undefined));
    expect(window.location.search).toBe('?koordinator=opgave:3');
  });
});
