import { defineRule } from './types';

export default defineRule({
  id: 'resource-group',
  kind: 'anbefaling',
  title: { nb: 'Ressursgruppe gjennom hele perioden', nn: 'Ressursgruppe gjennom heile perioden' },
  description: {
    nb: 'Hele eller deler av arbeidsgruppen bør fortsette som ressursgruppe gjennom planperioden. Det øker sjansen for at planen følges opp og evalueres.',
    nn: 'Heile eller delar av arbeidsgruppa bør halde fram som ressursgruppe gjennom planperioden. Det aukar sjansen for at planen blir følgd opp og evaluert.',
  },
  source: 'NKVTS rapport 3/2019 kap. 8.3',
  messages: {
    missing: { nb: 'Planen har ingen ressursgruppe.', nn: 'Planen har inga ressursgruppe.' },
    notThroughout: {
      nb: 'Ressursgruppen bør fortsette gjennom hele planperioden.',
      nn: 'Ressursgruppa bør halde fram gjennom heile planperioden.',
    },
  },
  check(plan) {
    const group = plan.followUp.resourceGroup;
    if (!group.established) return [{ messageId: 'missing', path: ['followUp', 'resourceGroup', 'established'] }];
    if (!group.continuesThroughPeriod) {
      return [{ messageId: 'notThroughout', path: ['followUp', 'resourceGroup', 'continuesThroughPeriod'] }];
    }
    return [];
  },
});
