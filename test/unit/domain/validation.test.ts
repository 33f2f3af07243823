import type { IActivityFields, IDecisionFields, IInquiryFields, IProcessFields, IProcessStepFields, ITaskFields } from '../../../src/domain/models';
import {
  assertValid, isValid, validateActivity, validateDecision, validateInquiry, validateProcess, validateProcessStep, validateTask,
  ValidationError
} from '../../../src/domain/validation';

const activity: IActivityFields = {
  title: 'Budgetopfølgning', category: 'Økonomi', activityType: 'Deadline', startDate: '2026-05-14', repeat: 'Årligt', priority: 'MUST'
};

describe('validateActivity', () => {
  test('a complete activity is valid, with or without a stored rule', () => {
    expect(validateActivity(activity)).toEqual({});
    expect(validateActivity({ ...activity, recurrence: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=14' })).toEqual({});
    expect(validateActivity({ ...activity, repeat: 'Ingen' })).toEqual({});
  });

  test('title is required and at most 255 characters', () => {
    expect(validateActivity({ ...activity, title: '  ' }).title).toBe('Titlen skal udfyldes.');
    expect(validateActivity({ ...activity, title: 'x'.repeat(256) }).title).toBe('Titlen må højst være 255 tegn (nu 256).');
    expect(validateActivity({ ...activity, title: 'x'.repeat(255) }).title).toBeUndefined();
  });

  test('choices must be known values', () => {
    const errors = validateActivity({ ...activity, category: 'Kantine' as never, activityType: undefined, priority: 'HØJ' as never });
    expect(Object.keys(errors).sort()).toEqual(['activityType', 'category', 'priority']);
    expect(errors.priority).toMatch(/Skal, Bør, Kan eller Ikke nu/);
  });

  test('start date required and real', () => {
    expect(validateActivity({ ...activity, startDate: undefined }).startDate).toBe('Angiv startdatoen.');
    expect(validateActivity({ ...activity, startDate: '2026-02-30' }).startDate).toBe('Startdatoen er ikke en gyldig dato.');
  });

  test('end date not before start date', () => {
    const period: IActivityFields = { ...activity, activityType: 'Periode', repeat: 'Ingen', endDate: '2026-05-13' };
    expect(validateActivity(period)).toEqual({ endDate: 'Slutdatoen kan ikke ligge før startdatoen.' });
    expect(validateActivity({ ...period, endDate: '2026-05-14' })).toEqual({});
  });

  test('a period needs an end date', () => {
    expect(validateActivity({ ...activity, activityType: 'Periode' }).endDate).toBe('En periode skal have en slutdato.');
  });

  test('a deadline or milestone is a single day', () => {
    expect(validateActivity({ ...activity, endDate: '2026-05-20' }).endDate).toMatch(/^En deadline er en enkelt dag/);
    expect(validateActivity({ ...activity, activityType: 'Milepæl', endDate: '2026-05-20' }).endDate).toMatch(/^En milepæl/);
    expect(validateActivity({ ...activity, activityType: 'Møde', endDate: '2026-05-15' })).toEqual({});
  });

  test('recurrence rules fit the pattern', () => {
    expect(validateActivity({ ...activity, repeat: 'Ingen', recurrence: 'FREQ=YEARLY' }).recurrence).toMatch(/ikke gentages, kan ikke have en gentagelsesregel/);
    expect(validateActivity({ ...activity, repeat: 'Tilpasset' }).recurrence).toBe('Angiv en gentagelsesregel, når gentagelsen er tilpasset.');
    expect(validateActivity({ ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=WEEKLY;BYDAY=MO' })).toEqual({});
    expect(validateActivity({ ...activity, repeat: 'Årligt', recurrence: 'FREQ=MONTHLY' }).recurrence).toMatch(/passer ikke til det valgte mønster »Årligt«/);
    expect(validateActivity({ ...activity, repeat: 'Kvartalsvis', recurrence: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=14' })).toEqual({});
  });

  test('an unreadable or impossible rule is reported in Danish', () => {
    expect(validateActivity({ ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=HOURLY' }).recurrence).toMatch(/^Gentagelsesreglen kan ikke læses: /);
    expect(validateActivity({ ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }).recurrence).toMatch(/giver aldrig/);
    expect(validateActivity({ ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=YEARLY;UNTIL=20250101' }).recurrence).toMatch(/før aktiviteten begynder/);
  });

  test('a period longer than the gap between repetitions overlaps itself', () => {
    const period: IActivityFields = { ...activity, activityType: 'Periode', repeat: 'Månedligt', startDate: '2026-03-01', endDate: '2026-04-15' };
    expect(validateActivity(period).recurrence).toMatch(/overlapper/);
    expect(validateActivity({ ...period, endDate: '2026-03-10' })).toEqual({});
    // Monthly on the last day: 31 Jan → 28 Feb is the shortest gap; a 28-day period touches the next one.
    const monthEnd: IActivityFields = { ...period, startDate: '2026-01-31', endDate: '2026-02-28' };
    expect(validateActivity(monthEnd).recurrence).toMatch(/overlapper/);
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
    expect(validateProcess({ ...process, reviewIntervalMonths: months }).reviewIntervalMonths).toBe(
      'Revisionsintervallet skal være et helt antal måneder mellem 1 og 60.'
    );
  });

  test.each([['1.0', true], ['2.3', true], ['1.2.1', true], ['', true], ['1', false], ['v1.0', false], ['1,0', false], ['1.0-beta', false]])(
    'version %p valid: %p', (version, ok) => {
      expect(validateProcess({ ...process, version }).version === undefined).toBe(ok);
    }
  );

  test('last review cannot be in the future — when today is given', () => {
    expect(validateProcess({ ...process, lastReviewed: '2026-05-15' }, '2026-05-14').lastReviewed).toBe('Seneste revision kan ikke ligge i fremtiden.');
    expect(validateProcess({ ...process, lastReviewed: '2026-05-14' }, '2026-05-14')).toEqual({});
    expect(validateProcess({ ...process, lastReviewed: '2026-05-15' })).toEqual({});
  });

  test('dates must be real and in order', () => {
    expect(validateProcess({ ...process, lastReviewed: '2026-13-01' }).lastReviewed).toBe('Datoen for seneste revision er ikke en gyldig dato.');
    expect(validateProcess({ ...process, nextReview: '2025-12-31' }).nextReview).toBe('Næste revision kan ikke ligge før seneste revision.');
  });
});

describe('validateProcessStep', () => {
  const step: IProcessStepFields = { title: 'Send dagsorden', process: { id: 4, title: 'Indkaldelse' }, stepNumber: 1 };

  test('valid', () => {
    expect(validateProcessStep(step)).toEqual({});
  });

  test.each([0, -1, 1.5, undefined])('step number %p is refused', (stepNumber) => {
    expect(validateProcessStep({ ...step, stepNumber }).stepNumber).toBe('Trinnummeret skal være et helt tal på 1 eller derover.');
  });

  test('the process is required', () => {
    expect(validateProcessStep({ ...step, process: undefined }).process).toBe('Vælg den proces, trinnet hører til.');
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
    expect(validateDecision({ ...decision, decisionText: '' }).decisionText).toBe('Beslutningsteksten skal udfyldes.');
  });

  test('follow-up not before the meeting, and required while following up', () => {
    expect(validateDecision({ ...decision, followUpDate: '2026-05-13' }).followUpDate).toBe('Opfølgningsdatoen kan ikke ligge før mødedatoen.');
    expect(validateDecision({ ...decision, followUpDate: '2026-05-14' })).toEqual({});
    expect(validateDecision({ ...decision, status: 'Under opfølgning' }).followUpDate).toBe('Angiv opfølgningsdatoen.');
  });

  test.each(['ftp://server/mode', 'teams møde', 'javascript:alert(1)', 'https://'])('meeting URL %p is refused', (url) => {
    expect(validateDecision({ ...decision, meetingUrl: { url } }).meetingUrl).toMatch(/https:\/\/ eller http:\/\//);
  });

  test('meeting date is required', () => {
    expect(validateDecision({ ...decision, meetingDate: undefined }).meetingDate).toBe('Angiv mødedatoen.');
  });

  test('kind is optional (reads as Beslutning) but must be known; Til behandling is a status', () => {
    expect(validateDecision({ ...decision, kind: 'Aftale', status: 'Til behandling' })).toEqual({});
    expect(validateDecision({ ...decision, kind: 'Vedtægt' as never }).kind).toBe('Vælg om det er en beslutning eller en aftale.');
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
    expect(validateInquiry({ ...inquiry, requesterEmail }).requesterEmail).toMatch(/E-mailadressen ser ikke gyldig ud/);
  });

  test('due date not before received date', () => {
    expect(validateInquiry({ ...inquiry, dueDate: '2026-05-10' }).dueDate).toBe('Svarfristen kan ikke ligge før modtagelsesdatoen.');
  });

  test('a closed inquiry needs a closing date; an open one must not have one', () => {
    expect(validateInquiry({ ...inquiry, status: 'Løst' }).closedDate).toBe('Angiv lukkedatoen, når henvendelsen er løst eller lukket.');
    expect(validateInquiry({ ...inquiry, status: 'Lukket', closedDate: '2026-05-12' })).toEqual({});
    expect(validateInquiry({ ...inquiry, status: 'Under behandling', closedDate: '2026-05-12' }).closedDate).toMatch(/åben henvendelse kan ikke have en lukkedato/);
    expect(validateInquiry({ ...inquiry, status: 'Løst', closedDate: '2026-05-01' }).closedDate).toBe('Lukkedatoen kan ikke ligge før modtagelsesdatoen.');
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
    expect(validateTask({ ...task, completedDate: '2026-05-19' }).completedDate).toMatch(/^Kun en færdig opgave kan have en færdigdato/);
  });

  test('dates must be real', () => {
    expect(validateTask({ ...task, dueDate: '2026-02-29' }).dueDate).toBe('Fristen er ikke en gyldig dato.');
  });

  test.each([[0, true], [1000, true], [2.5, true], [-0.5, false], [1000.5, false], [Number.NaN, false]])('effort %p valid: %p', (effort, ok) => {
    expect(validateTask({ ...task, effort }).effort === undefined).toBe(ok);
  });
});

describe('ValidationError', () => {
  test('carries the messages and joins them', () => {
    const error = new ValidationError({ title: 'Titlen skal udfyldes.', startDate: 'Angiv startdatoen.', endDate: undefined });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.name).toBe('ValidationError');
    expect(error.errors).toEqual({ title: 'Titlen skal udfyldes.', startDate: 'Angiv startdatoen.' });
    expect(error.message).toBe('Titlen skal udfyldes. Angiv startdatoen.');
  });

  test('assertValid throws only when there are messages', () => {
    expect(() => assertValid({})).not.toThrow();
    expect(isValid({ title: undefined })).toBe(true);
    expect(() => assertValid(validateActivity({ ...activity, title: '' }))).toThrow(ValidationError);
  });
});
