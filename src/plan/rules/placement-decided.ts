import { defineRule } from './types';

export default defineRule({
  id: 'placement-decided',
  kind: 'anbefaling',
  title: { nb: 'Plassering i plansystemet avklart', nn: 'Plassering i plansystemet avklart' },
  description: {
    nb: 'Avklar hvor planen står i kommunens plansystem før arbeidet starter og ved hver revisjon. Plasseringen avgjør om tiltakene kommer med i budsjett, årsrapport og evaluering.',
    nn: 'Avklar kvar planen står i plansystemet til kommunen før arbeidet startar og ved kvar revisjon. Plasseringa avgjer om tiltaka kjem med i budsjett, årsrapport og evaluering.',
  },
  source: 'NKVTS rapport 3/2019 kap. 6.4 og 8.3',
  messages: {
    missing: { nb: 'Velg hvor planen skal stå i plansystemet.', nn: 'Vel kvar planen skal stå i plansystemet.' },
    otherMissing: { nb: 'Beskriv plasseringen du har valgt som «annet».', nn: 'Skildra plasseringa du har valt som «anna».' },
  },
  check(plan) {
    const { kind, other } = plan.placement;
    if (!kind) return [{ messageId: 'missing', path: ['placement', 'kind'] }];
    if (kind === 'annet' && !other?.trim()) return [{ messageId: 'otherMissing', path: ['placement', 'other'] }];
    return [];
  },
});
