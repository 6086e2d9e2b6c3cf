import { completePlan, withFollowUp, withPeriod } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const span = (start: string, end: string) => withPeriod(completePlan(), { start, end });
const path = ['period', 'end'];

ruleTable(
  'period-length',
  [
    { name: 'four years (2024–2027)', plan: completePlan() },
    { name: 'exactly one year', plan: span('2026-01-01', '2026-12-31') },
    { name: 'exactly one leap year', plan: span('2024', '2024') },
    { name: 'exactly six years', plan: span('2024', '2029') },
    { name: 'end before start (stated-period reports it)', plan: span('2027', '2025') },
    { name: 'no end', plan: withPeriod(completePlan(), { end: undefined }) },
  ],
  [
    { name: 'seven years', plan: span('2024', '2030'), expected: [{ messageId: 'tooLong', path, params: { years: 7 } }] },
    { name: 'six years and a month', plan: span('2024-01-01', '2030-01-31'), expected: [{ messageId: 'tooLong', path, params: { years: 6.1 } }] },
    { name: 'half a year', plan: span('2026-01-01', '2026-06-30'), expected: [{ messageId: 'tooShort', path }] },
    {
      name: 'a six-year plan rolled over to eight years',
      plan: withPeriod(span('2024', '2029'), { rollovers: [{ id: 'r1', body: 'kommunestyre', newEnd: '2031' }] }),
      expected: [{ messageId: 'tooLong', path, params: { years: 8 } }],
    },
  ],
  [
    { name: 'a plan without a period or dates', plan: withFollowUp(withPeriod(completePlan(), { start: undefined, end: undefined }), { finalEvaluation: undefined, revisionDate: undefined, midTermEvaluation: undefined }), reason: 'nothing' },
    { name: 'a period that ends before it starts', plan: withPeriod(completePlan(), { start: '2027', end: '2024' }), reason: 'nothing' },
  ],
);
