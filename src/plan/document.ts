/**
 * The standard wording of the plan document in both målformer: headings and labels
 * used by the preview and the exports, in the order the research recommends
 * (focus areas and measures first, background last; NKVTS rapport 3/2019 kap. 8.3).
 */
import type { Text } from './rules/types';
import type { Measure, Plan } from './schema';
import type { Malform } from './vocabulary';
import { formatDate } from './dates';
import { BODY_IN_SENTENCE, RESOURCE_LABELS } from './labels';
import { fill } from './messages';

export const DOC_TEXT = {
  draft: { nb: 'Utkast', nn: 'Utkast' },
  period: { nb: 'Planperiode', nn: 'Planperiode' },
  municipalities: { nb: 'Kommuner', nn: 'Kommunar' },
  focusAreas: { nb: 'Innsatsområder og mål', nn: 'Innsatsområde og mål' },
  goals: { nb: 'Mål', nn: 'Mål' },
  measures: { nb: 'Tiltak', nn: 'Tiltak' },
  measure: { nb: 'Tiltak', nn: 'Tiltak' },
  responsible: { nb: 'Ansvarlig', nn: 'Ansvarleg' },
  partners: { nb: 'Samarbeidspartnere', nn: 'Samarbeidspartnarar' },
  when: { nb: 'Frist og milepæler', nn: 'Frist og milepælar' },
  resources: { nb: 'Ressurser', nn: 'Ressursar' },
  indicator: { nb: 'Indikator', nn: 'Indikator' },
  goal: { nb: 'Mål', nn: 'Mål' },
  followUp: { nb: 'Oppfølging og evaluering', nn: 'Oppfølging og evaluering' },
  reporting: { nb: 'Rapportering til kommunestyret', nn: 'Rapportering til kommunestyret' },
  midTerm: { nb: 'Midtveisevaluering', nn: 'Midtvegsevaluering' },
  finalEvaluation: { nb: 'Sluttevaluering', nn: 'Sluttevaluering' },
  revision: { nb: 'Revisjon', nn: 'Revisjon' },
  resourceGroup: { nb: 'Ressursgruppe', nn: 'Ressursgruppe' },
  publication: { nb: 'Publisering', nn: 'Publisering' },
  onWebsite: { nb: 'Planen publiseres på kommunens nettside.', nn: 'Planen blir publisert på nettsida til kommunen.' },
  background: { nb: 'Bakgrunn', nn: 'Bakgrunn' },
  knowledgeBase: { nb: 'Kunnskapsgrunnlag', nn: 'Kunnskapsgrunnlag' },
  sources: { nb: 'Datakilder', nn: 'Datakjelder' },
  targetGroups: { nb: 'Målgrupper', nn: 'Målgrupper' },
  primaryTargetGroups: { nb: 'Primærmålgrupper', nn: 'Primærmålgrupper' },
  violenceForms: { nb: 'Voldsformer', nn: 'Valdsformer' },
  placement: { nb: 'Plassering i plansystemet', nn: 'Plassering i plansystemet' },
  owner: { nb: 'Administrativ eier', nn: 'Administrativ eigar' },
  adoption: { nb: 'Vedtak', nn: 'Vedtak' },
  none: { nb: 'Ikke oppgitt', nn: 'Ikkje oppgitt' },
  foreword: { nb: 'Forord', nn: 'Forord' },
  mandate: { nb: 'Mandat', nn: 'Mandat' },
  participants: { nb: 'Hvem som har deltatt', nn: 'Kven som har delteke' },
  consultation: { nb: 'Høring og medvirkning', nn: 'Høyring og medverknad' },
  adopted: { nb: 'Vedtatt', nn: 'Vedteken' },
  notAdopted: { nb: 'Utkast, ikke vedtatt', nn: 'Utkast, ikkje vedteken' },
  adoptedBy: { nb: 'Vedtatt av {body} {date}', nn: 'Vedteken av {body} {date}' },
  toBeAdopted: { nb: 'Utkast – til behandling i {body} {date}', nn: 'Utkast – til handsaming i {body} {date}' },
  toBeAdoptedUndated: { nb: 'Utkast – til behandling i {body}', nn: 'Utkast – til handsaming i {body}' },
  caseNo: { nb: 'sak {case}', nn: 'sak {case}' },
  countsOnceAdopted: {
    nb: 'Når planen er vedtatt, gjelder den som kommunens plan mot vold i nære relasjoner for rapporteringsårene {years} i KOSTRA.',
    nn: 'Når planen er vedteken, gjeld han som planen til kommunen mot vald i nære relasjonar for rapporteringsåra {years} i KOSTRA.',
  },
  countsAdopted: {
    nb: 'Planen gjelder som kommunens plan mot vold i nære relasjoner for rapporteringsårene {years} i KOSTRA.',
    nn: 'Planen gjeld som planen til kommunen mot vald i nære relasjonar for rapporteringsåra {years} i KOSTRA.',
  },
  page: { nb: 'Side', nn: 'Side' },
  of: { nb: 'av', nn: 'av' },
  legalBasis: { nb: 'Lover og konvensjoner', nn: 'Lover og konvensjonar' },
  legalBasisLead: {
    nb: 'Kommunen har ingen lovpålagt plikt til å ha en egen handlingsplan mot vold i nære relasjoner, men staten anbefaler det sterkt. Planen bygger på disse lovene og konvensjonene:',
    nn: 'Kommunen har inga lovpålagd plikt til å ha ein eigen handlingsplan mot vald i nære relasjonar, men staten tilrår det sterkt. Planen byggjer på desse lovene og konvensjonane:',
  },
  measureStatus: { nb: 'Status', nn: 'Status' },
  preventionLevel: { nb: 'Forebyggingsnivå', nn: 'Førebyggingsnivå' },
  yes: { nb: 'Ja', nn: 'Ja' },
  no: { nb: 'Nei', nn: 'Nei' },
} satisfies Record<string, Text>;

