/**
 * Example «interkommunal»: a joint plan for the fictional Dalregionen, written in
 * nynorsk (malform 'nn'). Four fictional municipalities; Brekkdal is the host.
 * Brekkdal, Fossheim and Lindvoll have adopted the plan in their councils; Sørmo has
 * not even planned its decision. So the plan counts for three of the four
 * (political-adoption fails for Sørmo alone), and intermunicipal-local-adoption
 * reminds Sørmo to plan its own decision. Everything else meets the rules.
 *
 * Period 2025–2028: the plan counts (for the three) for the reporting years 2025
 * through 2028. The data sources are from 2024 and 2025.
 */
import { planSchema, type Plan } from '../plan/schema';

export const INTERMUNICIPAL_PLAN: Plan = planSchema.parse({
  id: 'eksempel-interkommunal-dalregionen',
  title: 'Interkommunal handlingsplan mot vald i nære relasjonar for Dalregionen 2025–2028',
  malform: 'nn',
  planType: 'interkommunal',
  municipalities: [
    { id: 'k1', name: 'Brekkdal kommune', adoption: { status: 'vedtatt', body: 'kommunestyre', date: '2024-12-12', caseNumber: '24/812' } },
    { id: 'k2', name: 'Fossheim kommune', adoption: { status: 'vedtatt', body: 'kommunestyre', date: '2024-12-17', caseNumber: '24/1290' } },
    { id: 'k3', name: 'Lindvoll kommune', adoption: { status: 'vedtatt', body: 'kommunestyre', date: '2025-02-13', caseNumber: '25/77' } },
    { id: 'k4', name: 'Sørmo kommune', adoption: { status: 'ikke-startet' } },
  ],
  cooperation: { form: 'vertskommune', hostId: 'k1' },
  process: {
    mandate:
      'Det interkommunale rådet i Dalregionen bad i 2024 Brekkdal, som vertskommune, leie arbeidet med ein felles plan. Kvar kommune skulle få eigne tiltak og vedta planen i sitt eige kommunestyre.',
    participants:
      'Arbeidsgruppa hadde éin representant frå kvar kommune, i tillegg til barnevernstenesta i Dalregionen, krisesenteret, politiet og den interkommunale legevakta.',
    consultation: 'Planen var på høyring i alle fire kommunane hausten 2024. Eldreråda og ungdomsråda gav innspel.',
  },
  placement: { kind: 'temaplan', owner: 'Kommunalsjef for helse og velferd i Brekkdal kommune (vertskommunen)' },
  period: { start: '2025-01-01', end: '2028-12-31' },
  knowledgeBase: {
    situation:
      'Kommunane i Dalregionen er små, og fleire tenester er felles. Krisesenteret og legevakta er interkommunale, men kvar kommune har sine eigne tenester for eldre, barnehagar og NAV. Tilsette i dei minste kommunane har få saker om vald og ønskjer meir opplæring. Regionen manglar eit tilbod til dei som utøver vald.',
    sources: [
      { id: 'd1', name: 'Oversikt over folkehelsa i kommunane i Dalregionen', date: '2024' },
      { id: 'd2', name: 'Ungdata for Dalregionen', date: '2024' },
      { id: 'd3', name: 'Tal frå politidistriktet om vald i nære relasjonar', date: '2025' },
    ],
  },
  primaryTargetGroups: ['utsatte', 'utovere', 'barn-som-opplever-vold'],
  targetGroups: ['barn-og-unge', 'voksne', 'eldre', 'funksjonsnedsettelse'],
  violenceForms: ['fysisk', 'psykisk', 'seksuell', 'materiell-okonomisk', 'negativ-sosial-kontroll', 'tvangsekteskap', 'kjonnslemlestelse'],
  focusAreas: [
    {
      id: 'i1',
      title: 'Felles kompetanse i regionen',
      goals: [{ id: 'g1', text: 'Tilsette i alle fire kommunane kjenner att teikn på vald og veit kva dei skal gjere' }],
    },
    {
      id: 'i2',
      title: 'Hjelp og behandling',
      goals: [{ id: 'g2', text: 'Valdsutsette og valdsutøvarar får hjelp raskt, same kva kommune dei bur i' }],
    },
    {
      id: 'i3',
      title: 'Lokale tiltak i kvar kommune',
      goals: [{ id: 'g3', text: 'Kvar kommune har eigne tiltak som følgjer opp planen lokalt' }],
    },
  ],
  measures: [
    {
      id: 't1',
      description: 'Felles opplæringsprogram om vald i nære relasjonar for tilsette i helse, oppvekst og NAV i heile regionen',
      goalId: 'g1',
      responsible: { unit: 'Folkehelsekoordinatoren i Brekkdal kommune', role: 'regionkoordinator' },
      partners: 'RVTS og dei andre kommunane',
      deadline: '2026-06-30',
      milestones: [{ id: 't1-m1', text: 'Første kurs halde i kvar kommune', when: '2025-Q4' }],
      resources: { kind: 'krever-midler', amount: 200_000 },
      indicator: 'Delen av tilsette i kvar kommune som har fullført opplæringa',
      preventionLevel: 'universell',
      status: 'pagar',
    },
    {
      id: 't2',
      description: 'Felles behandlingstilbod i grupper for personar som utøver vald',
      goalId: 'g2',
      responsible: { unit: 'Psykisk helse og rus i Brekkdal kommune', role: 'fagleiar' },
      partners: 'Spesialisthelsetenesta',
      milestones: [
        { id: 't2-m1', text: 'Avtale med behandlingstilbodet inngått', when: '2025-Q3' },
        { id: 't2-m2', text: 'Første gruppe starta', when: '2026-Q1' },
      ],
      resources: { kind: 'krever-midler', amount: 400_000 },
      indicator: 'Talet på personar som startar og fullfører behandlinga kvart år',
      preventionLevel: 'indikert',
      status: 'pagar',
    },
    {
      id: 't3',
      description: 'Felles rutine for samarbeid mellom krisesenteret, politiet, barnevernstenesta og legevakta når vald blir avdekt',
      goalId: 'g2',
      responsible: { unit: 'Barnevernstenesta i Dalregionen', role: 'barnevernleiar' },
      partners: 'Krisesenteret, politiet og den interkommunale legevakta',
      deadline: '2025-12-31',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Rutinen er teken i bruk i alle fire kommunane',
      preventionLevel: 'indikert',
      status: 'gjennomfort',
    },
    {
      id: 't4',
      description: 'Undervisning om negativ sosial kontroll, tvangsekteskap og kjønnslemlesting på ungdomsskulane',
      goalId: 'g1',
      responsible: { unit: 'Skulehelsetenesta i Fossheim kommune', role: 'leiar' },
      partners: 'Minoritetsrådgjevaren og ungdomsskulane i alle fire kommunane',
      deadline: '2027-06-15',
      milestones: [{ id: 't4-m1', text: 'Undervisningsopplegget er klart', when: '2026-Q3' }],
      resources: { kind: 'krever-midler', amount: 50_000 },
      indicator: 'Delen av elevane på 8.–10. trinn som har fått undervisninga',
      preventionLevel: 'universell',
      status: 'planlagt',
    },
    {
      id: 't5',
      description: 'Lokalt team i Brekkdal som møtest kvar månad og følgjer opp saker om vald',
      goalId: 'g3',
      responsible: { unit: 'Familiens hus i Brekkdal', role: 'koordinator' },
      deadline: '2025-06-30',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Teamet har møtt seg minst ti gonger i året',
      preventionLevel: 'indikert',
      status: 'gjennomfort',
      municipalityIds: ['k1'],
    },
    {
      id: 't6',
      description: 'Heimetenesta i Fossheim spør om vald og overgrep når ho kartlegg nye brukarar',
      goalId: 'g3',
      responsible: { unit: 'Heimetenesta i Fossheim', role: 'avdelingsleiar' },
      partners: 'Eldrerådet i Fossheim',
      deadline: '2026-03-31',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Delen av nye brukarar der vald er teken opp i kartlegginga',
      preventionLevel: 'selektiv',
      status: 'gjennomfort',
      municipalityIds: ['k2'],
    },
    {
      id: 't7',
      description: 'Valdsutsette som flyttar ut frå krisesenteret, får ein fast kontaktperson i NAV Lindvoll',
      goalId: 'g3',
      responsible: { unit: 'NAV Lindvoll', role: 'leiar' },
      partners: 'Krisesenteret',
      deadline: '2025-12-31',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Delen som får kontaktperson innan ei veke',
      preventionLevel: 'indikert',
      status: 'pagar',
      municipalityIds: ['k3'],
    },
    {
      id: 't8',
      description: 'Opplæring for tilsette i barnehagane i Sørmo i å snakke med barn om vald',
      goalId: 'g3',
      responsible: { unit: 'Oppvekstkontoret i Sørmo', role: 'barnehagefagleg rådgjevar' },
      deadline: '2026-12-31',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Delen av barnehagetilsette som har fått opplæringa',
      preventionLevel: 'universell',
      status: 'planlagt',
      municipalityIds: ['k4'],
    },
  ],
  followUp: {
    resourceGroup: {
      established: true,
      continuesThroughPeriod: true,
      members: 'Éin representant frå kvar kommune, barnevernstenesta i Dalregionen og krisesenteret',
    },
    councilReporting: 'arlig',
    midTermEvaluation: '2026-12-31',
    finalEvaluation: '2028-09-30',
    revisionDate: '2028-03-01',
    publication: { onWebsite: true, url: 'https://www.brekkdal.kommune.no/dalregionen/vald' },
  },
});
