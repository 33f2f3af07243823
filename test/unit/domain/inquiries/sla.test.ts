import {
  DEFAULT_SLA_POLICIES, dueDateOf, effectiveFirstResponse, firstResponseClock, recordFirstResponse, resolutionClock,
  selectSlaPolicy, slaTargetInstant
} from '../../../../src/domain/inquiries';
import type { IInquiryTiming, ISlaTarget, IStatusChange } from '../../../../src/domain/inquiries';
import { slaDueDate } from '../../../../src/domain/businessDays';
import { addDays } from '../../../../src/domain/dates';
import { copenhagenDateTimeToUtc } from '../../../../src/domain/timeZone';

const hours = (amount: number): ISlaTarget => ({ amount, unit: 'workingHours' });
const days = (amount: number): ISlaTarget => ({ amount, unit: 'workingDays' });

describe('selectSlaPolicy', () => {
  const special = { priority: 'SHOULD' as const, category: 'Presse og kommunikation' as const, firstResponse: hours(2), resolution: days(1) };
  const policies = [...DEFAULT_SLA_POLICIES, special];

  test('category first, then the priority alone', () => {
    expect(selectSlaPolicy(policies, 'SHOULD', 'Presse og kommunikation')).toBe(special);
    expect(selectSlaPolicy(policies, 'SHOULD', 'Medlemskab')?.resolution).toEqual(days(5));
    expect(selectSlaPolicy(policies, 'SHOULD')?.category).toBeUndefined();
    expect(selectSlaPolicy([special], 'MUST')).toBeUndefined();
  });
});

describe('slaTargetInstant', () => {
  test.each([
    ['2026-05-11T08:00:00Z', hours(4), '2026-05-11T12:00:00Z'], // Monday 10:00 + 4 h = 14:00
    ['2026-05-08T10:00:00Z', hours(4), '2026-05-11T08:30:00Z'], // Friday 12:00: 2 h Friday, 2 h Monday
    ['2026-05-08T10:00:00Z', days(2), '2026-05-12T13:30:00Z'], // Friday + 2 working days: Tuesday's closing
    ['2026-05-07T18:00:00Z', days(1), '2026-05-11T13:30:00Z'], // Thursday evening counts as Friday: + 1 = Monday
    ['2026-05-13T08:00:00Z', days(1), '2026-05-15T12:00:00Z'], // over Kristi himmelfart to Friday 14:00
    ['2026-05-11T08:00:00Z', days(0), '2026-05-11T13:30:00Z'], // same day
    ['2026-03-27T12:00:00Z', hours(2), '2026-03-30T07:30:00Z'], // into summer time
    ['2026-10-23T11:00:00Z', hours(2), '2026-10-26T08:30:00Z'], // into winter time
    ['2026-04-01T13:00:00Z', hours(4), '2026-04-07T10:00:00Z'], // Wednesday before Easter 15:00: ½ h, then Tuesday after 2. påskedag
    ['2026-04-01T10:00:00Z', days(2), '2026-04-08T13:30:00Z'], // over skærtorsdag, langfredag and Easter: Wednesday after
    ['2026-12-23T13:00:00Z', hours(4), '2026-12-28T10:00:00Z'], // 23 Dec 14:00: 1½ h, then juleaftensdag, jul and the weekend closed
    ['2026-12-23T13:00:00Z', days(1), '2026-12-28T14:30:00Z'] // the next working day after Christmas, by its closing time
  ])('received %s, %o → %s', (received, target, due) => {
    expect(slaTargetInstant(received, target)).toBe(due);
  });

  test('working days agree with businessDays.slaDueDate for every day of 2026 (received 09:00)', () => {
    for (let day = '2026-01-01'; day < '2027-01-01'; day = addDays(day, 1)) {
      for (const n of [0, 1, 2, 5]) {
        expect(`${day}+${n}:${dueDateOf(slaTargetInstant(copenhagenDateTimeToUtc(day, '09:00'), days(n)))}`).toBe(`${day}+${n}:${slaDueDate(day, n)}`);
      }
    }
  });

  test('a target of 0 hours or a fractional day count is refused', () => {
    expect(() => slaTargetInstant('2026-05-11T08:00:00Z', hours(0))).toThrow(RangeError);
    expect(() => slaTargetInstant('2026-05-11T08:00:00Z', days(1.5))).toThrow(RangeError);
  });
});

