import { defineRule } from './types';
import { periodStart, addMonths } from '../dates';

/** The public-health overview is renewed every four years; older data are stale. */
export const MAX_DATA_AGE_YEARS = 4;

export default defineRule({
  id: 'current-knowledge-base',
  kind: 'anbefaling',
  title: { nb: 'Oppdatert kunnskapsgrunnlag', nn: 'Oppdatert kunnskapsgrunnlag' },
  description: {
    nb: 'Planen bør bygge på en beskrivelse av dagens tjenester og lokale tall, for eksempel folkehelseoversikten, som kommunen skal lage hvert fjerde år. Tall som er eldre enn fire år, bør oppdateres.',
    nn: 'Planen bør byggje på ei skildring av dagens tenester og lokale tal, til dømes folkehelseoversikta, som kommunen skal lage kvart fjerde år. Tal som er eldre enn fire år, bør oppdaterast.',
  },
  source: 'NKVTS rapport 3/2019 kap. 6.4; folkehelseloven § 5 og forskrift om oversikt over folkehelsen',
  messages: {
    noSituation: {
      nb: 'Planen mangler en beskrivelse av situasjonen i kommunen i dag.',
      nn: 'Planen manglar ei skildring av situasjonen i kommunen i dag.',
    },
    noSources: { nb: 'Planen viser ikke til noen datakilder.', nn: 'Planen viser ikkje til nokon datakjelder.' },
    undated: { nb: 'Datakilden «{source}» mangler dato.', nn: 'Datakjelda «{source}» manglar dato.' },
    stale: {
      nb: 'Datakilden «{source}» er fra {date}, mer enn fire år gammel.',
      nn: 'Datakjelda «{source}» er frå {date}, meir enn fire år gammal.',
    },
  },
  check(plan, { today }) {
    const { situation, sources } = plan.knowledgeBase;
    const findings = [];
    if (!situation?.trim()) findings.push({ messageId: 'noSituation' as const, path: ['knowledgeBase', 'situation'] });
    if (sources.length === 0) findings.push({ messageId: 'noSources' as const, path: ['knowledgeBase', 'sources'] });
    const oldest = addMonths(today, -12 * MAX_DATA_AGE_YEARS);
    sources.forEach((s, i) => {
      const path = ['knowledgeBase', 'sources', i, 'date'];
      if (!s.date) findings.push({ messageId: 'undated' as const, path, params: { source: s.name } });
      // A year alone means the data are from some time that year: judge by its last day.
      else if ((s.date.length === 4 ? `${s.date}-12-31` : periodStart(s.date)) < oldest) {
        findings.push({ messageId: 'stale' as const, path, params: { source: s.name, date: s.date } });
      }
    });
    return findings;
  },
});
