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
import { formatNumber } from './numbers';

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
  contents: { nb: 'Innhold', nn: 'Innhald' },
  subject: { nb: 'Handlingsplan mot vold i nære relasjoner', nn: 'Handlingsplan mot vald i nære relasjonar' },
  siteName: { nb: 'Handlingsplan mot vold i nære relasjoner', nn: 'Handlingsplan mot vald i nære relasjonar' },
  targetGroupsAndForms: { nb: 'Målgrupper og voldsformer', nn: 'Målgrupper og valdsformer' },
  withoutArea: { nb: 'Tiltak uten innsatsområde', nn: 'Tiltak utan innsatsområde' },
  overview: { nb: 'Innsatsområder og tiltak i korte trekk', nn: 'Innsatsområde og tiltak i korte trekk' },
  measuresInFull: { nb: 'Tiltakene', nn: 'Tiltaka' },
  deadline: { nb: 'Frist', nn: 'Frist' },
  milestone: { nb: 'Milepæl', nn: 'Milepæl' },
  goalFor: { nb: 'Mål', nn: 'Mål' },
  responsibleAndPartners: { nb: 'Ansvar og samarbeid', nn: 'Ansvar og samarbeid' },
  partnersShort: { nb: 'Samarbeid', nn: 'Samarbeid' },
  newMoney: { nb: 'Nye midler', nn: 'Nye midlar' },
  newMoneyLead: {
    nb: 'Tiltak som krever nye midler, med beløpet i året tiltaket har frist. De andre tiltakene gjennomføres innenfor dagens budsjett.',
    nn: 'Tiltak som krev nye midlar, med beløpet i året tiltaket har frist. Dei andre tiltaka blir gjennomførte innanfor dagens budsjett.',
  },
  noNewMoney: { nb: 'Ingen av tiltakene krever nye midler.', nn: 'Ingen av tiltaka krev nye midlar.' },
  total: { nb: 'Sum', nn: 'Sum' },
  allAreas: { nb: 'Alle tiltak', nn: 'Alle tiltak' },
  noYear: { nb: 'Uten frist', nn: 'Utan frist' },
  amountMissing: { nb: 'beløp ikke oppgitt', nn: 'beløp ikkje oppgitt' },
  inYear: { nb: 'i {year}', nn: 'i {year}' },
  reportMonth: { nb: 'i {month}', nn: 'i {month}' },
  area: { nb: 'Innsatsområde', nn: 'Innsatsområde' },
  year: { nb: 'År', nn: 'År' },
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

/**
 * The municipality as a document names it: «Gildeskål kommune». A name that already says
 * «kommune» (or «kommune» in another language form, as «Oslo kommune») is kept as it is.
 */
export function municipalityTitle(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || /\bkommune\b|\bkommuna\b|\bsuohkan\b|\bgielda\b/i.test(trimmed)) return trimmed;
  return `${trimmed} kommune`;
}

/** «1 250 000 kr», with Norwegian (non-breaking) thousands spacing. */
export function formatKroner(amount: number): string {
  return `${formatNumber(amount)} kr`;
}

/** The year a measure's new money belongs to: the year of its deadline (the schema has no yearly amounts). */
export function moneyYear(m: Measure): number | undefined {
  return m.deadline ? Number(m.deadline.slice(0, 4)) : undefined;
}

/** Measures that need new money, with the amount and the year it is for. */
export function newMoneyMeasures(measures: Measure[]): { measure: Measure; amount: number | undefined; year: number | undefined }[] {
  return measures
    .filter((m) => m.resources.kind === 'krever-midler')
    .map((measure) => ({ measure, amount: measure.resources.amount, year: moneyYear(measure) }));
}

export interface MoneyTotals {
  /** Sorted years that have new money; `undefined` stands for measures without a deadline. */
  years: (number | undefined)[];
  /** Amount per year key (String(year) or 'none'). */
  byYear: Map<string, number>;
  total: number;
}

export const yearKey = (year: number | undefined) => (year === undefined ? 'none' : String(year));

/** The new money of a set of measures, per year and in all. Measures without an amount add nothing. */
export function moneyTotals(measures: Measure[]): MoneyTotals {
  const byYear = new Map<string, number>();
  let total = 0;
  for (const { amount, year } of newMoneyMeasures(measures)) {
    if (amount === undefined) continue;
    byYear.set(yearKey(year), (byYear.get(yearKey(year)) ?? 0) + amount);
    total += amount;
  }
  const numbered = [...byYear.keys()].filter((k) => k !== 'none').map(Number).sort((a, b) => a - b);
  return { years: [...numbered, ...(byYear.has('none') ? [undefined] : [])], byYear, total };
}

/** The measures grouped under their focus areas, in the plan's order; measures without a focus area last. */
export function measureGroups(plan: Plan): { title: string; areaId?: string; items: { measure: Measure; number: number; goal?: string }[] }[] {
  const goalArea = new Map(plan.focusAreas.flatMap((a) => a.goals.map((g) => [g.id, a.id] as const)));
  const goalText = new Map(plan.focusAreas.flatMap((a) => a.goals.map((g) => [g.id, g.text] as const)));
  const groups: { title: string; areaId?: string; measures: Measure[] }[] = [
    ...plan.focusAreas.map((a) => ({ title: a.title, areaId: a.id, measures: plan.measures.filter((m) => m.goalId && goalArea.get(m.goalId) === a.id) })),
    { title: DOC_TEXT.measures[plan.malform], measures: plan.measures.filter((m) => !m.goalId || !goalArea.has(m.goalId)) },
  ].filter((g) => g.measures.length > 0);
  let n = 0;
  return groups.map((g) => ({
    title: g.title,
    areaId: g.areaId,
    items: g.measures.map((measure) => ({ measure, number: ++n, goal: measure.goalId ? goalText.get(measure.goalId) : undefined })),
  }));
}

/** A measure's «who», «when» and «resources» as the preview and the Word document write them, each point labelled. */
export function measureCells(m: Measure, lang: Malform): { responsible: string; when: string[]; resources: string } {
  const year = moneyYear(m);
  const money = m.resources.kind === 'krever-midler'
    ? `: ${m.resources.amount !== undefined ? formatKroner(m.resources.amount) : DOC_TEXT.amountMissing[lang]}${year !== undefined ? ` ${fill(DOC_TEXT.inYear[lang], { year }, lang)}` : ''}`
    : m.resources.amount !== undefined ? ` (${formatKroner(m.resources.amount)})` : '';
  return {
    responsible: [m.responsible.unit, m.responsible.role].filter(Boolean).join(', '),
    when: [
      m.deadline ? `${DOC_TEXT.deadline[lang]}: ${formatDate(m.deadline, lang)}` : '',
      ...m.milestones.map((x) => `${DOC_TEXT.milestone[lang]}: ${x.text} (${formatDate(x.when, lang)})`),
    ].filter(Boolean),
    resources: m.resources.kind ? `${RESOURCE_LABELS[m.resources.kind][lang]}${money}` : '',
  };
}
