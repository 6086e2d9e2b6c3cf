/**
 * The standard wording of the plan document in both målformer: headings and labels
 * used by the preview and the exports, in the order the research recommends
 * (focus areas and measures first, background last; NKVTS rapport 3/2019 kap. 8.3).
 */
import type { Text } from './rules/types';
import type { Measure } from './schema';
import type { Malform } from './vocabulary';
import { formatDate } from './dates';
import { RESOURCE_LABELS } from './labels';

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
  draftPageTitle: { nb: 'Utkast: dette mangler før planen teller i KOSTRA', nn: 'Utkast: dette manglar før planen tel i KOSTRA' },
  draftPageLead: {
    nb: 'Planen oppfyller ikke alle kravene for å telle som en gjeldende, politisk vedtatt plan. Denne siden er en arbeidsliste og kan slettes når kravene er oppfylt.',
    nn: 'Planen oppfyller ikkje alle krava for å telje som ein gjeldande, politisk vedteken plan. Denne sida er ei arbeidsliste og kan slettast når krava er oppfylte.',
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

/** A measure's «who», «when» and «resources» as the preview and the Word document write them. */
export function measureCells(m: Measure, lang: Malform): { responsible: string; when: string[]; resources: string } {
  const money = m.resources.amount !== undefined ? ` (${m.resources.amount.toLocaleString('nb-NO')} kr)` : '';
  return {
    responsible: [m.responsible.unit, m.responsible.role].filter(Boolean).join(', '),
    when: [m.deadline ? formatDate(m.deadline, lang) : '', ...m.milestones.map((x) => `${x.text}: ${formatDate(x.when, lang)}`)].filter(Boolean),
    resources: m.resources.kind ? `${RESOURCE_LABELS[m.resources.kind][lang]}${money}` : '',
  };
}
