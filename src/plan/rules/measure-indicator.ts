import { defineRule, withoutMeasures } from './types';

export default defineRule({
  id: 'measure-indicator',
  kind: 'anbefaling',
  title: { nb: 'Indikator for hvert tiltak', nn: 'Indikator for kvart tiltak' },
  description: {
    nb: 'Hvert tiltak bør ha en indikator som viser om det er gjennomført og virker. Det gjør årlig rapportering og evaluering mulig.',
    nn: 'Kvart tiltak bør ha ein indikator som viser om det er gjennomført og verkar. Det gjer årleg rapportering og evaluering mogleg.',
  },
  source: 'NKVTS rapport 3/2019 kap. 7.6 og 8.3',
  messages: { missing: { nb: 'Tiltak {n}: mangler indikator.', nn: 'Tiltak {n}: manglar indikator.' } },
  skip: withoutMeasures,
  check(plan) {
    return plan.measures.flatMap((m, i) =>
      m.indicator?.trim() ? [] : [{ messageId: 'missing' as const, path: ['measures', i, 'indicator'], params: { n: i + 1 } }],
    );
  },
});
