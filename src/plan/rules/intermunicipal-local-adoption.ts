import { defineRule, ownPlan, type RawFinding } from './types';

export default defineRule({
  id: 'intermunicipal-local-adoption',
  kind: 'anbefaling',
  title: { nb: 'Eget vedtak i hvert kommunestyre', nn: 'Eige vedtak i kvart kommunestyre' },
  description: {
    nb: 'I en interkommunal plan bør hvert kommunestyre eller bystyre vedta planen selv, og vedtaket bør være planlagt fra starten. Vertskommunen kan ikke vedta for de andre.',
    nn: 'I ein interkommunal plan bør kvart kommunestyre eller bystyre vedta planen sjølv, og vedtaket bør vere planlagt frå starten. Vertskommunen kan ikkje vedta for dei andre.',
  },
  source: 'NKVTS rapport 3/2019 kap. 5.1 (reguleringsplanveilederen); kommuneloven § 17-1',
  messages: {
    notPlanned: { nb: '{municipality} har ikke planlagt sitt vedtak.', nn: '{municipality} har ikkje planlagt vedtaket sitt.' },
    notCouncil: {
      nb: '{municipality}: planen bør vedtas av kommunestyret eller bystyret.',
      nn: '{municipality}: planen bør vedtakast av kommunestyret eller bystyret.',
    },
  },
  skip: ownPlan,
  check(plan) {
    if (plan.planType !== 'interkommunal') return [];
    return plan.municipalities.flatMap((m, i): RawFinding<'notPlanned' | 'notCouncil'>[] => {
      const base = { municipalityId: m.id, params: { municipality: m.name } };
      if (m.adoption.status === 'ikke-startet') {
        return [{ ...base, messageId: 'notPlanned' as const, path: ['municipalities', i, 'adoption', 'status'] }];
      }
      if (m.adoption.body !== 'kommunestyre') {
        return [{ ...base, messageId: 'notCouncil' as const, path: ['municipalities', i, 'adoption', 'body'] }];
      }
      return [];
    });
  },
});
