import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  electionYearsBetween,
  formatDate,
  formatShortDate,
  isElectionYear,
  isValidIsoDate,
  isValidPeriodDate,
  lastReportingYear,
  milestoneDate,
  periodEnd,
  periodStart,
  periodYears,
  reportingDate,
  milestoneStartDate,
  parseMilestoneWhen,
  parseNorwegianDate,
  parsePeriodDate,
  parseQuarter,
  todayInNorway,
  timeInNorway,
} from '../../src/plan/dates';
import { fill } from '../../src/plan/messages';

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const year = fc.integer({ min: 1000, max: 9999 });

describe('period bounds', () => {
  it('reads a year as 1 January at the start and 31 December at the end', () => {
    expect(periodStart('2027')).toBe('2027-01-01');
    expect(periodEnd('2027')).toBe('2027-12-31');
  });

  it('keeps full dates as they are', () => {
    expect(periodStart('2027-03-15')).toBe('2027-03-15');
    expect(periodEnd('2030-06-30')).toBe('2030-06-30');
  });

  it('periodEnd(year) is never before periodStart(year)', () => {
    fc.assert(fc.property(year, (y) => periodEnd(String(y)) >= periodStart(String(y))));
  });
});

describe('validation', () => {
  it.each(['2024-02-29', '2027-12-31', '2000-01-01'])('%s is a valid date', (d) => expect(isValidIsoDate(d)).toBe(true));
  it.each(['2023-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '27-01-01', '2027-1-1', '2027', ''])('%s is not a valid date', (d) =>
    expect(isValidIsoDate(d)).toBe(false),
  );
  it('accepts a bare year as a period date but not as a date', () => {
    expect(isValidPeriodDate('2027')).toBe(true);
    expect(isValidPeriodDate('2027-Q1')).toBe(false);
  });
});

describe('reporting years', () => {
  it('lastReportingYear counts the end year only when the plan runs to 31 December', () => {
    expect(lastReportingYear('2027-12-31')).toBe(2027);
    expect(lastReportingYear('2027-12-30')).toBe(2026);
    expect(lastReportingYear('2027-06-30')).toBe(2026);
  });

  it('lastReportingYear(end) is the largest Y with Y-12-31 <= end', () => {
    fc.assert(
      fc.property(isoDate, (end) => {
        const y = lastReportingYear(end);
        return reportingDate(y) <= end && reportingDate(y + 1) > end;
      }),
    );
  });

  it('reportingDate is 31 December', () => {
    expect(reportingDate(2026)).toBe('2026-12-31');
  });
});

describe('elections', () => {
  it('lists the kommunestyre election years in a range, inclusive', () => {
    expect(electionYearsBetween(2020, 2031)).toEqual([2023, 2027, 2031]);
    expect(electionYearsBetween(2023, 2023)).toEqual([2023]);
    expect(electionYearsBetween(2024, 2026)).toEqual([]);
    expect(electionYearsBetween(2019, 2019)).toEqual([2019]);
  });

  it('knows election years', () => {
    expect([2011, 2015, 2019, 2023, 2027, 2031].every(isElectionYear)).toBe(true);
    expect([2020, 2021, 2022, 2024, 2025, 2026].some(isElectionYear)).toBe(false);
  });

  it('electionYearsBetween agrees with isElectionYear, before 2019 too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), fc.integer({ min: 0, max: 40 }), (from, length) => {
        const to = from + length;
        const expected = Array.from({ length: length + 1 }, (_, i) => from + i).filter(isElectionYear);
        expect(electionYearsBetween(from, to)).toEqual(expected);
      }),
    );
  });
});

describe('arithmetic', () => {
  it('addMonths clamps to the last day of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2027-12-31', -12)).toBe('2026-12-31');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });

  it('addDays then daysBetween gives back the number of days', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
  });

  it('addDays crosses leap days and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-21', '2027-12-31')).toBe(405);
  });

  it('periodYears counts whole calendar years exactly, leap days or not', () => {
    expect(periodYears('2027-01-01', '2030-12-31')).toBe(4);
    expect(periodYears('2025-01-01', '2027-12-31')).toBe(3);
    expect(periodYears('2024-01-01', '2026-12-31')).toBe(3);
    expect(periodYears('2024-01-01', '2026-12-30')).toBeLessThan(3);
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 10 }), (start, n) => {
        const end = addDays(addMonths(start, 12 * n), -1);
        // From 29 February the anniversary is clamped to 28 February.
        if (start.endsWith('-02-29')) return;
        expect(periodYears(start, end)).toBe(n);
      }),
    );
  });
});

describe('milestones and formatting', () => {
  it('maps a quarter to its last day', () => {
    expect(milestoneDate('2027-Q1')).toBe('2027-03-31');
    expect(milestoneDate('2027-Q2')).toBe('2027-06-30');
    expect(milestoneDate('2027-Q3')).toBe('2027-09-30');
    expect(milestoneDate('2027-Q4')).toBe('2027-12-31');
    expect(milestoneDate('2027-05-17')).toBe('2027-05-17');
  });

  it('formats dates in bokmål and nynorsk', () => {
    expect(formatDate('2023-12-31', 'nb')).toBe('31. desember 2023');
    expect(formatDate('2023-12-31', 'nn')).toBe('31. desember 2023');
    expect(formatDate('2027-05-01')).toBe('1. mai 2027');
    expect(formatDate('2027')).toBe('2027');
    expect(formatDate('2027-Q2', 'nn')).toBe('2. kvartal 2027');
    expect(formatDate('ikke en dato')).toBe('ikke en dato');
    expect(formatShortDate('2027-12-31')).toBe('31.12.2027');
  });
});

