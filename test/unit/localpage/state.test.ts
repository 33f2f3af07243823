import { clockFor, localLinkHref, readState, userFromCookie, writeState } from '../../../localsite/page/state';
import { readConfig } from '../../../localsite/page/siteApi';

describe('local page state in the URL', () => {
  test('defaults: Danish, SharePoint, view mode, home page; the cookie names the user', () => {
    expect(readState('', 'x=1; localsite-user=lars.holm%40os2.eu')).toEqual({
      user: 'lars.holm@os2.eu', lang: 'da', teams: undefined, edit: false, mobile: false, page: 'home', now: undefined
    });
  });

  test('the query wins over the cookie and carries every setting', () => {
    const state = readState('?user=sofie.dahl@os2.eu&lang=en&teams=dark&edit=1&mobile=true&page=lists&now=2026-05-14',
      'localsite-user=mette.kjaer@os2.eu');
    expect(state).toEqual({
      user: 'sofie.dahl@os2.eu', lang: 'en', teams: 'dark', edit: true, mobile: true, page: 'lists', now: '2026-05-14'
    });
  });

  test('unknown values fall back to the defaults; a bare teams flag means the default Teams theme', () => {
    expect(readState('?lang=de&teams=purple&page=<x>', '')).toMatchObject({ lang: 'da', teams: undefined, page: 'home' });
    // A web part's own page is a slug (`?page=processer`); the page shows the site contents for one it does not know.
    expect(readState('?page=processer', '').page).toBe('processer');
    expect(readState('?teams', '').teams).toBe('default');
  });

  test('writing leaves defaults out and keeps parameters the state does not own', () => {
    const search = writeState({ user: 'anne.sorensen@os2.eu', lang: 'da', edit: false, mobile: false, page: 'home' }, '?site=%2Fsites%2Fx&lang=en');
    const q = new URLSearchParams(search);
    expect(q.get('site')).toBe('/sites/x');
    expect(q.get('user')).toBe('anne.sorensen@os2.eu');
    expect(q.has('lang')).toBe(false);
    expect(writeState({ lang: 'da', edit: false, mobile: false, page: 'home' }, '')).toBe('');
  });

  test('the item open on a page stays in the address on that page and is left behind when another page opens', () => {
    const here = '?page=henvendelser&koordinator=henvendelse%3A5';
    const same = new URLSearchParams(writeState({ lang: 'en', edit: false, mobile: false, page: 'henvendelser' }, here));
    expect(same.get('koordinator')).toBe('henvendelse:5');
    const other = new URLSearchParams(writeState({ lang: 'da', edit: false, mobile: false, page: 'overblik' }, here));
    expect(other.get('page')).toBe('overblik');
    expect(other.has('koordinator')).toBe(false);
    expect(new URLSearchParams(writeState({ lang: 'da', edit: false, mobile: false, page: 'home' }, '?koordinator=aktivitet%3A3')).get('koordinator')).toBe('aktivitet:3');
  });

  test('round trip', () => {
    const state = readState('?user=jonas.berg@os2.eu&lang=en&teams=contrast&edit=1&page=lists', '');
    expect(readState(writeState(state, ''), '')).toEqual(state);
  });

  test('the cookie reader ignores other cookies and similar names', () => {
    expect(userFromCookie('localsite-user-x=a; b=c')).toBeUndefined();
    expect(userFromCookie('a=b;localsite-user=mette.kjaer@os2.eu')).toBe('mette.kjaer@os2.eu');
  });
});

describe('clock', () => {
  test('a day fixes noon UTC of that day (the same Copenhagen day in summer and winter)', () => {
    expect(clockFor('2026-03-29')().toISOString()).toBe('2026-03-29T12:00:00.000Z');
  });

  test('an instant is used as given; nothing or nonsense means the real clock', () => {
    expect(clockFor('2026-05-14T06:30:00+02:00')().toISOString()).toBe('2026-05-14T04:30:00.000Z');
    const before = Date.now();
    expect(clockFor(undefined)().getTime()).toBeGreaterThanOrEqual(before);
    expect(clockFor('soon')().getTime()).toBeGreaterThanOrEqual(before);
  });
});

describe('site configuration', () => {
  const location = (search: string): Location => ({ search, origin: 'http://localhost:4400' } as Location);

  test('the server-injected same-origin paths become absolute URLs', () => {
    expect(readConfig(location(''), { siteUrl: '/sites/os2', graphRoot: '/graph' })).toEqual({
      siteUrl: 'http://localhost:4400/sites/os2', graphRoot: 'http://localhost:4400/graph', controlUrl: 'http://localhost:4400'
    });
  });

  test('?site= and ?graph= point the page at another site', () => {
    const config = readConfig(location('?site=http://localhost:4500/sites/os2/&graph=http://localhost:4500/graph'), { siteUrl: '/sites/os2' });
    expect(config.siteUrl).toBe('http://localhost:4500/sites/os2');
    expect(config.graphRoot).toBe('http://localhost:4500/graph');
  });
});

describe('links between the web parts on the local page', () => {
  const state = readState('?user=sofie.dahl@os2.eu&lang=en&teams=dark&mobile=1&now=2026-05-14&edit=1&page=henvendelser', '');
  const here = { origin: 'http://localhost:4400', port: '4400' };

  test('a link to the local page keeps the user, language, Teams mode, width and clock, and leaves edit mode', () => {
    const href = localLinkHref('http://127.0.0.1:4400/?page=processer&koordinator=proces:12', state, here);
    const url = new URL(href);
    expect(url.origin).toBe('http://localhost:4400');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      koordinator: 'proces:12', user: 'sofie.dahl@os2.eu', lang: 'en', teams: 'dark', mobile: '1', page: 'processer', now: '2026-05-14'
    });
  });

  test('the home page has no page parameter', () => {
    const url = new URL(localLinkHref('http://127.0.0.1:4400/?koordinator=aktivitet:3', state, here));
    expect(url.searchParams.get('page')).toBeNull();
    expect(url.searchParams.get('koordinator')).toBe('aktivitet:3');
  });

  test.each([
    'https://os2.sharepoint.com/sites/s/SitePages/P.aspx?koordinator=proces:1',
    'http://127.0.0.1:4999/?page=processer',
    'http://127.0.0.1:4400/sites/os2/Lists/Processer/DispForm.aspx?ID=1',
    'not a url'
  ])('%s is left as it is', (href) => {
    expect(localLinkHref(href, state, here)).toBe(href);
  });
});
