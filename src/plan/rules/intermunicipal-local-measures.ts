import { defineRule, ownPlan } from './types';

export default defineRule({
  id: 'intermunicipal-local-measures',
  kind: 'anbefaling',
  title: { nb: 'Lokale tiltak i hver kommune', nn: 'Lokale tiltak i kvar kommune' },
  description: {
    nb: 'En interkommunal plan bør ha en felles strategisk del og egne tiltak for hver kommune. Da eier hver kommune sin del, og ansvaret kan ikke skyves over på de andre.',
    nn: 'Ein interkommunal plan bør ha ein felles strategisk del og eigne tiltak for kvar kommune. Då eig kvar kommune sin del, og ansvaret kan ikkje skyvast over på dei andre.',
  },
  source: 'NKVTS rapport 3/2019 kap. 5.4.1 og 7.2; kommuneloven § 17-1',
  messages: {
    missing: { nb: '{municipality} har ingen lokale tiltak.', nn: '{municipality} har ingen lokale tiltak.' },
  },
  skip: ownPlan,
  check(plan) {
    if (plan.planType !== 'interkommunal') return [];
    const local = new Set(plan.measures.flatMap((m) => m.municipalityIds));
    return plan.municipalities.flatMap((m, i) =>
      local.has(m.id)
        ? []
        : [{ messageId: 'missing' as const, path: ['municipalities', i, 'name'], params: { municipality: m.name }, municipalityId: m.id }],
    );
  },
});
