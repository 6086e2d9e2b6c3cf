/**
 * The standard wording of the plan document in both målformer: headings and labels
 * used by the preview and the exports, in the order the research recommends
 * (focus areas and measures first, background last; NKVTS rapport 3/2019 kap. 8.3).
 */
import type { Text } from './rules/types';

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
  onWebsite: { nb: 'Planen publiseres på kommunens nettside.', nn: 'Planen vert publisert på nettsida til kommunen.' },
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
  yes: { nb: 'Ja', nn: 'Ja' },
  no: { nb: 'Nei', nn: 'Nei' },
} satisfies Record<string, Text>;
