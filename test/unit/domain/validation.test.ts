import type { IActivityFields, IDecisionFields, IInquiryFields, IProcessFields, IProcessStepFields, ITaskFields } from '../../../src/domain/models';
import {
  assertValid, isValid, validateActivity, validateDecision, validateInquiry, validateProcess, validateProcessStep, validateTask,
  ValidationError
} from '../../../src/domain/validation';

const activity: IActivityFields = {
  title: 'Budgetopfølgning', category: 'Økonomi', activityType: 'Frist', startDate: '2026-05-14', repeat: 'Årligt', priority: 'MUST'
};

describe('validateActivity', () => {
  test('a complete activity is valid, with or without a stored rule', () => {
    expect(validateActivity(activity)).toEqual({});
    expect(validateActivity({ ...activity, recurrence: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14' })).toEqual({});
    expect(validateActivity({ ...activity, repeat: 'Ingen' })).toEqual({});
  });

  test('title is required and at most 255 characters', () => {
    expect(validateActivity({ ...activity, title: '  ' }).title).toEqual({ code: 'required' });
    expect(validateActivity({ ...activity, title: 'x'.repeat(256) }).title).toEqual({ code: 'tooLong', params: { max: 255, length: 256 } });
    expect(validateActivity({ ...activity, title: 'x'.repeat(255) }).title).toBeUndefined();
  });

  test('choices must be known values', () => {
    const errors = validateActivity({ ...activity, category: 'Kantine' as never, activityType: undefined, priority: 'HØJ' as never });
    expect(Object.keys(errors).sort()).toEqual(['activityType', 'category', 'priority']);
    expect(errors).toEqual({ category: { code: 'choice', params: { value: 'Kantine' } }, activityType: { code: 'required' },
      priority: { code: 'choice', params: { value: 'HØJ' } } });
  });

  test('a choice an owner added to the list in SharePoint is valid when the list offers it', () => {
    expect(validateActivity({ ...activity, category: 'Projekter' as never }).category).toEqual({ code: 'choice', params: { value: 'Projekter' } });
    expect(validateActivity({ ...activity, category: 'Projekter' as never }, { category: ['Projekter'] })).toEqual({});
    // MoSCoW is not the list's to extend.
    expect(validateActivity({ ...activity, priority: 'HØJ' as never }, { priority: ['HØJ'] }).priority).toBeDefined();
  });

  test('start date required and real', () => {
    expect(validateActivity({ ...activity, startDate: undefined }).startDate).toEqual({ code: 'required' });
    expect(validateActivity({ ...activity, startDate: '2026-02-30' }).startDate).toEqual({ code: 'date' });
  });

  test('end date not before start date', () => {
    const period: IActivityFields = { ...activity, activityType: 'Periode', repeat: 'Ingen', endDate: '2026-05-13' };
    expect(validateActivity(period)).toEqual({ endDate: { code: 'notBefore', params: { other: 'startDate' } } });
    expect(validateActivity({ ...period, endDate: '2026-05-14' })).toEqual({});
  });

  test('a period needs an end date', () => {
    expect(validateActivity({ ...activity, activityType: 'Periode' }).endDate).toEqual({ code: 'periodNeedsEnd' });
  });

  test('a deadline or milestone is a single day', () => {
    expect(validateActivity({ ...activity, endDate: '2026-05-20' }).endDate).toEqual({ code: 'singleDayHasEnd', params: { type: 'Frist' } });
    expect(validateActivity({ ...activity, activityType: 'Milepæl', endDate: '2026-05-20' }).endDate).toEqual({ code: 'singleDayHasEnd', params: { type: 'Milepæl' } });
    expect(validateActivity({ ...activity, activityType: 'Møde', endDate: '2026-05-15' })).toEqual({});
  });

  test('recurrence rules fit the pattern', () => {
    expect(validateActivity({ ...activity, repeat: 'Ingen', recurrence: 'FREQ=YEARLY' }).recurrence).toEqual({ code: 'recurrenceNotAllowed' });
    expect(validateActivity({ ...activity, repeat: 'Tilpasset' }).recurrence).toEqual({ code: 'recurrenceRequired' });
    expect(validateActivity({ ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=WEEKLY;BYDAY=MO' })).toEqual({});
    expect(validateActivity({ ...activity, repeat: 'Årligt', recurrence: 'FREQ=MONTHLY' }).recurrence).toEqual({ code: 'recurrenceMismatch', params: { pattern: 'Årligt' } });
    expect(validateActivity({ ...activity, repeat: 'Kvartalsvis', recurrence: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=14' })).toEqual({});
  });

  test('an unreadable or impossible rule is reported with the parser’s problem code', () => {
    expect(validateActivity({ ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=HOURLY' }).recurrence)
      .toEqual({ code: 'recurrence', rule: { problem: 'freqTooOften', params: { freq: 'HOURLY' } } });
    expect(validateActivity({ ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }).recurrence)
      .toEqual({ code: 'recurrence', rule: { problem: 'neverMonthDay' } });
    expect(validateActivity({ ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=YEARLY;UNTIL=20250101' }).recurrence)
      .toEqual({ code: 'recurrence', rule: { problem: 'untilBeforeStart' } });
  });

  test('a period longer than the gap between repetitions overlaps itself', () => {
    const period: IActivityFields = { ...activity, activityType: 'Periode', repeat: 'Månedligt', startDate: '2026-03-01', endDate: '2026-04-15' };
    expect(validateActivity(period).recurrence).toEqual({ code: 'recurrenceOverlap' });
    expect(validateActivity({ ...period, endDate: '2026-03-10' })).toEqual({});
    // Monthly on the last day: 31 Jan → 28 Feb is the shortest gap; a 28-day period touches the next one.
    const monthEnd: IActivityFields = { ...period, startDate: '2026-01-31', endDate: '2026-02-28' };
    expect(validateActivity(monthEnd).recurrence).toEqual({ code: 'recurrenceOverlap' });
  });
});

describe('validateProcess', () => {
  const process: IProcessFields = {
    title: 'Indkaldelse til bestyrelsesmøde', area: 'Årshjul og mødeforum', status: 'Godkendt', version: '1.0',
    lastReviewed: '2026-01-10', reviewIntervalMonths: 12, onboarding: false, priority: 'SHOULD'
  };

  test('a complete process is valid', () => {
    expect(validateProcess(process, '2026-05-14')).toEqual({});
  });

  test.each([0, 61, 1.5, -1])('review interval %p is refused', (months) => {
    expect(validateProcess({ ...process, reviewIntervalMonths: months }).reviewIntervalMonths).toEqual({ code: 'reviewInterval', params: { min: 1, max: 60 } });
  });

  test.each([['1.0', true], ['2.3', true], ['1.2.1', true], ['', true], ['1', false], ['v1.0', false], ['1,0', false], ['1.0-beta', false]])(
    'version %p valid: %p', (version, ok) => {
      expect(validateProcess({ ...process, version }).version === undefined).toBe(ok);
    }
  );

  test('last review cannot be in the future — when today is given', () => {
    expect(validateProcess({ ...process, lastReviewed: '2026-05-15' }, '2026-05-14').lastReviewed).toEqual({ code: 'inFuture' });
    expect(validateProcess({ ...process, lastReviewed: '2026-05-14' }, '2026-05-14')).toEqual({});
    expect(validateProcess({ ...process, lastReviewed: '2026-05-15' })).toEqual({});
  });

  test('dates must be real and in order', () => {
    expect(validateProcess({ ...process, lastReviewed: '2026-13-01' }).lastReviewed).toEqual({ code: 'date' });
    expect(validateProcess({ ...process, nextReview: '2025-12-31' }).nextReview).toEqual({ code: 'notBefore', params: { other: 'lastReviewed' } });
  });
});

describe('validateProcessStep', () => {
  const step: IProcessStepFields = { title: 'Send dagsorden', process: { id: 4, title: 'Indkaldelse' }, stepNumber: 1 };

  test('valid', () => {
    expect(validateProcessStep(step)).toEqual({});
  });

  test.each([0, -1, 1.5, undefined])('step number %p is refused', (stepNumber) => {
    expect(validateProcessStep({ ...step, stepNumber }).stepNumber).toEqual({ code: 'tooSmall', params: { min: 1 } });
  });

  test('the process is required', () => {
    expect(validateProcessStep({ ...step, process: undefined }).process).toEqual({ code: 'required' });
  });
});

describe('validateDecision', () => {
  const decision: IDecisionFields = {
    title: 'Ny mødekadence', decisionText: 'Bestyrelsen mødes hver 6. uge.', forum: 'Bestyrelse', meetingDate: '2026-05-14',
    status: 'Besluttet', priority: 'MUST', meetingUrl: { url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting' }
  };

  test('valid', () => {
    expect(validateDecision(decision)).toEqual({});
  });

  test('decision text is required', () => {
    expect(validateDecision({ ...decision, decisionText: '' }).decisionText).toEqual({ code: 'required' });
  });

  test('follow-up not before the meeting, and required while following up', () => {
    expect(validateDecision({ ...decision, followUpDate: '2026-05-13' }).followUpDate).toEqual({ code: 'notBefore', params: { other: 'meetingDate' } });
    expect(validateDecision({ ...decision, followUpDate: '2026-05-14' })).toEqual({});
    expect(validateDecision({ ...decision, status: 'Under opfølgning' }).followUpDate).toEqual({ code: 'required' });
  });

  test.each(['ftp://server/mode', 'teams møde', 'javascript:alert(1)', 'https://'])('meeting URL %p is refused', (url) => {
    expect(validateDecision({ ...decision, meetingUrl: { url } }).meetingUrl).toEqual({ code: 'url' });
  });

  test('meeting date is required', () => {
    expect(validateDecision({ ...decision, meetingDate: undefined }).meetingDate).toEqual({ code: 'required' });
  });

  test('kind is optional (reads as Beslutning) but must be known; Til behandling is a status', () => {
    expect(validateDecision({ ...decision, kind: 'Aftale', status: 'Til behandling' })).toEqual({});
    expect(validateDecision({ ...decision, kind: 'Vedtægt' as never }).kind).toEqual({ code: 'choice', params: { value: 'Vedtægt' } });
  });
});

describe('validateInquiry', () => {
  const inquiry: IInquiryFields = {
    title: 'Spørgsmål om medlemskab', channel: 'E-mail', status: 'Ny', priority: 'SHOULD', receivedDate: '2026-05-11',
    requesterEmail: 'kontakt@kommune.dk', dueDate: '2026-05-13'
  };

  test('valid', () => {
    expect(validateInquiry(inquiry)).toEqual({});
  });

  test.each(['kontakt@kommune', 'kontakt kommune.dk', '@kommune.dk', 'a@b.c'])('e-mail %p is refused', (requesterEmail) => {
    expect(validateInquiry({ ...inquiry, requesterEmail }).requesterEmail).toEqual({ code: 'email' });
  });

  test('due date not before received date', () => {
    expect(validateInquiry({ ...inquiry, dueDate: '2026-05-10' }).dueDate).toEqual({ code: 'notBefore', params: { other: 'receivedDate' } });
  });

  test('a closed inquiry needs a closing date; an open one must not have one', () => {
    expect(validateInquiry({ ...inquiry, status: 'Løst' }).closedDate).toEqual({ code: 'closedNeedsDate' });
    expect(validateInquiry({ ...inquiry, status: 'Lukket', closedDate: '2026-05-12' })).toEqual({});
    expect(validateInquiry({ ...inquiry, status: 'Under behandling', closedDate: '2026-05-12' }).closedDate).toEqual({ code: 'openHasClosedDate' });
    expect(validateInquiry({ ...inquiry, status: 'Løst', closedDate: '2026-05-01' }).closedDate).toEqual({ code: 'notBefore', params: { other: 'receivedDate' } });
  });

  test('category is optional but must be known', () => {
    expect(validateInquiry({ ...inquiry, category: undefined })).toEqual({});
    expect(validateInquiry({ ...inquiry, category: 'Kantine' as never }).category).toBeDefined();
  });
});

describe('validateTask', () => {
  const task: ITaskFields = { title: 'Udsend referat', priority: 'COULD', status: 'I gang', source: 'Beslutning', dueDate: '2026-05-20' };

  test('valid', () => {
    expect(validateTask(task)).toEqual({});
    expect(validateTask({ ...task, status: 'Færdig', completedDate: '2026-05-19' })).toEqual({});
    expect(validateTask({ ...task, status: 'Færdig' })).toEqual({});
  });

  test('a completion date only on a finished task', () => {
    expect(validateTask({ ...task, completedDate: '2026-05-19' }).completedDate).toEqual({ code: 'completedNotDone' });
  });

  test('dates must be real', () => {
    expect(validateTask({ ...task, dueDate: '2026-02-29' }).dueDate).toEqual({ code: 'date' });
  });

  test.each([[0, true], [1000, true], [2.5, true], [-0.5, false], [1000.5, false], [Number.NaN, false]])('effort %p valid: %p', (effort, ok) => {
    expect(validateTask({ ...task, effort }).effort === undefined).toBe(ok);
  });
});

describe('ValidationError', () => {
  test('carries the issues (codes, no text) and lists them for logs', () => {
    const error = new ValidationError({ title: { code: 'required' }, startDate: { code: 'date' }, endDate: undefined });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.name).toBe('ValidationError');
    expect(error.errors).toEqual({ title: { code: 'required' }, startDate: { code: 'date' } });
    expect(error.message).toBe('Invalid fields: title: required, startDate: date');
  });

  test('assertValid throws only when there are messages', () => {
    expect(() => assertValid({})).not.toThrow();
    expect(isValid({ title: undefined })).toBe(true);
    expect(() => assertValid(validateActivity({ ...activity, title: '' }))).toThrow(ValidationError);
  });
});
