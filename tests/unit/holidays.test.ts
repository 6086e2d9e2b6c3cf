import { describe, expect, it } from 'vitest';
import { easterSunday, isWorkingDay, publicHolidays, workingDayOnOrAfter, workingDayOnOrBefore } from '../../src/plan/holidays';

/** Norwegian public holidays 2027–2031, written out by hand from the almanac (Easter Sundays 28.3., 16.4., 1.4., 21.4., 13.4.). */
export const HOLIDAYS_2027_2031: Record<number, string[]> = {
  2027: ['01-01', '03-25', '03-26', '03-28', '03-29', '05-01', '05-06', '05-16', '05-17', '12-25', '12-26'],
  2028: ['01-01', '04-13', '04-14', '04-16', '04-17', '05-01', '05-17', '05-25', '06-04', '06-05', '12-25', '12-26'],
  2029: ['01-01', '03-29', '03-30', '04-01', '04-02', '05-01', '05-10', '05-17', '05-20', '05-21', '12-25', '12-26'],
  2030: ['01-01', '04-18', '04-19', '04-21', '04-22', '05-01', '05-17', '05-30', '06-09', '06-10', '12-25', '12-26'],
  2031: ['01-01', '04-10', '04-11', '04-13', '04-14', '05-01', '05-17', '05-22', '06-01', '06-02', '12-25', '12-26'],
};

describe('Norwegian public holidays', () => {
  it.each([
    [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2027, '2027-03-28'], [2028, '2028-04-16'],
    [2029, '2029-04-01'], [2030, '2030-04-21'], [2031, '2031-04-13'], [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each(Object.entries(HOLIDAYS_2027_2031))('gives every holiday of %s, Easter and Pentecost included', (year, days) => {
    // 2027: Whit Monday falls on 17 May, so the year has one date fewer.
    expect([...new Set(publicHolidays(Number(year)))]).toEqual(days.map((d) => `${year}-${d}`));
  });

  it('moves a date off weekends and holidays, before or after', () => {
    expect(isWorkingDay('2027-03-24')).toBe(true);
    expect(workingDayOnOrBefore('2027-03-29')).toBe('2027-03-24'); // Easter Monday → the Wednesday before Maundy Thursday
    expect(workingDayOnOrAfter('2027-03-25')).toBe('2027-03-30');
    expect(workingDayOnOrBefore('2028-12-31')).toBe('2028-12-29');
    expect(workingDayOnOrAfter('2027-01-01')).toBe('2027-01-04');
    expect(workingDayOnOrBefore('2027-06-30')).toBe('2027-06-30');
  });
});
