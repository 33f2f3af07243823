import { activitiesList, tasksList } from '../../../src/schema';
import { odata } from '../../../src/services/odata';
import { graphRelativePath } from '../../../src/services/config/graph';
import { classifyError, ConcurrencyError } from '../../../src/services/errors';

const A = activitiesList.fields;

describe('OData filters from the schema', () => {
  test('date-only values become the UTC instant of Copenhagen midnight (summer and winter)', () => {
    expect(odata.ge(A.startDate, '2026-07-01')).toBe("StartDate ge datetime'2026-06-30T22:00:00Z'");
    expect(odata.le(A.startDate, '2026-12-31')).toBe("StartDate le datetime'2026-12-30T23:00:00Z'");
  });

  test('text is quoted with doubled apostrophes; people and lookups compare on their id', () => {
    expect(odata.eq(activitiesList.fields.priority, "WON'T")).toBe("Priority eq 'WON''T'");
    expect(odata.eq(A.responsible, 7)).toBe('ResponsibleId eq 7');
    expect(odata.eq(tasksList.fields.wheelActivity, 12)).toBe('WheelActivityId eq 12');
  });

  test('and/or parenthesise their parts and drop empty ones', () => {
    expect(odata.and(odata.eq(A.category, 'Økonomi'), '', odata.ne(A.repeat, 'Ingen')))
      .toBe("(Category eq 'Økonomi') and (RepeatPattern ne 'Ingen')");
    expect(odata.oneOf(A.priority, ['MUST', 'SHOULD'])).toBe("(Priority eq 'MUST') or (Priority eq 'SHOULD')");
  });
});

describe('Graph next links', () => {
  test.each([
    ['https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=x&$skip=50', '/me/calendarView?startDateTime=x&$skip=50'],
    ['http://127.0.0.1:4400/graph/v1.0/groups/abc/calendar/calendarView?$skip=10', '/groups/abc/calendar/calendarView?$skip=10'],
    ['https://graph.microsoft.com/beta/users/a@b.dk/calendarView', '/users/a@b.dk/calendarView']
  ])('%s is followed by its path', (link, path) => {
    expect(graphRelativePath(link)).toBe(path);
  });
});

describe('classifying errors for the UI', () => {
  const http = (status: number, body = ''): Error => Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> ${body}`), { status });

  test.each([
    [403, 'forbidden'], [401, 'forbidden'], [404, 'notFound'], [412, 'conflict'], [429, 'throttled'], [503, 'throttled'], [400, 'unknown']
  ])('HTTP %i is %s', (status, kind) => {
    expect(classifyError(http(status)).kind).toBe(kind);
  });

  test('the list view threshold is recognised and the server text kept as detail', () => {
    const e = http(500, '{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPQueryThrottledException","message":{"lang":"en-US","value":"The attempted operation is prohibited because it exceeds the list view threshold."}}}');
    expect(classifyError(e)).toMatchObject({ kind: 'threshold', status: 500, detail: 'The attempted operation is prohibited because it exceeds the list view threshold.' });
  });

  test('a stale write and a network failure', () => {
    expect(classifyError(new ConcurrencyError(4)).kind).toBe('conflict');
    expect(classifyError(new TypeError('Failed to fetch')).kind).toBe('offline');
    expect(classifyError(undefined).kind).toBe('unknown');
  });
});

test('validation errors carry their Danish field messages to the UI', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { ValidationError } = require('../../../src/domain/validationError');
  const c = classifyError(new ValidationError({ endDate: 'Slutdatoen kan ikke ligge før startdatoen.' }));
  expect(c).toMatchObject({ kind: 'validation', fieldErrors: { endDate: 'Slutdatoen kan ikke ligge før startdatoen.' } });
});
