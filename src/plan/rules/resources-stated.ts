import { defineRule, withoutMeasures, type RawFinding } from './types';

export default defineRule({
  id: 'resources-stated',
  kind: 'anbefaling',
  title: { nb: 'Ressurser avklart', nn: 'Ressursar avklarte' },
  description: {
    nb: 'For hvert tiltak bør planen si om det gjøres innenfor dagens budsjett eller trenger nye midler, og i så fall hvor mye. Politikerne må sette av nok ressurser.',
    nn: 'For kvart tiltak bør planen seie om det blir gjort innanfor dagens budsjett eller treng nye midlar, og i så fall kor mykje. Politikarane må setje av nok ressursar.',
  },
  source: 'NKVTS rapport 3/2019 kap. 8.3',
  messages: {
    missing: { nb: 'Tiltak {n}: oppgi ressurser.', nn: 'Tiltak {n}: oppgi ressursar.' },
    noAmount: { nb: 'Tiltak {n}: oppgi hvor mye tiltaket trenger.', nn: 'Tiltak {n}: oppgi kor mykje tiltaket treng.' },
  },
  skip: withoutMeasures,
  check(plan) {
    return plan.measures.flatMap((m, i): RawFinding<'missing' | 'noAmount'>[] => {
      const { kind, amount } = m.resources;
      if (!kind) return [{ messageId: 'missing' as const, path: ['measures', i, 'resources', 'kind'], params: { n: i + 1 } }];
      if (kind === 'krever-midler' && amount === undefined) {
        return [{ messageId: 'noAmount' as const, path: ['measures', i, 'resources', 'amount'], params: { n: i + 1 } }];
      }
      return [];
    });
  },
});
