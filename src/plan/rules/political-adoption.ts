import { defineRule, type RawFinding } from './types';
import { POLITICAL_BODIES } from '../vocabulary';

/** Krav 1: adopted by a political body; judged per municipality. */
export default defineRule({
  id: 'political-adoption',
  kind: 'krav',
  title: { nb: 'Politisk vedtatt', nn: 'Politisk vedteken' },
  description: {
    nb: 'Planen må være vedtatt av et politisk organ i kommunen (kommunestyre, bystyre, formannskap eller et utvalg). Et administrativt vedtak teller ikke. I en interkommunal plan må hver kommune vedta planen selv.',
    nn: 'Planen må vere vedteken av eit politisk organ i kommunen (kommunestyre, bystyre, formannskap eller eit utval). Eit administrativt vedtak tel ikkje. I ein interkommunal plan må kvar kommune vedta planen sjølv.',
  },
  source: 'SSB KOSTRA skjema 7B del 2; NKVTS rapport 3/2019 kap. 1.2 og 5.1',
  messages: {
    noMunicipality: {
      nb: 'Planen har ingen kommune. Legg til kommunen som skal vedta planen.',
      nn: 'Planen har ingen kommune. Legg til kommunen som skal vedta planen.',
    },
    notAdopted: {
      nb: '{municipality} har ikke vedtatt planen ennå.',
      nn: '{municipality} har ikkje vedteke planen enno.',
    },
    administrative: {
      nb: '{municipality} har bare et administrativt vedtak. Planen må vedtas politisk for å telle.',
      nn: '{municipality} har berre eit administrativt vedtak. Planen må vedtakast politisk for å telje.',
    },
    noBody: {
      nb: '{municipality}: oppgi hvilket organ som vedtok planen.',
      nn: '{municipality}: skriv kva organ som vedtok planen.',
    },
    adoptedLater: {
      nb: '{municipality} vedtok planen {date}, etter 31. desember {year}. Planen teller fra rapporteringsåret {adoptionYear}.',
      nn: '{municipality} vedtok planen {date}, etter 31. desember {year}. Planen tel frå rapporteringsåret {adoptionYear}.',
    },
  },
  check(plan, ctx) {
    if (plan.municipalities.length === 0) return [{ messageId: 'noMunicipality', path: ['municipalities'] }];
    return plan.municipalities.flatMap((m, i): RawFinding<'notAdopted' | 'noBody' | 'administrative' | 'adoptedLater'>[] => {
      const path = ['municipalities', i, 'adoption'];
      const base = { municipalityId: m.id, params: { municipality: m.name } };
      const { status, body, date } = m.adoption;
      if (status !== 'vedtatt') return [{ ...base, messageId: 'notAdopted' as const, path: [...path, 'status'] }];
      if (!body) return [{ ...base, messageId: 'noBody' as const, path: [...path, 'body'] }];
      if (!POLITICAL_BODIES.includes(body)) return [{ ...base, messageId: 'administrative' as const, path: [...path, 'body'] }];
      if (date && date > ctx.referenceDate) {
        return [{
          ...base,
          messageId: 'adoptedLater' as const,
          path: [...path, 'date'],
          params: { municipality: m.name, date, year: ctx.reportingYear, adoptionYear: Number(date.slice(0, 4)) },
        }];
      }
      return [];
    });
  },
});
