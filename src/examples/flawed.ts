/**
 * Example «med-feil»: a plan for the fictional Bakkeby kommune with the flaws the
 * NKVTS study (rapport 3/2019, ch. 7.8–8.3) found again and again:
 *
 * - the period ran out on 31 December 2022, and nobody revised the plan (krav current-period);
 * - two measures are «løpende», with neither deadline nor milestone (krav measure-progress);
 * - «Alle enheter» and «Kommunen» are responsible, so nobody is (concrete-responsibility);
 * - no administrative owner of the plan (placement.owner is empty; no rule checks this,
 *   which is a point of the «Finn feilene» exercise: the checker does not see everything);
 * - no dates for mid-term or final evaluation or revision, no annual report to the council
 *   (mid-term-evaluation, final-evaluation-before-end, annual-council-reporting; the missing revision point
 *   after the 2019 election is not reported, since the plan has ended and its next step is a new plan);
 * - measures for children and young people only, and victims and perpetrators are not named
 *   as the primary target groups (age-groups-covered, primary-target-groups);
 * - forced marriage, female genital mutilation and negative social control are left out
 *   (honour-related-violence);
 * - data from 2016 and 2017 (current-knowledge-base);
 * - the working group was dissolved when the plan was adopted (resource-group);
 * - most measures have no indicator (measure-indicator).
 *
 * It was adopted by the council, is published, places itself in the plan system, links
 * every measure to a goal and says the measures are done within the budget: those rules pass.
 */
import { planSchema, type Plan } from '../plan/schema';

export const FLAWED_PLAN: Plan = planSchema.parse({
  id: 'eksempel-med-feil-bakkeby',
  title: 'Handlingsplan mot vold i nære relasjoner for Bakkeby kommune 2019–2022',
  malform: 'nb',
  planType: 'egen',
  municipalities: [
    { id: 'k1', name: 'Bakkeby kommune', adoption: { status: 'vedtatt', body: 'kommunestyre', date: '2019-02-14', caseNumber: '19/211' } },
  ],
  process: {
    mandate: 'Rådmannen satte ned en arbeidsgruppe høsten 2018 for å lage kommunens første handlingsplan mot vold i nære relasjoner.',
    participants: 'Helsestasjonen, barneverntjenesten, skolene og barnehagene. Arbeidsgruppen ble oppløst da planen ble vedtatt.',
  },
  placement: { kind: 'temaplan' },
  period: { start: '2019-01-01', end: '2022-12-31' },
  knowledgeBase: {
    situation:
      'Vold i nære relasjoner er et folkehelseproblem, og barn som opplever vold, kan få varige skader. Kommunen har helsestasjon, barneverntjeneste, skoler og barnehager som arbeider med barn og familier, og samarbeider med et interkommunalt krisesenter.',
    sources: [
      { id: 'd1', name: 'Folkehelseoversikt for Bakkeby kommune', date: '2016' },
      { id: 'd2', name: 'Ungdata for Bakkeby kommune', date: '2017' },
    ],
  },
  primaryTargetGroups: ['barn-som-opplever-vold'],
  targetGroups: ['barn-og-unge'],
  violenceForms: ['fysisk', 'psykisk', 'seksuell'],
  focusAreas: [
    {
      id: 'i1',
      title: 'Forebygging blant barn og unge',
      goals: [{ id: 'g1', text: 'Barn og unge i Bakkeby skal vokse opp uten vold' }],
    },
    {
      id: 'i2',
      title: 'Samarbeid og kompetanse',
      goals: [{ id: 'g2', text: 'Bedre samarbeid og mer kunnskap om vold i tjenestene' }],
    },
  ],
  measures: [
    {
      id: 't1',
      description: 'Alle ansatte skal ha kompetanse om vold i nære relasjoner (løpende)',
      goalId: 'g2',
      responsible: { unit: 'Alle enheter' },
      resources: { kind: 'innenfor-budsjett' },
    },
    {
      id: 't2',
      description: 'Foreldreveiledning i grupper for foreldre med barn i barnehagen',
      goalId: 'g1',
      responsible: { unit: 'Helsestasjonen', role: 'helsesykepleier' },
      deadline: '2020-12-31',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Antall foreldregrupper per år',
    },
    {
      id: 't3',
      description: 'Tema om vold og overgrep på foreldremøtene i barnehagene',
      goalId: 'g1',
      responsible: { unit: 'Barnehagene', role: 'styrer' },
      deadline: '2019-12-31',
      resources: { kind: 'innenfor-budsjett' },
    },
    {
      id: 't4',
      description: 'Tverrfaglig samarbeid i saker om vold (løpende)',
      goalId: 'g2',
      responsible: { unit: 'Kommunen' },
      resources: { kind: 'innenfor-budsjett' },
    },
    {
      id: 't5',
      description: 'Handlingsveileder for ansatte i skoler og barnehager ved mistanke om vold mot barn',
      goalId: 'g2',
      responsible: { unit: 'Oppvekstkontoret', role: 'kommunalsjef for oppvekst' },
      deadline: '2019-06-30',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Veilederen er gjennomgått i alle skoler og barnehager',
    },
    {
      id: 't6',
      description: 'Undervisning om kropp, grenser og vold i barneskolen',
      goalId: 'g1',
      responsible: { unit: 'Skolene', role: 'rektor' },
      deadline: '2020-06-30',
      resources: { kind: 'innenfor-budsjett' },
    },
    {
      id: 't7',
      description: 'Informasjon om vold i nære relasjoner og om hjelpetilbudet på kommunens nettside',
      goalId: 'g1',
      responsible: { unit: 'Alle enheter' },
      deadline: '2019-12-31',
      resources: { kind: 'innenfor-budsjett' },
    },
  ],
  followUp: {
    resourceGroup: { established: false, continuesThroughPeriod: false },
    publication: { onWebsite: true, url: 'https://www.bakkeby.kommune.no/vold' },
  },
});
