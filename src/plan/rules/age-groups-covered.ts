import { defineRule } from './types';
import type { Params } from './types';

const AGE_GROUPS = [
  ['barn-og-unge', { nb: 'barn og unge', nn: 'born og unge' }],
  ['voksne', { nb: 'voksne', nn: 'vaksne' }],
  ['eldre', { nb: 'eldre', nn: 'eldre' }],
] as const;

export default defineRule({
  id: 'age-groups-covered',
  kind: 'anbefaling',
  title: { nb: 'Barn, voksne og eldre er med', nn: 'Born, vaksne og eldre er med' },
  description: {
    nb: 'Vold rammer i alle aldre. Planen bør ha med barn og unge, voksne og eldre, ikke bare én av gruppene.',
    nn: 'Vald rammar i alle aldrar. Planen bør ha med born og unge, vaksne og eldre, ikkje berre éi av gruppene.',
  },
  source: 'NKVTS rapport 3/2019 kap. 7.4 og 7.8',
  messages: {
    missing: { nb: 'Målgruppen «{group}» er ikke med i planen.', nn: 'Målgruppa «{group}» er ikkje med i planen.' },
  },
  check(plan) {
    return AGE_GROUPS.filter(([key]) => !plan.targetGroups.includes(key)).map(([, label]) => ({
      messageId: 'missing' as const,
      path: ['targetGroups'],
      params: { group: label.nb, group_nn: label.nn } satisfies Params,
    }));
  },
});
