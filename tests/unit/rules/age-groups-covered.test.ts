import { completePlan, variant } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';
import type { Plan } from '../../../src/plan/schema';

const groups = (list: Plan['targetGroups']) =>
  variant(completePlan(), (p) => {
    p.targetGroups = list;
  });
const path = ['targetGroups'];

ruleTable(
  'age-groups-covered',
  [
    { name: 'children, adults and elderly', plan: completePlan() },
    { name: 'exactly the three age groups', plan: groups(['eldre', 'voksne', 'barn-og-unge']) },
  ],
  [
    {
      name: 'elderly missing',
      plan: groups(['barn-og-unge', 'voksne', 'lhbt']),
      expected: [{ messageId: 'missing', path, params: { group: 'eldre', group_nn: 'eldre' } }],
    },
    {
      name: 'only elderly',
      plan: groups(['eldre']),
      expected: [
        { messageId: 'missing', path, params: { group: 'barn og unge', group_nn: 'born og unge' } },
        { messageId: 'missing', path, params: { group: 'voksne', group_nn: 'vaksne' } },
      ],
    },
    { name: 'no target groups', plan: groups([]), expected: [1, 2, 3].map(() => ({ messageId: 'missing', path })) },
  ],
);
