import { completePlan, variant } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';
import type { Plan } from '../../../src/plan/schema';

const forms = (list: Plan['violenceForms']) =>
  variant(completePlan(), (p) => {
    p.violenceForms = list;
  });
const path = ['violenceForms'];

ruleTable(
  'honour-related-violence',
  [
    { name: 'all three forms among others', plan: completePlan() },
    { name: 'exactly the three forms', plan: forms(['negativ-sosial-kontroll', 'kjonnslemlestelse', 'tvangsekteskap']) },
  ],
  [
    {
      name: 'female genital mutilation missing',
      plan: forms(['tvangsekteskap', 'negativ-sosial-kontroll', 'aeresrelatert']),
      expected: [{ messageId: 'missing', path, params: { form: 'kjønnslemlestelse', form_nn: 'kjønnslemlesting' } }],
    },
    {
      name: 'only physical and psychological violence',
      plan: forms(['fysisk', 'psykisk']),
      expected: [
        { messageId: 'missing', path, params: { form: 'tvangsekteskap' } },
        { messageId: 'missing', path, params: { form: 'kjønnslemlestelse' } },
        { messageId: 'missing', path, params: { form: 'negativ sosial kontroll' } },
      ],
    },
  ],
);
