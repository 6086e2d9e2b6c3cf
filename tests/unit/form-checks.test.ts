import { describe, expect, it } from 'vitest';
import { formProblems, reportingYearError } from '../../src/wizard/form-checks';
import { normalize } from '../../src/wizard/normalize';

/** The problems of a plan as typed in the builder's form. */
const problems = (values: Record<string, unknown>) =>
  formProblems(normalize({ title: 'Handlingsplan', ...values })).map((p) => [p.path.join('.'), p.key, p.params ?? {}]);

const measure = (fields: Record<string, unknown>) => ({ id: 'm1', description: 'Kurs', milestones: [], ...fields });

describe('the form: required title', () => {
  it('asks for a title when it is empty or blank', () => {
    expect(formProblems(normalize({ title: '' })).map((p) => [p.path, p.key])).toEqual([[['title'], 'form.error.title']]);
    expect(formProblems(normalize({ title: '   ' })).map((p) => p.key)).toEqual(['form.error.title']);
    expect(formProblems(normalize({ title: 'Plan 2027–2030' }))).toEqual([]);
  });
});

describe('the form: the plan period', () => {
  it('reports an end before the start at the end field, with both dates', () => {
    expect(problems({ period: { start: '2030', end: '2027' } })).toEqual([
      ['period.end', 'form.error.endBeforeStart', { start: '2030-01-01', end: '2027-12-31' }],
    ]);
    expect(problems({ period: { start: '1. mars 2027', end: '28.02.2027' } })).toEqual([
      ['period.end', 'form.error.endBeforeStart', { start: '2027-03-01', end: '2027-02-28' }],
    ]);
  });

  it('accepts a period of one year, and a period with one bound missing', () => {
    expect(problems({ period: { start: '2027', end: '2027' } })).toEqual([]);
    expect(problems({ period: { start: '2027' } })).toEqual([]);
    expect(problems({ period: { end: '2027' } })).toEqual([]);
  });
});

describe('the form: deadlines and milestones inside the plan period', () => {
  const period = { start: '2027', end: '2030' };

  it('reports a deadline before the start or after the end', () => {
    expect(problems({ period, measures: [measure({ deadline: '2026-12-31' })] })).toEqual([
      ['measures.0.deadline', 'form.error.deadlineBeforeStart', { date: '2026-12-31', start: '2027-01-01', end: '2030-12-31' }],
    ]);
    expect(problems({ period, measures: [measure({ deadline: '2031-01-01' })] })).toEqual([
      ['measures.0.deadline', 'form.error.deadlineAfterEnd', { date: '2031-01-01', start: '2027-01-01', end: '2030-12-31' }],
    ]);
    expect(problems({ period, measures: [measure({ deadline: '2027-01-01' }), measure({ deadline: '2030-12-31' })] })).toEqual([]);
  });

  it('counts a roll-over as the end', () => {
    const rolled = { ...period, rollovers: [{ id: 'r1', newEnd: '2031' }] };
    expect(problems({ period: rolled, measures: [measure({ deadline: '2031-06-01' })] })).toEqual([]);
  });

  it('reports a milestone outside the period, a quarter as inside when any of its days is', () => {
    const when = (w: string) => problems({ period: { start: '2027-03-01', end: '2030' }, measures: [measure({ milestones: [{ id: 'x', text: 'Start', when: w }] })] });
    expect(when('4. kvartal 2026')).toEqual([
      ['measures.0.milestones.0.when', 'form.error.milestoneBeforeStart', { date: '2026-Q4', start: '2027-03-01', end: '2030-12-31' }],
    ]);
    expect(when('1. kvartal 2027')).toEqual([]);
    expect(when('Q1 2031')).toEqual([
      ['measures.0.milestones.0.when', 'form.error.milestoneAfterEnd', { date: '2031-Q1', start: '2027-03-01', end: '2030-12-31' }],
    ]);
    expect(when('2030-12-31')).toEqual([]);
  });

  it('judges nothing against a period that is missing or inside out', () => {
    expect(problems({ measures: [measure({ deadline: '1999-01-01' })] })).toEqual([]);
    expect(problems({ period: { start: '2030', end: '2027' }, measures: [measure({ deadline: '2040-01-01' })] }).map((p) => p[1])).toEqual(['form.error.endBeforeStart']);
  });
});

describe('the reporting year', () => {
  it('is four digits from 2000 to 2100', () => {
    for (const ok of ['2000', '2026', ' 2100 ', 2050]) expect(reportingYearError(ok), String(ok)).toBeUndefined();
    for (const bad of ['1999', '2101', '202', '20261', 'tjue', '', undefined, 1999]) expect(reportingYearError(bad), String(bad)).toBe('error.year');
  });
});
