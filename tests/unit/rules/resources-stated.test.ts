import { completePlan, variant, withMeasure } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

ruleTable(
  'resources-stated',
  [
    { name: 'every measure states its resources', plan: completePlan() },
    { name: 'needs funding with an amount', plan: withMeasure(completePlan(), 0, { resources: { kind: 'krever-midler', amount: 100_000 } }) },
    { name: 'needs funding, amount zero', plan: withMeasure(completePlan(), 0, { resources: { kind: 'krever-midler', amount: 0 } }) },
    { name: 'within budget without amount', plan: withMeasure(completePlan(), 1, { resources: { kind: 'innenfor-budsjett' } }) },
  ],
  [
    {
      name: 'no resources on the second measure',
      plan: withMeasure(completePlan(), 1, { resources: {} }),
      expected: [{ messageId: 'missing', path: ['measures', 1, 'resources', 'kind'], params: { n: 2 } }],
    },
    {
      name: 'an amount without a kind',
      plan: withMeasure(completePlan(), 0, { resources: { amount: 5000 } }),
      expected: [{ messageId: 'missing', path: ['measures', 0, 'resources', 'kind'], params: { n: 1 } }],
    },
    {
      name: 'needs funding without an amount',
      plan: withMeasure(completePlan(), 2, { resources: { kind: 'krever-midler' } }),
      expected: [{ messageId: 'noAmount', path: ['measures', 2, 'resources', 'amount'], params: { n: 3 } }],
    },
  ],
  [
    { name: 'a plan without measures (has-measures reports that)', plan: variant(completePlan(), (p) => { p.measures = []; }), reason: 'nothing' },
  ],
);
