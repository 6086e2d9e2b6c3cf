import { completePlan, withFollowUp, withPeriod } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const path = ['followUp', 'finalEvaluation'];

ruleTable(
  'final-evaluation-before-end',
  [
    { name: 'final evaluation before the end', plan: completePlan() },
    { name: 'final evaluation on the last day', plan: withFollowUp(completePlan(), { finalEvaluation: '2027-12-31' }) },
    {
      name: 'after the stated end but before a roll-over end',
      plan: withPeriod(withFollowUp(completePlan(), { finalEvaluation: '2028-06-01' }), { rollovers: [{ id: 'r1', body: 'kommunestyre', newEnd: '2028' }] }),
    },
    {
      name: 'no stated end: the final evaluation is itself the end',
      plan: withFollowUp(withPeriod(completePlan(), { end: undefined }), { revisionDate: undefined }),
    },
  ],
  [
    { name: 'no final evaluation', plan: withFollowUp(completePlan(), { finalEvaluation: undefined }), expected: [{ messageId: 'missing', path }] },
    {
      name: 'final evaluation the day after the end',
      plan: withFollowUp(completePlan(), { finalEvaluation: '2028-01-01' }),
      expected: [{ messageId: 'afterEnd', path, params: { date: '2028-01-01', end: '2027-12-31' } }],
    },
    {
      name: 'no stated end and a revision date before the final evaluation',
      plan: withPeriod(completePlan(), { end: undefined }),
      expected: [{ messageId: 'afterEnd', path, params: { date: '2027-09-30', end: '2027-03-01' } }],
    },
  ],
);
