import { defineRule } from './types';

/** Krav 2: the plan describes measures meant to bring change or improvement. */
export default defineRule({
  id: 'has-measures',
  kind: 'krav',
  title: { nb: 'Beskriver tiltak', nn: 'Skildrar tiltak' },
  description: {
    nb: 'Planen må beskrive aktiviteter eller tiltak som skal gjennomføres for å oppnå endring eller forbedring. En plan med bare mål og bakgrunn teller ikke.',
    nn: 'Planen må skildre aktivitetar eller tiltak som skal gjennomførast for å oppnå endring eller betring. Ein plan med berre mål og bakgrunn tel ikkje.',
  },
  source: 'SSB KOSTRA skjema 7B del 2; NKVTS rapport 3/2019 kap. 1.2',
  messages: {
    none: { nb: 'Planen har ingen tiltak. Legg til minst ett tiltak.', nn: 'Planen har ingen tiltak. Legg til minst eitt tiltak.' },
  },
  check(plan) {
    const described = plan.measures.some((m) => m.description.trim() !== '');
    return described ? [] : [{ messageId: 'none', path: ['measures'] }];
  },
});
