import { completePlan, withFollowUp } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const path = ['followUp', 'councilReporting'];

ruleTable(
  'annual-council-reporting',
  [{ name: 'annual reporting', plan: withFollowUp(completePlan(), { councilReporting: 'arlig' }) }],
  [
    { name: 'reporting only at the end', plan: withFollowUp(completePlan(), { councilReporting: 'ved-slutt' }), expected: [{ messageId: 'missing', path }] },
    { name: 'no reporting', plan: withFollowUp(completePlan(), { councilReporting: 'ingen' }), expected: [{ messageId: 'missing', path }] },
    { name: 'reporting not stated', plan: withFollowUp(completePlan(), { councilReporting: undefined }), expected: [{ messageId: 'missing', path }] },
  ],
);