describe('resolutionClock', () => {
  // Monday 3 August 2026 08:30 CEST; 14 working hours = all of Monday and Tuesday, due Tuesday 15:30.
  const received = '2026-08-03T06:30:00Z';
  const timing = (history: IStatusChange[] = []): IInquiryTiming => ({ received, history });
  const target = hours(14);

  test('running: consumed, remaining, due', () => {
    expect(resolutionClock(timing(), target, '2026-08-03T12:00:00Z')).toEqual({
      state: 'running', badge: 'none', budgetMinutes: 840, consumedMinutes: 330, remainingMinutes: 510,
      usedFraction: 330 / 840, pausedMinutes: 0, baseDue: '2026-08-04T13:30:00Z', due: '2026-08-04T13:30:00Z'
    });
  });

  test('»I risiko« from exactly 75 %', () => {
    expect(resolutionClock(timing(), target, '2026-08-04T09:59:00Z').badge).toBe('none'); // 629 of 840
    expect(resolutionClock(timing(), target, '2026-08-04T10:00:00Z').badge).toBe('atRisk'); // 630 of 840
  });

  test('»Overskredet« once the due instant has passed — also after closing time, with 0 working minutes over', () => {
    expect(resolutionClock(timing(), target, '2026-08-04T13:30:00Z')).toMatchObject({ badge: 'atRisk', remainingMinutes: 0 });
    expect(resolutionClock(timing(), target, '2026-08-04T14:00:00Z')).toMatchObject({ badge: 'overdue', remainingMinutes: 0, due: '2026-08-04T13:30:00Z' });
    expect(resolutionClock(timing(), target, '2026-08-05T07:00:00Z')).toMatchObject({ badge: 'overdue', remainingMinutes: -30, consumedMinutes: 870 });
    expect(resolutionClock(timing(), target, '2026-08-05T07:00:30Z').remainingMinutes).toBe(-31);
  });

  const paused = timing([
    { status: 'Under behandling', from: '2026-08-03T07:00:00Z' },
    { status: 'Afventer svar', from: '2026-08-03T11:30:00Z' }, // Monday 13:30
    { status: 'Under behandling', from: '2026-08-05T07:30:00Z' } // Wednesday 09:30
  ]);

  test('the clock pauses in »Afventer svar«; the due instant is unknown until work resumes', () => {
    const clock = resolutionClock(paused, target, '2026-08-04T12:00:00Z');
    expect(clock).toMatchObject({ state: 'paused', badge: 'none', consumedMinutes: 300, pausedMinutes: 120 + 330 });
    expect(clock.due).toBeUndefined();
    expect(clock.dueIfResumedNow).toBe('2026-08-06T07:00:00Z'); // 540 left: Tue 14:00–15:30, Wed, Thu 08:30–09:00
  });

  test('after the pause the due instant has moved by the paused working time', () => {
    const clock = resolutionClock(paused, target, '2026-08-05T08:30:00Z');
    expect(clock).toMatchObject({ state: 'running', consumedMinutes: 360, pausedMinutes: 600, due: '2026-08-06T09:30:00Z' });
    // the same as the unpaused target plus 600 working minutes
    expect(clock.due).toBe(slaTargetInstant(received, hours(14 + 10)));
  });

  test('a pause after the deadline does not undo the breach', () => {
    const late = timing([{ status: 'Afventer svar', from: '2026-08-05T07:00:00Z' }]);
    expect(resolutionClock(late, target, '2026-08-06T10:00:00Z')).toMatchObject({ state: 'paused', badge: 'overdue', due: '2026-08-04T13:30:00Z', consumedMinutes: 870 });
  });

  test('stopped at Løst or Lukket: met or missed; reopened, it runs again', () => {
    expect(resolutionClock(timing([{ status: 'Løst', from: '2026-08-04T10:00:00Z' }]), target, '2026-08-10T10:00:00Z'))
      .toMatchObject({ state: 'stopped', outcome: 'met', badge: 'none', consumedMinutes: 630 });
    expect(resolutionClock(timing([{ status: 'Lukket', from: '2026-08-05T07:00:00Z' }]), target, '2026-08-10T10:00:00Z'))
      .toMatchObject({ state: 'stopped', outcome: 'missed', due: '2026-08-04T13:30:00Z' });
    const reopened = timing([{ status: 'Løst', from: '2026-08-03T09:00:00Z' }, { status: 'Under behandling', from: '2026-08-04T06:30:00Z' }]);
    expect(resolutionClock(reopened, target, '2026-08-04T08:30:00Z')).toMatchObject({ state: 'running', consumedMinutes: 150 + 120 });
  });

  test('across the start of summer time', () => {
    const clock = resolutionClock({ received: '2026-03-27T12:00:00Z', history: [] }, hours(2), '2026-03-30T07:00:00Z');
    expect(clock).toMatchObject({ consumedMinutes: 90, badge: 'atRisk', due: '2026-03-30T07:30:00Z' });
  });

  test('history in any order; changes dated after now or before receipt are handled', () => {
    const shuffled = timing([paused.history[2], paused.history[0], paused.history[1]]);
    expect(resolutionClock(shuffled, target, '2026-08-05T08:30:00Z').due).toBe('2026-08-06T09:30:00Z');
    const future = timing([{ status: 'Løst', from: '2026-08-20T08:00:00Z' }]);
    expect(resolutionClock(future, target, '2026-08-03T12:00:00Z').state).toBe('running');
    const early = timing([{ status: 'Afventer svar', from: '2026-08-01T08:00:00Z' }]);
    expect(resolutionClock(early, target, '2026-08-03T12:00:00Z')).toMatchObject({ state: 'paused', consumedMinutes: 0 });
  });
});

