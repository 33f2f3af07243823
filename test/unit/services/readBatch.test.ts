import { batchParts } from '../../../src/services/batch/readBatch';

const B = '--batchresponse_8f2c1c7e-2f4e-4c43-9a44-1d5c2f0b7a11';

/** A `$batch` answer as SharePoint Online writes it (CRLF) or the local site (LF). */
function answer(eol: string, parts: { status: string; headers?: string[]; body: string }[]): string {
  return parts.map(p => [B, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', p.status,
    ...(p.headers ?? ['CONTENT-TYPE: application/json;odata=minimal;streaming=true;charset=utf-8']), '', p.body].join(eol)).join(eol)
    + `${eol}${B}--${eol}`;
}

describe('batchParts: the parts of a $batch answer', () => {
  const items = JSON.stringify({ value: [{ Id: 1, Title: 'Generalforsamling' }, { Id: 2, Title: 'Budget' }], 'odata.nextLink': 'https://x/next' });
  const perms = JSON.stringify({ High: '2147483647', Low: '4294967295' });
  const notFound = JSON.stringify({ 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: 'List does not exist.' } } });

  test.each([['CRLF (SharePoint Online)', '\r\n'], ['LF (the local site)', '\n']])('%s: status, text and body of each part, in order', (_, eol) => {
    const parts = batchParts(answer(eol, [
      { status: 'HTTP/1.1 200 OK', body: items },
      { status: 'HTTP/1.1 404 Not Found', body: notFound },
      { status: 'HTTP/1.1 204 No Content', headers: [], body: '' },
      { status: 'HTTP/1.1 200 OK', body: perms }
    ]));
    expect(parts.map(p => [p.status, p.statusText])).toEqual([[200, 'OK'], [404, 'Not Found'], [204, 'No Content'], [200, 'OK']]);
    expect(JSON.parse(parts[0].body)).toEqual(JSON.parse(items));
    expect(JSON.parse(parts[1].body)).toEqual(JSON.parse(notFound));
    expect(parts[2].body.trim()).toBe('');
    expect(JSON.parse(parts[3].body)).toEqual(JSON.parse(perms));
  });

  test('a body that contains the boundary text, line breaks escaped, stays one body', () => {
    const tricky = JSON.stringify({ value: [{ Id: 7, Title: `${B}\nHTTP/1.1 500 Oops\n\n{}`, Description: '--batchresponse_x' }] });
    const parts = batchParts(answer('\r\n', [{ status: 'HTTP/1.1 200 OK', body: tricky }, { status: 'HTTP/1.1 200 OK', body: perms }]));
    expect(parts).toHaveLength(2);
    expect(JSON.parse(parts[0].body).value[0].Title).toBe(`${B}\nHTTP/1.1 500 Oops\n\n{}`);
  });

  test('the status text may be empty; a header with a colon in its value does not end the headers', () => {
    const parts = batchParts(answer('\n', [{ status: 'HTTP/1.1 200', headers: ['ETag: "1"', 'Location: https://x/y'], body: perms }]));
    expect(parts).toEqual([{ status: 200, statusText: '', body: perms }]);
  });

  test('an answer of another shape is refused, not read as fewer parts', () => {
    expect(() => batchParts('<html>Sign in</html>')).toThrow(/no parts/);
    expect(() => batchParts(`${B}\r\nContent-Type: application/http\r\n\r\nnot a status\r\n\r\n{}\r\n${B}--\r\n`)).toThrow(/status line/);
    const whole = answer('\n', [{ status: 'HTTP/1.1 200 OK', body: items }]);
    expect(() => batchParts(whole.slice(0, whole.indexOf(`\n${B}--`)))).toThrow(/ends inside part 1/);
  });
});
