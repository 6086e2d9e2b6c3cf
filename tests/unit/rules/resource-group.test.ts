import { completePlan, withFollowUp } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const group = (established: boolean, continuesThroughPeriod: boolean) =>
  withFollowUp(completePlan(), { resourceGroup: { established, continuesThroughPeriod } });

ruleTable(
  'resource-group',
  [{ name: 'established and continuing', plan: group(true, true) }],
  [
    { name: 'no resource group', plan: group(false, false), expected: [{ messageId: 'missing', path: ['followUp', 'resourceGroup', 'established'] }] },
    {
      name: 'continuing but not established',
      plan: group(false, true),
      expected: [{ messageId: 'missing', path: ['followUp', 'resourceGroup', 'established'] }],
    },
    {
      name: 'established but not through the period',
      plan: group(true, false),
      expected: [{ messageId: 'notThroughout', path: ['followUp', 'resourceGroup', 'continuesThroughPeriod'] }],
    },
  ],
);
