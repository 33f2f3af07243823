import { buildDeepLink, DEEP_LINK_KINDS, DEEP_LINK_OWNERS, formatDeepLinkValue, parseDeepLink, parseDeepLinkValue, removeDeepLink } from '../../../../src/domain/cockpit';
import { KOORDINATOR_WEB_PARTS } from '../../../../src/domain/models';

describe('parseDeepLink', () => {
  test.each([
    ['https://x.sharepoint.com/sites/os2/SitePages/Koordinator.aspx?koordinator=proces:12', { kind: 'proces', id: 12 }],
    ['?koordinator=beslutning%3A42', { kind: 'beslutning', id: 42 }],
    ['koordinator=Henvendelse:7&x=1', { kind: 'henvendelse', id: 7 }],
    ['?a=1&KOORDINATOR=+opgave+:+3+#top', { kind: 'opgave', id: 3 }],
    ['?koordinator=rod&koordinator=aktivitet:5', { kind: 'aktivitet', id: 5 }], // the first valid one
    ['proces:12', { kind: 'proces', id: 12 }],
    ['?koordinator=proces:2147483647', { kind: 'proces', id: 2147483647 }]
  ])('%s', (url, link) => {
    expect(parseDeepLink(url)).toEqual(link);
  });

  test.each([
    undefined, '', '?', '?koordinator', '?koordinator=', '?koordinator=proces', '?koordinator=proces:0', '?koordinator=proces:-1',
    '?koordinator=proces:1.5', '?koordinator=proces:2147483648', '?koordinator=mappe:3', '?koordinator=%E0%A4%A', '#koordinator=proces:1',
    '?x=koordinator%3Dproces%3A1', '?koordinator=proces:12abc'
  ])('garbage %p gives undefined', (url) => {
    expect(parseDeepLink(url)).toBeUndefined();
  });
});

describe('building links', () => {
  test('value format and refusal', () => {
    expect(formatDeepLinkValue({ kind: 'opgave', id: 9 })).toBe('opgave:9');
    expect(() => formatDeepLinkValue({ kind: 'opgave', id: 0 })).toThrow(RangeError);
    expect(() => formatDeepLinkValue({ kind: 'mappe' as never, id: 1 })).toThrow(RangeError);
    expect(parseDeepLinkValue(' Proces : 12 ')).toEqual({ kind: 'proces', id: 12 });
  });

  test('sets or replaces the parameter, keeps the rest and the fragment', () => {
    const page = 'https://x.sharepoint.com/sites/os2/SitePages/Koordinator.aspx';
    expect(buildDeepLink(page, { kind: 'proces', id: 12 })).toBe(`${page}?koordinator=proces:12`);
    expect(buildDeepLink(`${page}?debug=1&Koordinator=opgave:3#sektion`, { kind: 'beslutning', id: 4 }))
      .toBe(`${page}?debug=1&koordinator=beslutning:4#sektion`);
    const built = buildDeepLink(`${page}?`, { kind: 'henvendelse', id: 99 });
    expect(parseDeepLink(built)).toEqual({ kind: 'henvendelse', id: 99 });
  });
});

describe('removeDeepLink', () => {
  test.each([
    ['https://x/s/P.aspx?koordinator=proces:12', 'https://x/s/P.aspx'],
    ['https://x/s/P.aspx?a=1&koordinator=proces:12&b=2#top', 'https://x/s/P.aspx?a=1&b=2#top'],
    ['/?KOORDINATOR=opgave:1&koordinator=x&page=processer', '/?page=processer'],
    ['/?koordinator%3D=x', '/?koordinator%3D=x'],
    ['https://x/s/P.aspx?a=1', 'https://x/s/P.aspx?a=1'],
    ['https://x/s/P.aspx#koordinator=proces:1', 'https://x/s/P.aspx#koordinator=proces:1']
  ])('%s', (url, expected) => {
    expect(removeDeepLink(url)).toBe(expected);
  });

  test('removing undoes building', () => {
    const page = 'https://x/s/P.aspx?a=1#h';
    expect(removeDeepLink(buildDeepLink(page, { kind: 'henvendelse', id: 4 }))).toBe(page);
  });
});

test('every kind has an owning web part the page settings offer', () => {
  for (const kind of DEEP_LINK_KINDS) {
    expect(KOORDINATOR_WEB_PARTS).toContain(DEEP_LINK_OWNERS[kind]);
  }
});