describe('first response', () => {
  const received = '2026-08-03T06:30:00Z';

  test('recorded, or the first answer the history implies', () => {
    expect(effectiveFirstResponse({ received, history: [], firstResponseAt: '2026-08-03T09:00:00Z' })).toBe('2026-08-03T09:00:00Z');
    expect(effectiveFirstResponse({ received, history: [{ status: 'Under behandling', from: '2026-08-03T07:00:00Z' }, { status: 'Afventer svar', from: '2026-08-03T11:30:00Z' }] }))
      .toBe('2026-08-03T11:30:00Z');
    expect(effectiveFirstResponse({ received, history: [{ status: 'Under behandling', from: '2026-08-03T07:00:00Z' }] })).toBeUndefined();
    expect(recordFirstResponse(undefined, '2026-08-03T09:00:00Z')).toBe('2026-08-03T09:00:00Z');
    expect(recordFirstResponse('2026-08-03T09:00:00Z', '2026-08-04T09:00:00Z')).toBe('2026-08-03T09:00:00Z');
  });

  test('the clock stops at the first response', () => {
    expect(firstResponseClock({ received, history: [], firstResponseAt: '2026-08-03T09:00:00Z' }, hours(4), '2026-08-05T10:00:00Z'))
      .toMatchObject({ state: 'stopped', outcome: 'met', consumedMinutes: 150 });
    expect(firstResponseClock({ received, history: [{ status: 'Afventer svar', from: '2026-08-03T11:30:00Z' }] }, hours(4), '2026-08-05T10:00:00Z'))
      .toMatchObject({ state: 'stopped', outcome: 'missed', consumedMinutes: 300 });
    expect(firstResponseClock({ received, history: [] }, hours(4), '2026-08-03T12:00:00Z'))
      .toMatchObject({ state: 'running', badge: 'overdue', due: '2026-08-03T10:30:00Z', remainingMinutes: -90 });
  });
});
