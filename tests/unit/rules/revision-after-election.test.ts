import { completePlan, withFollowUp, withPeriod } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const noPoints = withFollowUp(completePlan(), { midTermEvaluation: undefined, finalEvaluation: undefined, revisionDate: undefined });
const p2022 = withPeriod(noPoints, { start: '2022', end: '2026' });
const at = (revisionDate: string) => withFollowUp(p2022, { revisionDate });
const missing = (year: number) => ({ messageId: 'missing', path: ['followUp', 'revisionDate'], params: { year, nextYear: year + 1 } });

ruleTable(
  'revision-after-election',
  [
    { name: 'the complete 2024–2027 plan', plan: completePlan() },
    { name: 'a 2022–2026 plan revised in 2024', plan: at('2024-06-01') },
    { name: 'a point on 1 September of the election year', plan: at('2023-09-01') },
    { name: 'a point on 31 December of the year after', plan: at('2024-12-31') },
    { name: 'a mid-term evaluation as the point', plan: withFollowUp(p2022, { midTermEvaluation: '2024-03-01' }) },
    {
      name: 'a roll-over decision as the point',
      plan: withPeriod(p2022, { rollovers: [{ id: 'r1', body: 'kommunestyre', decidedOn: '2024-02-01', newEnd: '2026' }] }),
    },
    { name: 'a 2024–2026 plan: no election inside', plan: withPeriod(noPoints, { start: '2024', end: '2026' }) },
    { name: 'a 2025–2028 plan: its end follows the 2027 election', plan: withPeriod(noPoints, { start: '2025', end: '2028' }) },
    { name: 'no end: nothing to judge', plan: withPeriod(noPoints, { start: '2022', end: undefined }) },
  ],
  [
    { name: 'a 2022–2026 plan without any point', plan: p2022, expected: [missing(2023)] },
    { name: 'a point on 31 August of the election year', plan: at('2023-08-31'), expected: [missing(2023)] },
    { name: 'a point on 1 January two years after', plan: at('2025-01-01'), expected: [missing(2023)] },
    { name: 'a 2023–2025 plan without a point', plan: withPeriod(noPoints, { start: '2023', end: '2025' }), expected: [missing(2023)], options: { reportingYear: 2025, today: '2025-03-01' } },
    {
      name: 'a 2020–2029 plan revised after 2023 only',
      plan: withFollowUp(withPeriod(noPoints, { start: '2020', end: '2029' }), { revisionDate: '2024-05-01' }),
      expected: [missing(2027)],
    },
    { name: 'a 2020–2029 plan without points', plan: withPeriod(noPoints, { start: '2020', end: '2029' }), expected: [missing(2023), missing(2027)] },
  ],
  [
    { name: 'a plan without a period or dates', plan: withFollowUp(withPeriod(completePlan(), { start: undefined, end: undefined }), { finalEvaluation: undefined, revisionDate: undefined, midTermEvaluation: undefined }), reason: 'nothing' },
    { name: 'a period that ends before it starts', plan: withPeriod(completePlan(), { start: '2027', end: '2024' }), reason: 'nothing' },
      { name: 'a plan that ended before today (its next step is a new plan, not dates in its past)', plan: withPeriod(completePlan(), { start: '2019', end: '2022' }), reason: 'not-applicable' },
  ],
);