/**
 * One line per municipality on the plan's front page: «Vedtatt av kommunestyret 14. desember 2023, sak 23/1234»,
 * or for a draft «Utkast – til behandling i kommunestyret 17. desember 2026, sak 26/45». Joint plans name the municipality.
 */
export function adoptionLines(plan: Plan, lang: Malform): string[] {
  const joint = plan.municipalities.length > 1;
  return plan.municipalities.map((m) => {
    const { status, body, date, caseNumber } = m.adoption;
    const params = { body: BODY_IN_SENTENCE[body ?? 'kommunestyre'][lang], date: date ?? '' };
    const key = status === 'vedtatt' ? 'adoptedBy' : date ? 'toBeAdopted' : 'toBeAdoptedUndated';
    const text = fill(DOC_TEXT[key][lang], params, lang).trim();
    const withCase = caseNumber ? `${text}, ${fill(DOC_TEXT.caseNo[lang], { case: caseNumber }, lang)}` : text;
    return joint ? `${m.name}: ${withCase}` : withCase;
  });
}

/** A measure's «who», «when» and «resources» as the preview and the Word document write them. */
export function measureCells(m: Measure, lang: Malform): { responsible: string; when: string[]; resources: string } {
  const money = m.resources.amount !== undefined ? ` (${m.resources.amount.toLocaleString('nb-NO')} kr)` : '';
  return {
    responsible: [m.responsible.unit, m.responsible.role].filter(Boolean).join(', '),
    when: [m.deadline ? formatDate(m.deadline, lang) : '', ...m.milestones.map((x) => `${x.text}: ${formatDate(x.when, lang)}`)].filter(Boolean),
    resources: m.resources.kind ? `${RESOURCE_LABELS[m.resources.kind][lang]}${money}` : '',
  };
}
