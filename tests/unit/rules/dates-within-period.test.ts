import { completePlan, variant, withMeasure } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

// Fjordvik's plan runs 1 January 2024 – 31 December 2027.
ruleTable(
  'dates-within-period',
  [
    { name: 'every deadline and milestone inside the period', plan: completePlan() },
    { name: 'a deadline on the last day of the period', plan: withMeasure(completePlan(), 0, { deadline: '2027-12-31' }) },
    { name: 'a milestone in the last quarter of the period', plan: withMeasure(completePlan(), 1, { milestones: [{ id: 'ms1', text: 'Evaluert', when: '2027-Q4' }] }) },
    {
      name: 'a deadline after the end, within a roll-over',
      plan: variant(withMeasure(completePlan(), 0, { deadline: '2028-06-30' }), (p) => {
        p.period.rollovers = [{ id: 'r1', decidedOn: '2027-06-01', body: 'kommunestyre', newEnd: '2028-12-31' }];
      }),
    },
  ],
  [
    {
      name: 'a deadline after the end (a typing slip: 2037)',
      plan: withMeasure(completePlan(), 0, { deadline: '2037-06-30' }),
      expected: [{ messageId: 'deadline', path: ['measures', 0, 'deadline'], params: { n: 1, date: '2037-06-30', start: '2024-01-01', end: '2027-12-31' } }],
    },
    {
      name: 'a milestone before the start',
      plan: withMeasure(completePlan(), 1, { milestones: [{ id: 'ms1', text: 'Avtale inngått', when: '2023-Q2' }] }),
      expected: [{ messageId: 'milestone', path: ['measures', 1, 'milestones', 0, 'when'], params: { n: 2, text: 'Avtale inngått' } }],
    },
  ],
  [
    { name: 'a plan without measures', plan: variant(completePlan(), (p) => { p.measures = []; }), reason: 'nothing' },
  ],
);
