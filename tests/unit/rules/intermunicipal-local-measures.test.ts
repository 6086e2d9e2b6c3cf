import { completePlan, intermunicipalPlan, variant } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const dropLocal = (...ids: string[]) =>
  variant(intermunicipalPlan(4), (p) => {
    p.measures = p.measures.filter((m) => !m.municipalityIds.some((id) => ids.includes(id)));
  });

ruleTable(
  'intermunicipal-local-measures',
  [
    { name: 'every municipality has a local measure', plan: intermunicipalPlan(4) },
    {
      name: 'one measure local to two municipalities covers both',
      plan: variant(dropLocal('k2'), (p) => {
        p.measures[3].municipalityIds = ['k1', 'k2'];
      }),
    },
  ],
  [
    {
      name: 'the second municipality has no local measure',
      plan: dropLocal('k2'),
      expected: [{ messageId: 'missing', path: ['municipalities', 1, 'name'], municipalityId: 'k2', params: { municipality: 'Nordholm kommune' } }],
    },
    {
      name: 'only shared measures',
      plan: dropLocal('k1', 'k2', 'k3', 'k4'),
      expected: ['k1', 'k2', 'k3', 'k4'].map((id, i) => ({ messageId: 'missing', path: ['municipalities', i, 'name'], municipalityId: id })),
    },
  ],
  [
    { name: 'a single-municipality plan needs no local measures', plan: completePlan(), reason: 'not-applicable' },
  ],
);
