import { completePlan, withFollowUp } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const path = ['followUp', 'publication', 'onWebsite'];

ruleTable(
  'published-on-website',
  [
    { name: 'published with a url', plan: completePlan() },
    { name: 'published without a url', plan: withFollowUp(completePlan(), { publication: { onWebsite: true } }) },
  ],
  [
    { name: 'not published', plan: withFollowUp(completePlan(), { publication: { onWebsite: false } }), expected: [{ messageId: 'missing', path }] },
    {
      name: 'a url alone is not a decision to publish',
      plan: withFollowUp(completePlan(), { publication: { onWebsite: false, url: 'https://www.fjordvik.kommune.no' } }),
      expected: [{ messageId: 'missing', path }],
    },
  ],
);
