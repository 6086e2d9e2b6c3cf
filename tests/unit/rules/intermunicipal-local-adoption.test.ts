import { completePlan, intermunicipalPlan, withAdoption } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const status = (i: number) => ['municipalities', i, 'adoption', 'status'];
const body = (i: number) => ['municipalities', i, 'adoption', 'body'];

ruleTable(
  'intermunicipal-local-adoption',
  [
    { name: 'every kommunestyre adopted', plan: intermunicipalPlan(4) },
    { name: 'a planned kommunestyre decision', plan: withAdoption(intermunicipalPlan(4), 3, { status: 'planlagt', date: '2027-02-01' }) },
  ],
  [
    {
      name: 'one municipality has not planned its decision',
      plan: withAdoption(intermunicipalPlan(4), 1, { status: 'ikke-startet' }),
      expected: [{ messageId: 'notPlanned', path: status(1), municipalityId: 'k2', params: { municipality: 'Nordholm kommune' } }],
    },
    {
      name: 'adopted by formannskap instead of kommunestyre',
      plan: withAdoption(intermunicipalPlan(4), 2, { body: 'formannskap' }),
      expected: [{ messageId: 'notCouncil', path: body(2), municipalityId: 'k3' }],
    },
    {
      name: 'an administrative decision',
      plan: withAdoption(intermunicipalPlan(4), 0, { body: 'administrativt' }),
      expected: [{ messageId: 'notCouncil', path: body(0), municipalityId: 'k1' }],
    },
    {
      name: 'planned without a body',
      plan: withAdoption(intermunicipalPlan(4), 3, { status: 'planlagt', body: undefined }),
      expected: [{ messageId: 'notCouncil', path: body(3), municipalityId: 'k4' }],
    },
  ],
  [
    { name: 'a single-municipality plan adopted by formannskap', plan: withAdoption(completePlan(), 0, { body: 'formannskap' }), reason: 'not-applicable' },
  ],
);
