import { buildMailtoUrl, fillTemplate, isMailtoTooLong } from '../../../../src/domain/inquiries';

describe('fillTemplate', () => {
  const values = { navn: 'Anna Ærø', emne: 'Kontingent 2027', reference: 'H-2026-0042', frist: '14. maj 2026' };

  test('Danish placeholders and English aliases; case and spaces in braces do not matter', () => {
    expect(fillTemplate('Kære {navn}\r\nVedr. {emne} ({ Reference }), svar senest {frist}. Dear {NAME}, re {subject} by {deadline}.', values)).toEqual({
      text: 'Kære Anna Ærø\nVedr. Kontingent 2027 (H-2026-0042), svar senest 14. maj 2026. Dear Anna Ærø, re Kontingent 2027 by 14. maj 2026.',
      missing: [], unknown: []
    });
  });

  test('unknown placeholders and missing values stay visible and are reported', () => {
    expect(fillTemplate('Hej {navn}, {telefon} {frist} {telefon}', { navn: 'Bo', frist: '' })).toEqual({
      text: 'Hej Bo, {telefon} {frist} {telefon}', missing: ['frist'], unknown: ['telefon']
    });
  });

  test('values are inserted literally, in one pass, as plain text', () => {
    expect(fillTemplate('{emne} / {navn}', { emne: '{navn} $& $1', navn: '<b>Bo</b> & Co' }).text).toBe('{navn} $& $1 / <b>Bo</b> & Co');
    expect(fillTemplate('{constructor} {__proto__}', {}).unknown).toEqual(['constructor', '__proto__']);
  });
});

describe('buildMailtoUrl (RFC 6068)', () => {
  test('encoding of subject and body: UTF-8, %20 for space, CRLF line breaks', () => {
    expect(buildMailtoUrl({ to: ['anna@kommune.dk'], subject: 'Svar på H-2026-0042 & mere', body: 'Kære Anna\nTak for 100% + 1?\n#slut' }))
      .toBe('mailto:anna@kommune.dk?subject=Svar%20p%C3%A5%20H-2026-0042%20%26%20mere&body=K%C3%A6re%20Anna%0D%0ATak%20for%20100%25%20%2B%201%3F%0D%0A%23slut');
  });

  test('several addresses, cc and bcc; empty parts left out; a line break in the subject is a space', () => {
    expect(buildMailtoUrl({ to: ['a@x.dk', ' ', 'b+tag@x.dk'], cc: ['c@x.dk'], bcc: [], subject: 'To\r\nlinjer' }))
      .toBe('mailto:a@x.dk,b%2Btag@x.dk?cc=c@x.dk&subject=To%20linjer');
    expect(buildMailtoUrl({ to: [] })).toBe('mailto:');
  });

  test('a lone surrogate does not throw', () => {
    expect(buildMailtoUrl({ to: ['a@x.dk'], body: 'x\ud800y 😀' })).toBe('mailto:a@x.dk?body=x%EF%BF%BDy%20%F0%9F%98%80');
  });

  test('long URLs are flagged', () => {
    expect(isMailtoTooLong(buildMailtoUrl({ to: ['a@x.dk'], body: 'æ'.repeat(400) }))).toBe(true);
    expect(isMailtoTooLong(buildMailtoUrl({ to: ['a@x.dk'], body: 'kort' }))).toBe(false);
  });
});
