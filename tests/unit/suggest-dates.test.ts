import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestFirstOfMonth, suggestDates, type SuggestedField } from '../../src/wizard/suggest-dates';

const dateOf = (s: ReturnType<typeof suggestDates>, field: SuggestedField) => s.filter((x) => x.field === field).map((x) => x.date);

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('suggestDates', () => {
  it('suggests nothing until both bounds are valid and in order', () => {
    expect(suggestDates(undefined, '2030')).toEqual([]);
    expect(suggestDates('2027', undefined)).toEqual([]);
    expect(suggestDates('2027', '20301')).toEqual([]);
    expect(suggestDates('2027-02-30', '2030')).toEqual([]);
    expect(suggestDates('2031', '2030')).toEqual([]);
  });

  it('suggests the middle, six months before the end and 1 February after the election', () => {
    expect(suggestDates('2027', '2030')).toEqual([
      { field: 'midTermEvaluation', date: '2029-01-01' },
      { field: 'finalEvaluation', date: '2030-06-30' },
      { field: 'revisionDate', date: '2028-02-01', electionYear: 2027 },
    ]);
  });

  it('reads dates as well as years', () => {
    const s = suggestDates('2025-03-01', '2029-02-28');
    expect(dateOf(s, 'midTermEvaluation')).toEqual(['2027-03-01']);
    expect(dateOf(s, 'finalEvaluation')).toEqual(['2028-08-28']);
    expect(dateOf(s, 'revisionDate')).toEqual(['2028-02-01']);
  });

  it('suggests a revision after every election inside the period', () => {
    const s = suggestDates('2019', '2030');
    expect(s.filter((x) => x.field === 'revisionDate')).toEqual([
      { field: 'revisionDate', date: '2020-02-01', electionYear: 2019 },
      { field: 'revisionDate', date: '2024-02-01', electionYear: 2023 },
      { field: 'revisionDate', date: '2028-02-01', electionYear: 2027 },
    ]);
  });

  it('leaves out a revision date that falls after the end', () => {
    expect(dateOf(suggestDates('2024', '2027'), 'revisionDate')).toEqual([]);
    expect(dateOf(suggestDates('2024', '2028-01-31'), 'revisionDate')).toEqual([]);
    expect(dateOf(suggestDates('2024', '2028-02-01'), 'revisionDate')).toEqual(['2028-02-01']);
  });

  it('leaves out what does not fit in a very short period', () => {
    expect(suggestDates('2027-03-10', '2027-03-20')).toEqual([]);
    expect(suggestDates('2027-03-01', '2027-03-31')).toEqual([{ field: 'midTermEvaluation', date: '2027-03-01' }]);
  });

  it('keeps every suggestion inside the period, with the midterm before the final evaluation', () => {
    fc.assert(fc.property(isoDate, isoDate, (a, b) => {
      const [start, end] = a <= b ? [a, b] : [b, a];
      const s = suggestDates(start, end);
      for (const x of s) {
        expect(x.date >= start && x.date <= end).toBe(true);
        if (x.field === 'midTermEvaluation') expect(x.date.slice(8)).toBe('01');
        if (x.field === 'revisionDate') {
          // Kommunestyre elections every four years (1999, 2003, …, 2019, 2023, 2027, …).
          expect((((x.electionYear! - 2019) % 4) + 4) % 4).toBe(0);
          expect(x.date).toBe(`${x.electionYear! + 1}-02-01`);
        }
      }
      const [mid] = dateOf(s, 'midTermEvaluation');
      const [final] = dateOf(s, 'finalEvaluation');
      if (mid && final && end >= `${Number(start.slice(0, 4)) + 2}${start.slice(4)}`) expect(mid < final).toBe(true);
    }));
  });
});

describe('nearestFirstOfMonth', () => {
  it('rounds the first half of a month down and the rest up', () => {
    expect(nearestFirstOfMonth('2028-12-31')).toBe('2029-01-01');
    expect(nearestFirstOfMonth('2028-06-15')).toBe('2028-06-01');
    expect(nearestFirstOfMonth('2028-06-16')).toBe('2028-07-01');
  });
});
