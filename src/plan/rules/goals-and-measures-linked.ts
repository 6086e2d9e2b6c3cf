import { defineRule } from './types';

export default defineRule({
  id: 'goals-and-measures-linked',
  kind: 'anbefaling',
  title: { nb: 'Mål og tiltak henger sammen', nn: 'Mål og tiltak heng saman' },
  description: {
    nb: 'Hvert mål bør ha minst ett tiltak, og hvert tiltak bør høre til et mål. Da ser leseren hva tiltakene skal oppnå.',
    nn: 'Kvart mål bør ha minst eitt tiltak, og kvart tiltak bør høyre til eit mål. Då ser lesaren kva tiltaka skal oppnå.',
  },
  source: 'NKVTS rapport 3/2019 kap. 7.3 og 8.3',
  messages: {
    goalWithoutMeasure: {
      nb: 'Målet «{goal}» har ingen tiltak.',
      nn: 'Målet «{goal}» har ingen tiltak.',
    },
    measureWithoutGoal: {
      nb: 'Tiltak {n}: er ikke knyttet til et mål.',
      nn: 'Tiltak {n}: er ikkje knytt til eit mål.',
    },
  },
  skip: (plan) => (plan.measures.length === 0 && plan.focusAreas.every((a) => a.goals.length === 0) ? 'nothing' : undefined),
  check(plan) {
    const goalIds = new Set(plan.focusAreas.flatMap((a) => a.goals.map((g) => g.id)));
    const used = new Set(plan.measures.map((m) => m.goalId));
    const goals = plan.focusAreas.flatMap((a, ai) =>
      a.goals.flatMap((g, gi) =>
        used.has(g.id)
          ? []
          : [{ messageId: 'goalWithoutMeasure' as const, path: ['focusAreas', ai, 'goals', gi, 'text'], params: { goal: g.text } }],
      ),
    );
    const measures = plan.measures.flatMap((m, i) =>
      m.goalId && goalIds.has(m.goalId)
        ? []
        : [{ messageId: 'measureWithoutGoal' as const, path: ['measures', i, 'goalId'], params: { n: i + 1 } }],
    );
    return [...goals, ...measures];
  },
});
