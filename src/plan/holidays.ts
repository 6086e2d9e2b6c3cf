/**
 * Norwegian public holidays (helligdager, lov om helligdager og helligdagsfred § 1, and
 * 1 and 17 May as public holidays by lov 26. april 1947 nr. 1) and working days, for the calendar
 * export: no reminder should fall on a day the offices are closed.
 *
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), tested against
 * known years in tests/unit/holidays.test.ts.
 */
import { addDays, type IsoDate } from './dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday of `year` in the Gregorian calendar, as YYYY-MM-DD. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The public holidays of `year`: fixed days, and the days that follow Easter. */
export function publicHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  return [
    `${year}-01-01`,
    addDays(easter, -3), // skjærtorsdag
    addDays(easter, -2), // langfredag
    easter, // første påskedag
    addDays(easter, 1), // andre påskedag
    `${year}-05-01`,
    `${year}-05-17`,
    addDays(easter, 39), // Kristi himmelfartsdag
    addDays(easter, 49), // første pinsedag
    addDays(easter, 50), // andre pinsedag
    `${year}-12-25`,
    `${year}-12-26`,
  ].sort();
}

const cache = new Map<number, Set<IsoDate>>();
export function isPublicHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  if (!cache.has(year)) cache.set(year, new Set(publicHolidays(year)));
  return cache.get(year)!.has(date);
}

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 || day === 6;
}

export const isWorkingDay = (date: IsoDate) => !isWeekend(date) && !isPublicHoliday(date);

/** The date itself if it is a working day, else the last working day before it (a deadline is met early, not late). */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** The date itself if it is a working day, else the first working day after it. */
export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}
