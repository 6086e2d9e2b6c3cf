import { completePlan, intermunicipalPlan, withAdoption } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const body = (i: number) => ['municipalities', i, 'adoption', 'body'];

ruleTable(
  'council-adoption',
  [
    { name: 'adopted by the kommunestyre', plan: completePlan() },
    { name: 'planned for the kommunestyre', plan: withAdoption(completePlan(), 0, { status: 'planlagt', date: '2026-12-17' }) },
    { name: 'every municipality of an intermunicipal plan in its kommunestyre', plan: intermunicipalPlan(3) },
  ],
  [
    {
      name: 'adopted by formannskap (it counts, but the kommunestyre is usual)',
      plan: withAdoption(completePlan(), 0, { body: 'formannskap' }),
      expected: [{ messageId: 'otherBody', path: body(0), municipalityId: 'k1', params: { municipality: 'Fjordvik kommune', body_nb: 'formannskapet' } }],
    },
    {
      name: 'the third municipality adopts in a hovedutvalg',
      plan: withAdoption(intermunicipalPlan(3), 2, { body: 'utvalg' }),
      expected: [{ messageId: 'otherBody', path: body(2), municipalityId: 'k3', params: { body_nb: 'et hovedutvalg', body_nn: 'eit hovudutval' } }],
    },
  ],
  [
    { name: 'no body named yet', plan: withAdoption(completePlan(), 0, { status: 'ikke-startet', body: undefined, date: undefined }), reason: 'nothing' },
  ],
);
