/**
 * Example «god»: a good plan for the fictional Fjordvik kommune. It meets every krav
 * and every recommendation.
 *
 * The dates are fixed, not relative to today, so the example reads the same for
 * everyone. They are chosen so the plan counts for the reporting years 2026 through
 * 2029: adopted by the council on 11 December 2025, period 1 January 2026 to
 * 31 December 2029 (the end date is inclusive, so the plan counts for 2029 too).
 * The data sources are from 2024 and 2025; they count as current until the end of
 * 2028, when the plan is due for revision anyway.
 */
import { planSchema, type Plan } from '../plan/schema';

export const GOOD_PLAN: Plan = planSchema.parse({
  id: 'eksempel-god-fjordvik',
  title: 'Handlingsplan mot vold i nære relasjoner for Fjordvik kommune 2026–2029',
  malform: 'nb',
  planType: 'egen',
  municipalities: [
    { id: 'k1', name: 'Fjordvik kommune', adoption: { status: 'vedtatt', body: 'kommunestyre', date: '2025-12-11', caseNumber: '25/1432' } },
  ],
  process: {
    mandate:
      'Kommunedirektøren ga i januar 2025 en tverrfaglig arbeidsgruppe i oppdrag å revidere handlingsplanen, som gikk ut i 2025. Planstrategien for 2024–2027 sier at planen skal være en kommunedelplan med årlig rapportering.',
    participants:
      'Arbeidsgruppen: Familiens hus (leder av gruppen), helsestasjonen og skolehelsetjenesten, barneverntjenesten, NAV Fjordvik, psykisk helse og rus, hjemmetjenesten, legevakten, Fjordvik ungdomsskole, krisesenteret og politiets familievoldskoordinator. Eldrerådet, ungdomsrådet og rådet for personer med funksjonsnedsettelse har gitt innspill.',
    consultation:
      'Planen var på høring i seks uker høsten 2025. Eldrerådet ba om tiltak for eldre som utsettes for vold, og ungdomsrådet ba om undervisning om negativ sosial kontroll. Begge innspillene er tatt inn.',
  },
  placement: { kind: 'kommunedelplan', owner: 'Kommunalsjef for helse og omsorg' },
  period: { start: '2026-01-01', end: '2029-12-31' },
  knowledgeBase: {
    situation:
      'Fjordvik har et godt samarbeid med krisesenteret og politiet, og Familiens hus koordinerer arbeidet. Kartleggingen i 2025 viste at ansatte i hjemmetjenesten og NAV sjelden spør om vold, at kommunen mangler et behandlingstilbud til dem som utøver vold, og at voksne som har vært på krisesenter, ofte venter lenge på hjelp til bolig og økonomi.',
    sources: [
      { id: 'd1', name: 'Oversikt over folkehelsen i Fjordvik 2024–2027', date: '2024' },
      { id: 'd2', name: 'Ungdata for Fjordvik kommune', date: '2025' },
      { id: 'd3', name: 'Politiets tall for anmeldt vold i nære relasjoner i Fjordvik', date: '2025' },
      { id: 'd4', name: 'Spørreundersøkelse om kompetanse i tjenestene', date: '2025-05-15' },
    ],
  },
  primaryTargetGroups: ['utsatte', 'utovere', 'barn-som-opplever-vold'],
  targetGroups: ['barn-og-unge', 'voksne', 'eldre', 'funksjonsnedsettelse', 'rus-psykisk-helse', 'negativ-sosial-kontroll-utsatte'],
  violenceForms: [
    'fysisk', 'psykisk', 'seksuell', 'materiell-okonomisk', 'digital', 'negativ-sosial-kontroll', 'tvangsekteskap', 'kjonnslemlestelse', 'aeresrelatert',
  ],
  focusAreas: [
    {
      id: 'i1',
      title: 'Kompetanse og tidlig avdekking',
      description: 'Ansatte som møter innbyggerne, skal tørre å spørre om vold og vite hva de gjør når noen forteller.',
      goals: [
        { id: 'g1', text: 'Ansatte i tjenestene spør om vold og vet hva de skal gjøre når de får svar' },
        { id: 'g2', text: 'Eldre og personer med funksjonsnedsettelse som blir utsatt for vold, blir oppdaget tidligere' },
      ],
    },
    {
      id: 'i2',
      title: 'Hjelp og behandling',
      goals: [
        { id: 'g3', text: 'Voksne som blir utsatt for vold, får rask og samordnet hjelp' },
        { id: 'g4', text: 'De som utøver vold, får tilbud om behandling' },
      ],
    },
    {
      id: 'i3',
      title: 'Barn og unge',
      goals: [
        { id: 'g5', text: 'Barn som opplever vold, blir fulgt opp over tid' },
        { id: 'g6', text: 'Unge vet hva negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse er, og hvor de får hjelp' },
      ],
    },
  ],
  measures: [
    {
      id: 't1',
      description: 'Opplæring i å spørre om vold for alle ansatte i helsestasjonen, skolehelsetjenesten, legevakten og NAV, med kurs fra RVTS og e-læring for nyansatte',
      goalId: 'g1',
      responsible: { unit: 'Helsestasjonen og skolehelsetjenesten', role: 'virksomhetsleder' },
      partners: 'RVTS, legevakten og NAV Fjordvik',
      deadline: '2027-06-30',
      milestones: [
        { id: 't1-m1', text: 'Første kurs holdt', when: '2026-Q2' },
        { id: 't1-m2', text: 'E-læringen er en del av opplæringen for nyansatte', when: '2026-Q4' },
      ],
      resources: { kind: 'krever-midler', amount: 120_000 },
      indicator: 'Andel ansatte som har fullført opplæringen (målet er 90 prosent)',
      preventionLevel: 'universell',
      status: 'pagar',
    },
    {
      id: 't2',
      description: 'Felles rutine for hva ansatte gjør når de avdekker vold, med en kontaktperson i hver tjeneste',
      goalId: 'g1',
      responsible: { unit: 'Familiens hus', role: 'koordinator for vold i nære relasjoner' },
      partners: 'Alle tjenestene som er med i arbeidsgruppen',
      deadline: '2026-06-30',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Rutinen er gjennomgått på personalmøte i hver tjeneste',
      preventionLevel: 'selektiv',
      status: 'gjennomfort',
    },
    {
      id: 't3',
      description: 'Spørsmål om vold og overgrep blir en del av kartleggingen av nye brukere i hjemmetjenesten og i tjenesten for personer med utviklingshemming',
      goalId: 'g2',
      responsible: { unit: 'Hjemmetjenesten', role: 'avdelingsleder' },
      partners: 'Tjenesten for funksjonshemmede, eldrerådet og rådet for personer med funksjonsnedsettelse',
      deadline: '2027-06-30',
      milestones: [
        { id: 't3-m1', text: 'Spørsmålene er tatt inn i kartleggingsskjemaet', when: '2026-Q3' },
        { id: 't3-m2', text: 'Erfaringene er gjennomgått med eldrerådet og rådet for personer med funksjonsnedsettelse', when: '2027-Q2' },
      ],
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Andel nye brukere der vold er tatt opp i kartleggingen',
      preventionLevel: 'selektiv',
      status: 'pagar',
    },
    {
      id: 't4',
      description: 'Fast samarbeidsmøte hver måned mellom Familiens hus, krisesenteret, politiet, barneverntjenesten og NAV om rutiner og, med samtykke, om enkeltsaker',
      goalId: 'g3',
      responsible: { unit: 'Familiens hus', role: 'koordinator for vold i nære relasjoner' },
      partners: 'Krisesenteret, politiets familievoldskoordinator, barneverntjenesten og NAV Fjordvik',
      milestones: [
        { id: 't4-m1', text: 'Samarbeidsavtale underskrevet', when: '2026-Q1' },
        { id: 't4-m2', text: 'Første evaluering av samarbeidet', when: '2027-Q1' },
        { id: 't4-m3', text: 'Ny evaluering før sluttevalueringen', when: '2029-Q1' },
      ],
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Antall møter per år, og tiden fra vold blir avdekket til første hjelpetiltak',
      preventionLevel: 'indikert',
      status: 'pagar',
    },
    {
      id: 't5',
      description: 'Voksne som flytter ut fra krisesenteret, får en fast kontaktperson i NAV som hjelper med bolig, økonomi og arbeid',
      goalId: 'g3',
      responsible: { unit: 'NAV Fjordvik', role: 'leder' },
      partners: 'Krisesenteret og boligkontoret',
      deadline: '2026-12-31',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Andel som får kontaktperson innen en uke etter at de flyttet ut fra krisesenteret',
      preventionLevel: 'indikert',
      status: 'pagar',
    },
    {
      id: 't6',
      description: 'Behandlingstilbud i grupper for personer som utøver vold, i samarbeid med et spesialisert behandlingstilbud',
      goalId: 'g4',
      responsible: { unit: 'Psykisk helse og rus', role: 'fagleder' },
      partners: 'Spesialisthelsetjenesten og kriminalomsorgen',
      milestones: [
        { id: 't6-m1', text: 'Avtale med behandlingstilbudet inngått', when: '2026-Q4' },
        { id: 't6-m2', text: 'Første gruppe startet', when: '2027-Q1' },
      ],
      resources: { kind: 'krever-midler', amount: 350_000 },
      indicator: 'Antall som starter og fullfører behandlingen per år',
      preventionLevel: 'indikert',
      status: 'pagar',
    },
    {
      id: 't7',
      description: 'Barn som har hatt tilrettelagt avhør eller samtale i Statens barnehus, får tilbud om oppfølging i skolehelsetjenesten',
      goalId: 'g5',
      responsible: { unit: 'Barneverntjenesten', role: 'barnevernleder' },
      partners: 'Skolehelsetjenesten og Statens barnehus',
      deadline: '2026-12-31',
      milestones: [{ id: 't7-m1', text: 'Rutine for oppfølging vedtatt', when: '2026-Q2' }],
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Andel barn som får en oppfølgingssamtale innen fire uker',
      preventionLevel: 'selektiv',
      status: 'pagar',
    },
    {
      id: 't8',
      description: 'Undervisning om vold, grenser, negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse på 8.–10. trinn',
      goalId: 'g6',
      responsible: { unit: 'Fjordvik ungdomsskole', role: 'rektor' },
      partners: 'Skolehelsetjenesten, minoritetsrådgiveren og SLT-koordinatoren',
      deadline: '2027-06-15',
      milestones: [{ id: 't8-m1', text: 'Opplegget er prøvd ut på 9. trinn', when: '2027-Q1' }],
      resources: { kind: 'krever-midler', amount: 60_000 },
      indicator: 'Andel elever som har fått undervisningen, og svarene i Ungdata om hvor unge kan få hjelp',
      preventionLevel: 'universell',
      status: 'planlagt',
    },
    {
      id: 't9',
      description: 'Informasjon om hjelpen kommunen gir ved vold, på kommunens nettside og i brosjyrer på flere språk og i lettlest form',
      goalId: 'g3',
      responsible: { unit: 'Kommunikasjonsavdelingen', role: 'kommunikasjonsrådgiver' },
      partners: 'Familiens hus, flyktningtjenesten og eldrerådet',
      deadline: '2026-09-30',
      resources: { kind: 'innenfor-budsjett' },
      indicator: 'Sidene finnes på fem språk og i lettlest form, og antall besøk på sidene per år',
      preventionLevel: 'universell',
      status: 'gjennomfort',
    },
  ],
  followUp: {
    resourceGroup: {
      established: true,
      continuesThroughPeriod: true,
      members: 'Familiens hus (leder), helsestasjonen, barneverntjenesten, NAV Fjordvik, psykisk helse og rus, hjemmetjenesten og krisesenteret',
    },
    councilReporting: 'arlig',
    midTermEvaluation: '2028-03-31',
    finalEvaluation: '2029-09-30',
    revisionDate: '2029-03-01',
    publication: { onWebsite: true, url: 'https://www.fjordvik.kommune.no/vold' },
  },
});
