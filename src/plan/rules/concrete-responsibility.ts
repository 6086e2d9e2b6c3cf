import { defineRule, withoutMeasures, type RawFinding } from './types';

/** Owners so broad that nobody in particular is responsible. Compared without case and punctuation. */
export const VAGUE_OWNERS = [
  'alle', 'alle enheter', 'alle enhetene', 'alle einingar', 'alle tjenester', 'alle tenester', 'alle ansatte',
  'alle tilsette', 'ansatte', 'tilsette', 'kommunen', 'hele kommunen', 'heile kommunen', 'alle avdelinger',
  'alle avdelingar', 'alle sektorer', 'alle sektorar', 'div', 'diverse', 'flere', 'fleire',
];

export function isVagueOwner(unit: string): boolean {
  const normal = unit.toLowerCase().replace(/[.,;:!?«»"()]/g, ' ').replace(/\s+/g, ' ').trim();
  return VAGUE_OWNERS.includes(normal);
}

export default defineRule({
  id: 'concrete-responsibility',
  kind: 'anbefaling',
  title: { nb: 'Konkret ansvar for hvert tiltak', nn: 'Konkret ansvar for kvart tiltak' },
  description: {
    nb: 'Hvert tiltak bør ha en navngitt enhet som ansvarlig, gjerne med rolle. «Alle enheter», «kommunen» eller «ansatte» gjør at ingen har ansvaret.',
    nn: 'Kvart tiltak bør ha ei namngjeven eining som ansvarleg, gjerne med rolle. «Alle einingar», «kommunen» eller «tilsette» gjer at ingen har ansvaret.',
  },
  source: 'NKVTS rapport 3/2019 kap. 7.8 og 8.3',
  messages: {
    missing: { nb: 'Tiltak {n}: mangler ansvarlig.', nn: 'Tiltak {n}: manglar ansvarleg.' },
    vague: {
      nb: 'Tiltak {n}: «{owner}» er for vagt som ansvarlig. Skriv hvilken enhet som har ansvaret.',
      nn: 'Tiltak {n}: «{owner}» er for vagt som ansvarleg. Skriv kva eining som har ansvaret.',
    },
  },
  skip: withoutMeasures,
  check(plan) {
    return plan.measures.flatMap((m, i): RawFinding<'missing' | 'vague'>[] => {
      const unit = m.responsible.unit?.trim() ?? '';
      const path = ['measures', i, 'responsible', 'unit'];
      if (!unit) return [{ messageId: 'missing' as const, path, params: { n: i + 1 } }];
      if (isVagueOwner(unit)) return [{ messageId: 'vague' as const, path, params: { n: i + 1, owner: unit } }];
      return [];
    });
  },
});
