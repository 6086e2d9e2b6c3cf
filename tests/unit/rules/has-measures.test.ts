import { completePlan, variant } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const measures = (list: { id: string; description: string }[]) =>
  variant(completePlan(), (p) => {
    p.measures = list.map((m) => ({ ...p.measures[0], ...m }));
  });

ruleTable(
  'has-measures',
  [
    { name: 'the complete plan with three measures', plan: completePlan() },
    { name: 'a single described measure', plan: measures([{ id: 'm1', description: 'Kurs for ansatte' }]) },
    { name: 'one blank and one described measure', plan: measures([{ id: 'm1', description: '   ' }, { id: 'm2', description: 'Kurs' }]) },
  ],
  [
    { name: 'no measures', plan: measures([]), expected: [{ messageId: 'none', path: ['measures'] }] },
    {
      name: 'only measures whose description is blank',
      plan: measures([{ id: 'm1', description: ' ' }, { id: 'm2', description: '\n\t' }]),
      expected: [{ messageId: 'none', path: ['measures'] }],
    },
    {
      name: 'goals and focus areas but no measures',
      plan: variant(completePlan(), (p) => {
        p.measures = [];
      }),
      expected: [{ messageId: 'none', path: ['measures'] }],
    },
  ],
);
