/**
 * Example «god» in nynorsk: GOOD_PLAN (good.ts) with every free text in nynorsk and
 * malform 'nn'. Ids, dates, numbers, enum values and structure are the bokmål plan's,
 * so the checker finds exactly the same (tests/unit/examples-nn.test.ts).
 */
import { planSchema, type Plan } from '../plan/schema';
import { GOOD_PLAN } from './good';
import { focusAreasNn, measuresNn, sourcesNn } from './nn-text';

export const GOOD_PLAN_NN: Plan = planSchema.parse({
  ...GOOD_PLAN,
  title: 'Handlingsplan mot vald i nære relasjonar for Fjordvik kommune 2026–2029',
  malform: 'nn',
  process: {
    mandate:
      'Kommunedirektøren gav i januar 2025 ei tverrfagleg arbeidsgruppe i oppdrag å revidere handlingsplanen, som gjekk ut i 2025. Planstrategien for 2024–2027 seier at planen skal vere ein kommunedelplan med årleg rapportering.',
    participants:
      'Arbeidsgruppa: Familiens hus (leiar av gruppa), helsestasjonen og skulehelsetenesta, barnevernstenesta, NAV Fjordvik, psykisk helse og rus, heimetenesta, legevakta, Fjordvik ungdomsskule, krisesenteret og familievaldskoordinatoren i politiet. Eldrerådet, ungdomsrådet og rådet for personar med funksjonsnedsetjing har kome med innspel.',
    consultation:
      'Planen var på høyring i seks veker hausten 2025. Eldrerådet bad om tiltak for eldre som blir utsette for vald, og ungdomsrådet bad om undervisning om negativ sosial kontroll. Begge innspela er tekne inn.',
  },
  placement: { ...GOOD_PLAN.placement, owner: 'Kommunalsjef for helse og omsorg' },
  knowledgeBase: {
    situation:
      'Fjordvik har eit godt samarbeid med krisesenteret og politiet, og Familiens hus koordinerer arbeidet. Kartlegginga i 2025 viste at tilsette i heimetenesta og NAV sjeldan spør om vald, at kommunen manglar eit behandlingstilbod til dei som utøver vald, og at vaksne som har vore på krisesenter, ofte ventar lenge på hjelp til bustad og økonomi.',
    sources: sourcesNn(GOOD_PLAN.knowledgeBase.sources, {
      d1: 'Oversikt over folkehelsa i Fjordvik 2024–2027',
      d2: 'Ungdata for Fjordvik kommune',
      d3: 'Tala til politiet for melde saker om vald i nære relasjonar i Fjordvik',
      d4: 'Spørjeundersøking om kompetanse i tenestene',
    }),
  },
  focusAreas: focusAreasNn(GOOD_PLAN.focusAreas, {
    i1: {
      title: 'Kompetanse og tidleg avdekking',
      description: 'Tilsette som møter innbyggjarane, skal tore å spørje om vald og vite kva dei gjer når nokon fortel.',
      goals: {
        g1: 'Tilsette i tenestene spør om vald og veit kva dei skal gjere når dei får svar',
        g2: 'Eldre og personar med funksjonsnedsetjing som blir utsette for vald, blir oppdaga tidlegare',
      },
    },
    i2: {
      title: 'Hjelp og behandling',
      goals: {
        g3: 'Vaksne som blir utsette for vald, får rask og samordna hjelp',
        g4: 'Dei som utøver vald, får tilbod om behandling',
      },
    },
    i3: {
      title: 'Born og unge',
      goals: {
        g5: 'Born som opplever vald, blir følgde opp over tid',
        g6: 'Unge veit kva negativ sosial kontroll, tvangsekteskap og kjønnslemlesting er, og kvar dei får hjelp',
      },
    },
  }),
  measures: measuresNn(GOOD_PLAN.measures, {
    t1: {
      description:
        'Opplæring i å spørje om vald for alle tilsette i helsestasjonen, skulehelsetenesta, legevakta og NAV, med kurs frå RVTS og e-læring for nytilsette',
      unit: 'Helsestasjonen og skulehelsetenesta',
      role: 'verksemdsleiar',
      partners: 'RVTS, legevakta og NAV Fjordvik',
      milestones: {
        't1-m1': 'Første kurs halde',
        't1-m2': 'E-læringa er ein del av opplæringa for nytilsette',
      },
      indicator: 'Delen av tilsette som har fullført opplæringa (målet er 90 prosent)',
    },
    t2: {
      description: 'Felles rutine for kva tilsette gjer når dei avdekkjer vald, med ein kontaktperson i kvar teneste',
      unit: 'Familiens hus',
      role: 'koordinator for vald i nære relasjonar',
      partners: 'Alle tenestene som er med i arbeidsgruppa',
      indicator: 'Rutinen er gjennomgått på personalmøte i kvar teneste',
    },
    t3: {
      description:
        'Spørsmål om vald og overgrep blir ein del av kartlegginga av nye brukarar i heimetenesta og i tenesta for personar med utviklingshemming',
      unit: 'Heimetenesta',
      role: 'avdelingsleiar',
      partners: 'Tenesta for funksjonshemma, eldrerådet og rådet for personar med funksjonsnedsetjing',
      milestones: {
        't3-m1': 'Spørsmåla er tekne inn i kartleggingsskjemaet',
        't3-m2': 'Erfaringane er gjennomgått med eldrerådet og rådet for personar med funksjonsnedsetjing',
      },
      indicator: 'Delen av nye brukarar der vald er teken opp i kartlegginga',
    },
    t4: {
      description:
        'Fast samarbeidsmøte kvar månad mellom Familiens hus, krisesenteret, politiet, barnevernstenesta og NAV om rutinar og, med samtykke, om enkeltsaker',
      unit: 'Familiens hus',
      role: 'koordinator for vald i nære relasjonar',
      partners: 'Krisesenteret, familievaldskoordinatoren i politiet, barnevernstenesta og NAV Fjordvik',
      milestones: {
        't4-m1': 'Samarbeidsavtale underskriven',
        't4-m2': 'Første evaluering av samarbeidet',
        't4-m3': 'Ny evaluering før sluttevalueringa',
      },
      indicator: 'Talet på møte per år, og tida frå vald blir avdekt til første hjelpetiltak',
    },
    t5: {
      description: 'Vaksne som flyttar ut frå krisesenteret, får ein fast kontaktperson i NAV som hjelper med bustad, økonomi og arbeid',
      unit: 'NAV Fjordvik',
      role: 'leiar',
      partners: 'Krisesenteret og bustadkontoret',
      indicator: 'Delen som får kontaktperson innan ei veke etter at dei har flytt ut frå krisesenteret',
    },
    t6: {
      description: 'Behandlingstilbod i grupper for personar som utøver vald, i samarbeid med eit spesialisert behandlingstilbod',
      unit: 'Psykisk helse og rus',
      role: 'fagleiar',
      partners: 'Spesialisthelsetenesta og kriminalomsorga',
      milestones: {
        't6-m1': 'Avtale med behandlingstilbodet inngått',
        't6-m2': 'Første gruppe starta',
      },
      indicator: 'Talet på dei som startar og fullfører behandlinga per år',
    },
    t7: {
      description:
        'Born som har hatt tilrettelagt avhøyr eller samtale i Statens barnehus, får tilbod om oppfølging i skulehelsetenesta',
      unit: 'Barnevernstenesta',
      role: 'barnevernleiar',
      partners: 'Skulehelsetenesta og Statens barnehus',
      milestones: { 't7-m1': 'Rutine for oppfølging vedteken' },
      indicator: 'Delen av borna som får ein oppfølgingssamtale innan fire veker',
    },
    t8: {
      description: 'Undervisning om vald, grenser, negativ sosial kontroll, tvangsekteskap og kjønnslemlesting på 8.–10. trinn',
      unit: 'Fjordvik ungdomsskule',
      role: 'rektor',
      partners: 'Skulehelsetenesta, minoritetsrådgjevaren og SLT-koordinatoren',
      milestones: { 't8-m1': 'Opplegget er prøvd ut på 9. trinn' },
      indicator: 'Delen av elevane som har fått undervisninga, og svara i Ungdata om kvar unge kan få hjelp',
    },
    t9: {
      description:
        'Informasjon om hjelpa kommunen gjev ved vald, på nettsida til kommunen og i brosjyrar på fleire språk og i lettlesen form',
      unit: 'Kommunikasjonsavdelinga',
      role: 'kommunikasjonsrådgjevar',
      partners: 'Familiens hus, flyktningtenesta og eldrerådet',
      indicator: 'Sidene finst på fem språk og i lettlesen form, og talet på besøk på sidene per år',
    },
  }),
  followUp: {
    ...GOOD_PLAN.followUp,
    resourceGroup: {
      ...GOOD_PLAN.followUp.resourceGroup,
      members: 'Familiens hus (leiar), helsestasjonen, barnevernstenesta, NAV Fjordvik, psykisk helse og rus, heimetenesta og krisesenteret',
    },
  },
});
