import { defineRule } from './types';

export default defineRule({
  id: 'final-evaluation-before-end',
  kind: 'anbefaling',
  title: { nb: 'Sluttevaluering før planen går ut', nn: 'Sluttevaluering før planen går ut' },
  description: {
    nb: 'Sett en dato for sluttevaluering som ligger før planperioden slutter, slik at evalueringen kan brukes i den nye planen.',
    nn: 'Set ein dato for sluttevaluering som ligg før planperioden sluttar, slik at evalueringa kan brukast i den nye planen.',
  },
  source: 'NKVTS rapport 3/2019 kap. 7.6 og 8.3',
  messages: {
    missing: { nb: 'Planen har ingen dato for sluttevaluering.', nn: 'Planen har ingen dato for sluttevaluering.' },
    afterEnd: {
      nb: 'Sluttevalueringen ({date}) ligger etter at planen går ut ({end}).',
      nn: 'Sluttevalueringa ({date}) ligg etter at planen går ut ({end}).',
    },
  },
  check(plan, { timeline }) {
    const date = plan.followUp.finalEvaluation;
    if (!date) return [{ messageId: 'missing', path: ['followUp', 'finalEvaluation'] }];
    if (timeline.effectiveEnd && date > timeline.effectiveEnd) {
      return [{ messageId: 'afterEnd', path: ['followUp', 'finalEvaluation'], params: { date, end: timeline.effectiveEnd } }];
    }
    return [];
  },
});
