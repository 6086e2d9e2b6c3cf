import { completePlan, variant, withMeasure } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const extraGoal = variant(completePlan(), (p) => {
  p.focusAreas[1].goals.push({ id: 'g3', text: 'Eldre får hjelp' });
});

ruleTable(
  'goals-and-measures-linked',
  [
    { name: 'every goal has a measure and every measure a goal', plan: completePlan() },
    { name: 'a new goal served by a re-linked measure', plan: withMeasure(extraGoal, 2, { goalId: 'g3' }) },
  ],
  [
    {
      name: 'a goal without a measure',
      plan: extraGoal,
      expected: [{ messageId: 'goalWithoutMeasure', path: ['focusAreas', 1, 'goals', 1, 'text'], params: { goal: 'Eldre får hjelp' } }],
    },
    {
      name: 'a measure without a goal',
      plan: withMeasure(completePlan(), 2, { goalId: undefined }),
      expected: [{ messageId: 'measureWithoutGoal', path: ['measures', 2, 'goalId'], params: { n: 3 } }],
    },
    {
      name: 'a measure pointing at a goal that does not exist',
      plan: withMeasure(completePlan(), 1, { goalId: 'g99' }),
      expected: [{ messageId: 'measureWithoutGoal', path: ['measures', 1, 'goalId'], params: { n: 2 } }],
    },
    {
      name: 'the only measure of a goal moved away',
      plan: withMeasure(completePlan(), 0, { goalId: 'g2' }),
      expected: [{ messageId: 'goalWithoutMeasure', path: ['focusAreas', 0, 'goals', 0, 'text'] }],
    },
    {
      name: 'measures without any focus areas',
      plan: variant(completePlan(), (p) => {
        p.focusAreas = [];
      }),
      expected: [0, 1, 2].map((i) => ({ messageId: 'measureWithoutGoal', path: ['measures', i, 'goalId'], params: { n: i + 1 } })),
    },
  ],
  [
    {
      name: 'no goals and no measures',
      plan: variant(completePlan(), (p) => {
        p.focusAreas = [];
        p.measures = [];
      }), reason: 'nothing' },
  ],
);
