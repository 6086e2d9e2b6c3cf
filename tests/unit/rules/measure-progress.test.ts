import { completePlan, variant, withMeasure } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const untimed = { deadline: undefined, milestones: [] };

ruleTable(
  'measure-progress',
  [
    { name: 'every measure has a deadline or milestones', plan: completePlan() },
    { name: 'a measure with a milestone only', plan: withMeasure(completePlan(), 0, { deadline: undefined, milestones: [{ id: 'ms9', text: 'Kurs holdt', when: '2025-Q4' }] }) },
    { name: 'a measure with a deadline only', plan: withMeasure(completePlan(), 1, { deadline: '2026-06-30', milestones: [] }) },
  ],
  [
    {
      name: 'the first measure has neither deadline nor milestone',
      plan: withMeasure(completePlan(), 0, untimed),
      expected: [{ messageId: 'noTiming', path: ['measures', 0, 'deadline'], params: { n: 1 } }],
    },
    {
      name: 'the third measure has neither',
      plan: withMeasure(completePlan(), 2, untimed),
      expected: [{ messageId: 'noTiming', path: ['measures', 2, 'deadline'], params: { n: 3 } }],
    },
    {
      name: 'the second and third measures have neither',
      plan: withMeasure(withMeasure(completePlan(), 1, untimed), 2, untimed),
      expected: [
        { messageId: 'noTiming', path: ['measures', 1, 'deadline'], params: { n: 2 } },
        { messageId: 'noTiming', path: ['measures', 2, 'deadline'], params: { n: 3 } },
      ],
    },
  ],
  [
    {
      name: 'a plan without measures (has-measures reports that)',
      plan: variant(completePlan(), (p) => {
        p.measures = [];
      }), reason: 'nothing' },
  ],
);
