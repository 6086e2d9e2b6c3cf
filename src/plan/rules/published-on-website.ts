import { defineRule } from './types';

export default defineRule({
  id: 'published-on-website',
  kind: 'anbefaling',
  title: { nb: 'Publisert på kommunens nettside', nn: 'Publisert på nettsida til kommunen' },
  description: {
    nb: 'Planen bør ligge lett tilgjengelig på kommunens nettside, slik at ansatte, samarbeidspartnere og innbyggere finner den.',
    nn: 'Planen bør liggje lett tilgjengeleg på nettsida til kommunen, slik at tilsette, samarbeidspartnarar og innbyggjarar finn han.',
  },
  source: 'NKVTS rapport 3/2019 kap. 8.3',
  messages: {
    missing: { nb: 'Planen skal ikke publiseres på kommunens nettside.', nn: 'Planen skal ikkje publiserast på nettsida til kommunen.' },
  },
  check(plan) {
    return plan.followUp.publication.onWebsite ? [] : [{ messageId: 'missing', path: ['followUp', 'publication', 'onWebsite'] }];
  },
});