describe('quarters and dates written in Norwegian', () => {
  it('reads a quarter however it is written, in the stored form 2027-Q3', () => {
    for (const text of ['3. kvartal 2027', '3. kv. 2027', '3.kvartal 2027', '3. Kvartal 2027', '3 kvartal 2027', '3. kv 2027', 'Q3 2027', 'q3 2027', '2027-Q3', '2027 Q3', '  3.  kvartal  2027 ']) {
      expect(parseQuarter(text), text).toBe('2027-Q3');
    }
    for (const text of ['5. kvartal 2027', '0. kvartal 2027', '3. kvartal 27', 'kvartal 2027', '2027', '2027-03-01', 'Q5 2027']) {
      expect(parseQuarter(text), text).toBeUndefined();
    }
  });

  it('reads a date as «1. mars 2027», «1.3.2027», «01.03.2027» or 2027-03-01', () => {
    for (const text of ['1. mars 2027', '1 mars 2027', '01.03.2027', '1.3.2027', '2027-03-01', '1. Mars 2027', '1. mar. 2027']) {
      expect(parseNorwegianDate(text), text).toBe('2027-03-01');
    }
    for (const text of ['31. februar 2027', '31.02.2027', '2027-02-31', '1. smars 2027', '1. ma 2027', 'mars 2027']) {
      expect(parseNorwegianDate(text), text).toBeUndefined();
    }
  });

  it('reads a milestone as a quarter or a date, and a period bound as a year or a date', () => {
    expect(parseMilestoneWhen('2. kv. 2028')).toBe('2028-Q2');
    expect(parseMilestoneWhen('15. juni 2028')).toBe('2028-06-15');
    expect(parseMilestoneWhen('2028')).toBeUndefined();
    expect(parsePeriodDate(' 2028 ')).toBe('2028');
    expect(parsePeriodDate('1. august 2028')).toBe('2028-08-01');
    expect(parsePeriodDate('3. kvartal 2028')).toBeUndefined();
  });

  it('gives a quarter its first and last day', () => {
    expect(milestoneStartDate('2027-Q3')).toBe('2027-07-01');
    expect(milestoneDate('2027-Q3')).toBe('2027-09-30');
    expect(milestoneStartDate('2027-05-05')).toBe('2027-05-05');
  });

  it('round-trips every quarter and date through the Norwegian text the page shows', () => {
    fc.assert(fc.property(isoDate, (d) => parseNorwegianDate(formatDate(d, 'nb')) === d && parseNorwegianDate(formatDate(d, 'nn')) === d));
    fc.assert(fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }), (y, q) => parseQuarter(formatDate(`${y}-Q${q}`)) === `${y}-Q${q}`));
  });

  it('writes dates and quarters in messages in Norwegian, never in the stored form', () => {
    expect(fill('Frist {date}, milepæl {when}, år {year}', { date: '2025-03-01', when: '2027-Q3', year: 2027 })).toBe('Frist 1. mars 2025, milepæl 3. kvartal 2027, år 2027');
  });
});

describe('todayInNorway', () => {
  const byIntl = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(d);

  it('is the date on a Norwegian clock around midnight, in winter and in summer time', () => {
    expect(todayInNorway(new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15');
    expect(todayInNorway(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
    expect(todayInNorway(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(todayInNorway(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(todayInNorway(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('switches to summer time on the last Sunday of March and back on the last Sunday of October at 01:00 UTC', () => {
    // 2026: 29 March and 25 October.
    expect(todayInNorway(new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-28'); // 23:30 winter time
    expect(todayInNorway(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30'); // 00:30 summer time
    expect(todayInNorway(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25'); // 00:30 summer time
    expect(todayInNorway(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25'); // 23:30 winter time
  });

  it('agrees with the time zone database on every hour from 2025 to 2030', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2031, 0, 1); t += 60 * 60_000) {
      const d = new Date(t);
      if (todayInNorway(d) !== byIntl(d)) wrong.push(d.toISOString());
    }
    expect(wrong).toEqual([]);
  });
});

describe('timeInNorway', () => {
  it('is the time on a Norwegian clock, in winter and in summer time', () => {
    expect(timeInNorway(new Date('2026-01-15T13:05:00Z'))).toBe('14:05');
    expect(timeInNorway(new Date('2026-07-01T13:05:59Z'))).toBe('15:05');
    expect(timeInNorway(new Date('2026-12-31T23:30:00Z'))).toBe('00:30');
  });

  it('writes the time as the browser\'s nb-NO format does, on every 37 minutes from 2025 to 2030', () => {
    const byIntl = (d: Date) => d.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' });
    const wrong: string[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2031, 0, 1); t += 37 * 60_000) {
      const d = new Date(t);
      if (timeInNorway(d) !== byIntl(d)) wrong.push(d.toISOString());
    }
    expect(wrong).toEqual([]);
  });
});
