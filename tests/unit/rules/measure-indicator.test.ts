import { completePlan, variant, withMeasure } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

ruleTable(
  'measure-indicator',
  [
    { name: 'every measure has an indicator', plan: completePlan() },
    { name: 'a short indicator', plan: withMeasure(completePlan(), 0, { indicator: 'Antall' }) },
  ],
  [
    {
      name: 'no indicator on the first measure',
      plan: withMeasure(completePlan(), 0, { indicator: undefined }),
      expected: [{ messageId: 'missing', path: ['measures', 0, 'indicator'], params: { n: 1 } }],
    },
    {
      name: 'a blank indicator on the third measure',
      plan: withMeasure(completePlan(), 2, { indicator: '  \n' }),
      expected: [{ messageId: 'missing', path: ['measures', 2, 'indicator'], params: { n: 3 } }],
    },
    {
      name: 'two measures without indicators',
      plan: withMeasure(withMeasure(completePlan(), 0, { indicator: '' }), 1, { indicator: undefined }),
      expected: [
        { messageId: 'missing', path: ['measures', 0, 'indicator'], params: { n: 1 } },
        { messageId: 'missing', path: ['measures', 1, 'indicator'], params: { n: 2 } },
      ],
    },
  ],
  [
    { name: 'a plan without measures (has-measures reports that)', plan: variant(completePlan(), (p) => { p.measures = []; }), reason: 'nothing' },
  ],
);
