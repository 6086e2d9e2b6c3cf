/**
 * Example «interkommunal» in bokmål. INTERMUNICIPAL_PLAN (intermunicipal.ts) is written
 * in nynorsk; this is the same plan with every free text in bokmål and malform 'nb'.
 * Ids, dates, numbers, enum values, the municipalities and their adoption are the
 * nynorsk plan's, so the checker finds exactly the same (tests/unit/examples-nn.test.ts):
 * political-adoption fails for Sørmo alone, and intermunicipal-local-adoption stays open.
 */
import { planSchema, type Plan } from '../plan/schema';
import { INTERMUNICIPAL_PLAN } from './intermunicipal';
import { textsIn } from './nn-text';

const intoBokmal = textsIn('nb');

export const INTERMUNICIPAL_PLAN_NB: Plan = planSchema.parse({
  ...INTERMUNICIPAL_PLAN,
  title: 'Interkommunal handlingsplan mot vold i nære relasjoner for Dalregionen 2025–2028',
  malform: 'nb',
  process: {
    mandate:
      'Det interkommunale rådet i Dalregionen ba i 2024 Brekkdal, som vertskommune, om å lede arbeidet med en felles plan. Hver kommune skulle få egne tiltak og vedta planen i sitt eget kommunestyre.',
    participants:
      'Arbeidsgruppen hadde én representant fra hver kommune, i tillegg til barneverntjenesten i Dalregionen, krisesenteret, politiet og den interkommunale legevakten.',
    consultation: 'Planen var på høring i alle de fire kommunene høsten 2024. Eldrerådene og ungdomsrådene kom med innspill.',
  },
  placement: { ...INTERMUNICIPAL_PLAN.placement, owner: 'Kommunalsjef for helse og velferd i Brekkdal kommune (vertskommunen)' },
  knowledgeBase: {
    situation:
      'Kommunene i Dalregionen er små, og flere tjenester er felles. Krisesenteret og legevakten er interkommunale, men hver kommune har sine egne tjenester for eldre, barnehager og NAV. Ansatte i de minste kommunene har få saker om vold og ønsker mer opplæring. Regionen mangler et tilbud til dem som utøver vold.',
    sources: intoBokmal.sources(INTERMUNICIPAL_PLAN.knowledgeBase.sources, {
      d1: 'Oversikt over folkehelsen i kommunene i Dalregionen',
      d2: 'Ungdata for Dalregionen',
      d3: 'Tall fra politidistriktet om vold i nære relasjoner',
    }),
  },
  focusAreas: intoBokmal.focusAreas(INTERMUNICIPAL_PLAN.focusAreas, {
    i1: {
      title: 'Felles kompetanse i regionen',
      goals: { g1: 'Ansatte i alle de fire kommunene kjenner igjen tegn på vold og vet hva de skal gjøre' },
    },
    i2: {
      title: 'Hjelp og behandling',
      goals: { g2: 'Voldsutsatte og voldsutøvere får rask hjelp, uansett hvilken kommune de bor i' },
    },
    i3: {
      title: 'Lokale tiltak i hver kommune',
      goals: { g3: 'Hver kommune har egne tiltak som følger opp planen lokalt' },
    },
  }),
  measures: intoBokmal.measures(INTERMUNICIPAL_PLAN.measures, {
    t1: {
      description: 'Felles opplæringsprogram om vold i nære relasjoner for ansatte i helse, oppvekst og NAV i hele regionen',
      unit: 'Folkehelsekoordinatoren i Brekkdal kommune',
      role: 'regionkoordinator',
      partners: 'RVTS og de andre kommunene',
      milestones: { 't1-m1': 'Første kurs holdt i hver kommune' },
      indicator: 'Andel ansatte i hver kommune som har fullført opplæringen',
    },
    t2: {
      description: 'Felles behandlingstilbud i grupper for personer som utøver vold',
      unit: 'Psykisk helse og rus i Brekkdal kommune',
      role: 'fagleder',
      partners: 'Spesialisthelsetjenesten',
      milestones: {
        't2-m1': 'Avtale med behandlingstilbudet inngått',
        't2-m2': 'Første gruppe startet',
      },
      indicator: 'Antall personer som starter og fullfører behandlingen hvert år',
    },
    t3: {
      description: 'Felles rutine for samarbeid mellom krisesenteret, politiet, barneverntjenesten og legevakten når vold blir avdekket',
      unit: 'Barneverntjenesten i Dalregionen',
      role: 'barnevernleder',
      partners: 'Krisesenteret, politiet og den interkommunale legevakten',
      indicator: 'Rutinen er tatt i bruk i alle de fire kommunene',
    },
    t4: {
      description: 'Undervisning om negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse på ungdomsskolene',
      unit: 'Skolehelsetjenesten i Fossheim kommune',
      role: 'leder',
      partners: 'Minoritetsrådgiveren og ungdomsskolene i alle de fire kommunene',
      milestones: { 't4-m1': 'Undervisningsopplegget er klart' },
      indicator: 'Andel elever på 8.–10. trinn som har fått undervisningen',
    },
    t5: {
      description: 'Lokalt team i Brekkdal som møtes hver måned og følger opp saker om vold',
      unit: 'Familiens hus i Brekkdal',
      role: 'koordinator',
      indicator: 'Teamet har hatt minst ti møter i året',
    },
    t6: {
      description: 'Hjemmetjenesten i Fossheim spør om vold og overgrep når den kartlegger nye brukere',
      unit: 'Hjemmetjenesten i Fossheim',
      role: 'avdelingsleder',
      partners: 'Eldrerådet i Fossheim',
      indicator: 'Andel nye brukere der vold er tatt opp i kartleggingen',
    },
    t7: {
      description: 'Voldsutsatte som flytter ut fra krisesenteret, får en fast kontaktperson i NAV Lindvoll',
      unit: 'NAV Lindvoll',
      role: 'leder',
      partners: 'Krisesenteret',
      indicator: 'Andel som får kontaktperson innen en uke',
    },
    t8: {
      description: 'Opplæring for ansatte i barnehagene i Sørmo i å snakke med barn om vold',
      unit: 'Oppvekstkontoret i Sørmo',
      role: 'barnehagefaglig rådgiver',
      indicator: 'Andel barnehageansatte som har fått opplæringen',
    },
  }),
  followUp: {
    ...INTERMUNICIPAL_PLAN.followUp,
    resourceGroup: {
      ...INTERMUNICIPAL_PLAN.followUp.resourceGroup,
      members: 'Én representant fra hver kommune, barneverntjenesten i Dalregionen og krisesenteret',
    },
  },
});
