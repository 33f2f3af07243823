import type { IPersonRef, IsoDate } from '../../src/domain/models';
import type { IPeopleService } from '../../src/services';
import { addDays, formatIsoDate, isoWeekday, daysInMonth, toDateParts } from '../../src/domain/dates';
import { nextBusinessDay } from '../../src/domain/businessDays';

/** The demo people by role (the local site's directory). */
export interface IDemoPeople {
  /** Mette Kjær, forretningskoordinator — the coordinator the seed runs as. */
  mette: IPersonRef;
  /** Lars Holm, sekretariatschef. */
  lars: IPersonRef;
  /** Anne Sørensen, bestyrelsesmedlem. */
  anne: IPersonRef;
  /** Jonas Berg, kommunikationskonsulent. */
  jonas: IPersonRef;
  /** Sofie Dahl, læser. */
  sofie: IPersonRef;
}

/** The demo people's sign-in names. */
export const DEMO_EMAILS: Readonly<Record<keyof IDemoPeople, string>> = {
  mette: 'mette.kjaer@os2.eu',
  lars: 'lars.holm@os2.eu',
  anne: 'anne.sorensen@os2.eu',
  jonas: 'jonas.berg@os2.eu',
  sofie: 'sofie.dahl@os2.eu'
};

/** What every part of the demo seed shares: the day it is seeded for, the people, and a log. */
export interface ISeedContext {
  /** Today in Copenhagen. Every date in the demo is relative to it. */
  today: IsoDate;
  /** The current (calendar) year of `today`. */
  year: number;
  people: IDemoPeople;
  log: (line: string) => void;
}

/** Makes sure every demo person is a site user and returns the references person columns store. */
export async function resolvePeople(people: IPeopleService): Promise<IDemoPeople> {
  const [mette, lars, anne, jonas, sofie] = await Promise.all([
    people.ensure(DEMO_EMAILS.mette), people.ensure(DEMO_EMAILS.lars), people.ensure(DEMO_EMAILS.anne),
    people.ensure(DEMO_EMAILS.jonas), people.ensure(DEMO_EMAILS.sofie)
  ]);
  return { mette, lars, anne, jonas, sofie };
}

/**
 * The `n`th ISO weekday (1 = Monday … 7 = Sunday) of a month; `n = -1` is the last. How the demo places meetings
 * ("the second Thursday of February") so they fall on plausible weekdays in any year.
 */
export function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  if (n > 0) {
    const first = formatIsoDate(year, month, 1);
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = formatIsoDate(year, month, daysInMonth(year, month));
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** A weekday meeting day moved past public holidays and closing days (Kristi himmelfart is a Thursday). */
export function meetingDay(year: number, month: number, weekday: number, n: number): IsoDate {
  return nextBusinessDay(nthWeekday(year, month, weekday, n));
}

/** The same month and day in another year (29 February becomes 28 February in a common year). */
export function inYear(date: IsoDate, year: number): IsoDate {
  const { month, day } = toDateParts(date);
  return formatIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}
