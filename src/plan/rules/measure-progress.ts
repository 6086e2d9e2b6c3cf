import { defineRule, withoutMeasures } from './types';

/** Krav 3: concrete activities with a progress plan and milestones. */
export default defineRule({
  id: 'measure-progress',
  kind: 'krav',
  title: { nb: 'Fremdriftsplan og milepæler', nn: 'Framdriftsplan og milepælar' },
  description: {
    nb: 'Tiltakene må være konkrete og ha en fremdriftsplan med milepæler. Vi sjekker at hvert tiltak har en frist eller minst én milepæl.',
    nn: 'Tiltaka må vere konkrete og ha ein framdriftsplan med milepælar. Vi sjekkar at kvart tiltak har ein frist eller minst éin milepæl.',
  },
  source: 'SSB KOSTRA skjema 7B del 2; NKVTS rapport 3/2019 kap. 1.2',
  messages: {
    noTiming: {
      nb: 'Tiltak {n}: mangler frist eller milepæl.',
      nn: 'Tiltak {n}: manglar frist eller milepæl.',
    },
  },
  skip: withoutMeasures,
  check(plan) {
    return plan.measures.flatMap((m, i) =>
      m.deadline || m.milestones.length > 0
        ? []
        : [{ messageId: 'noTiming' as const, path: ['measures', i, 'deadline'], params: { n: i + 1 } }],
    );
  },
});
