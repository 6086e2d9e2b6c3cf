/**
 * The wording of the draft council paper (saksframlegg) in both målformer. Plain
 * language, and careful with the law: no statute requires the plan; the state
 * recommends it strongly (see ../shared/facts.md). `{…}` marks a value filled in by
 * council-docx.ts; ISO dates in it become «31. desember 2027».
 *
 * The title is «kommunedirektøren», the title kommuneloven 2018 uses, never the old one.
 */
import type { Text } from '../plan/rules/types';

export const COUNCIL_TEXT = {
  /** Used when the plan has no title yet. */
  defaultTitle: { nb: 'Handlingsplan mot vold i nære relasjoner', nn: 'Handlingsplan mot vald i nære relasjonar' },
  /** Used when the plan names no municipality. */
  unnamedMunicipality: { nb: '[kommunenavn]', nn: '[kommunenamn]' },
  none: { nb: 'Ikke oppgitt', nn: 'Ikkje oppgitt' },

  // The head of the paper
  paper: { nb: 'Saksframlegg', nn: 'Saksframlegg' },
  docTitle: { nb: 'Saksframlegg: {title} – {municipality}', nn: 'Saksframlegg: {title} – {municipality}' },
  docDescription: {
    nb: 'Utkast til saksframlegg laget fra planen. Les gjennom og tilpass før saken legges fram.',
    nn: 'Utkast til saksframlegg laga frå planen. Les gjennom og tilpass før saka blir lagd fram.',
  },
  municipality: { nb: 'Kommune', nn: 'Kommune' },
  date: { nb: 'Dato', nn: 'Dato' },
  attachment: { nb: 'Vedlegg', nn: 'Vedlegg' },
  body: { nb: 'Utvalg', nn: 'Utval' },
  meetingDate: { nb: 'Møtedato', nn: 'Møtedato' },
  caseNumber: { nb: 'Saksnummer', nn: 'Saksnummer' },
  council: { nb: 'Kommunestyret', nn: 'Kommunestyret' },

  // The five sections
  subject: { nb: 'Saken gjelder', nn: 'Saka gjeld' },
  background: { nb: 'Bakgrunn', nn: 'Bakgrunn' },
  facts: { nb: 'Saksopplysninger', nn: 'Saksopplysningar' },
  assessment: { nb: 'Vurdering', nn: 'Vurdering' },
  proposal: { nb: 'Forslag til vedtak', nn: 'Framlegg til vedtak' },

  // Saken gjelder
  subjectOwn: {
    nb: 'Saken gjelder vedtak av handlingsplan mot vold i nære relasjoner for {municipality}: «{title}».',
    nn: 'Saka gjeld vedtak av handlingsplan mot vald i nære relasjonar for {municipality}: «{title}».',
  },
  subjectJoint: {
    nb: 'Saken gjelder vedtak av felles interkommunal plan for {names}: «{title}».',
    nn: 'Saka gjeld vedtak av felles interkommunal plan for {names}: «{title}».',
  },
  subjectJointHere: {
    nb: 'Dette saksframlegget gjelder vedtaket i {municipality}. Hver kommune vedtar planen i sitt eget kommunestyre.',
    nn: 'Dette saksframlegget gjeld vedtaket i {municipality}. Kvar kommune vedtek planen i sitt eige kommunestyre.',
  },

  // Bakgrunn
  whyPlan: {
    nb: 'Staten anbefaler sterkt at kommunene har en politisk vedtatt handlingsplan mot vold i nære relasjoner. Det er ingen lovpålagt plikt til å ha en slik plan, men en plan gjør det tydelig hvem som har ansvar for hva, og hjelper tjenestene å arbeide sammen.',
    nn: 'Staten tilrår sterkt at kommunane har ein politisk vedteken handlingsplan mot vald i nære relasjonar. Det er inga lovpålagd plikt til å ha ein slik plan, men ein plan gjer det tydeleg kven som har ansvar for kva, og hjelper tenestene å arbeide saman.',
  },
  kostra: {
    nb: 'Hvert år spør SSB i KOSTRA om kommunen har en gjeldende, politisk vedtatt plan for arbeid mot vold i nære relasjoner. Planen teller når den er vedtatt av et politisk organ, har tiltak som skal gi endring eller forbedring, har konkrete aktiviteter med fremdriftsplan og milepæler, oppgir planperioden og ikke er utløpt per 31. desember i rapporteringsåret. En utløpt plan teller ikke, selv om ingen har opphevet den.',
    nn: 'Kvart år spør SSB i KOSTRA om kommunen har ein gjeldande, politisk vedteken plan for arbeid mot vald i nære relasjonar. Planen tel når han er vedteken av eit politisk organ, har tiltak som skal gi endring eller forbetring, har konkrete aktivitetar med framdriftsplan og milepælar, oppgir planperioden og ikkje er utløpen per 31. desember i rapporteringsåret. Ein utløpen plan tel ikkje, sjølv om ingen har oppheva han.',
  },
  jointCounts: {
    nb: 'Planen er en felles interkommunal plan. Den teller for hver kommune først når kommunen selv har vedtatt den.',
    nn: 'Planen er ein felles interkommunal plan. Han tel for kvar kommune først når kommunen sjølv har vedteke han.',
  },
  mandate: { nb: 'Mandat', nn: 'Mandat' },

  // Saksopplysninger
  participants: { nb: 'Hvem som har deltatt', nn: 'Kven som har delteke' },
  consultation: { nb: 'Høring og medvirkning', nn: 'Høyring og medverknad' },
  notStated: { nb: 'Ikke oppgitt i planen.', nn: 'Ikkje oppgitt i planen.' },
  placement: { nb: 'Plassering i plansystemet', nn: 'Plassering i plansystemet' },
  owner: { nb: 'Administrativ eier', nn: 'Administrativ eigar' },
  cooperation: { nb: 'Interkommunalt samarbeid', nn: 'Interkommunalt samarbeid' },
  cooperationForm: { nb: 'Samarbeidsform', nn: 'Samarbeidsform' },
  host: { nb: 'Vertskommune', nn: 'Vertskommune' },
  participating: { nb: 'Kommuner i planen', nn: 'Kommunar i planen' },
  content: { nb: 'Innhold og planperiode', nn: 'Innhald og planperiode' },
  period: { nb: 'Planperiode', nn: 'Planperiode' },
  contentSummary: { nb: 'Planen har {areas}, {goals} og {measures}.', nn: 'Planen har {areas}, {goals} og {measures}.' },
  localMeasures: {
    nb: '{count} av tiltakene gjelder bare {municipality}.',
    nn: '{count} av tiltaka gjeld berre {municipality}.',
  },
  focusArea: { nb: 'Innsatsområde', nn: 'Innsatsområde' },
  goalsColumn: { nb: 'Mål', nn: 'Mål' },
  measuresColumn: { nb: 'Tiltak', nn: 'Tiltak' },
  withoutFocusArea: { nb: 'Tiltak uten innsatsområde', nn: 'Tiltak utan innsatsområde' },
  endByFallback: {
    nb: 'Planen oppgir ingen sluttdato. Perioden regnes derfor å slutte ved sluttevalueringen eller revisjonen, {end}.',
    nn: 'Planen oppgir ingen sluttdato. Perioden blir difor rekna å slutte ved sluttevalueringa eller revisjonen, {end}.',
  },
  endByRollover: {
    nb: 'Perioden er forlenget til {end} ved vedtak om rullering.',
    nn: 'Perioden er forlengd til {end} ved vedtak om rullering.',
  },

  // Period wording, used in Saksopplysninger and the proposal
  periodStartOnly: { nb: 'fra {start} (sluttdato ikke oppgitt)', nn: 'frå {start} (sluttdato ikkje oppgitt)' },
  periodEndOnly: { nb: 'til {end} (startdato ikke oppgitt)', nn: 'til {end} (startdato ikkje oppgitt)' },
  periodNone: { nb: 'ikke oppgitt', nn: 'ikkje oppgitt' },

  // Vurdering: plain words for the council; the site and its tools are never named.
  countsPlanned: {
    nb: 'Vedtar kommunestyret planen {date}, har {municipality} en gjeldende, politisk vedtatt plan mot vold i nære relasjoner. Planen oppfyller kravene i KOSTRA og teller fra rapporteringsåret {from} til og med {to}.',
    nn: 'Vedtek kommunestyret planen {date}, har {municipality} ein gjeldande, politisk vedteken plan mot vald i nære relasjonar. Planen oppfyller krava i KOSTRA og tel frå rapporteringsåret {from} til og med {to}.',
  },
  countsUndated: {
    nb: 'Vedtar kommunestyret planen innen 31. desember {from}, har {municipality} en gjeldende, politisk vedtatt plan mot vold i nære relasjoner. Planen oppfyller kravene i KOSTRA og teller fra rapporteringsåret {from} til og med {to}.',
    nn: 'Vedtek kommunestyret planen innan 31. desember {from}, har {municipality} ein gjeldande, politisk vedteken plan mot vald i nære relasjonar. Planen oppfyller krava i KOSTRA og tel frå rapporteringsåret {from} til og med {to}.',
  },
  countsAfter: {
    nb: 'Etter {to} må planen være revidert eller forlenget ved politisk vedtak for at kommunen fortsatt skal ha en gjeldende plan.',
    nn: 'Etter {to} må planen vere revidert eller forlengd ved politisk vedtak for at kommunen framleis skal ha ein gjeldande plan.',
  },
  notCounts: {
    nb: 'Slik planen står nå, oppfyller den ikke alle kravene i KOSTRA, heller ikke etter vedtak. Dette må rettes før saken legges fram:',
    nn: 'Slik planen står no, oppfyller han ikkje alle krava i KOSTRA, heller ikkje etter vedtak. Dette må rettast før saka blir lagd fram:',
  },
  othersNotAdopted: {
    nb: 'Disse kommunene har ikke vedtatt planen ennå: {names}.',
    nn: 'Desse kommunane har ikkje vedteke planen enno: {names}.',
  },
  allRecommendations: {
    nb: 'Planen følger også anbefalingene fra forskningen på kommunale handlingsplaner mot vold i nære relasjoner.',
    nn: 'Planen følgjer òg tilrådingane frå forskinga på kommunale handlingsplanar mot vald i nære relasjonar.',
  },
  openRecommendations: {
    nb: 'Forskningen på kommunale handlingsplaner gir også anbefalinger som ikke er krav. Planen følger ennå ikke {n} av dem. De gjør planen bedre og lettere å følge opp.',
    nn: 'Forskinga på kommunale handlingsplanar gir òg tilrådingar som ikkje er krav. Planen følgjer enno ikkje {n} av dei. Dei gjer planen betre og lettare å følgje opp.',
  },
  keepAlive: {
    nb: 'Årlig rapportering til kommunestyret og en sluttevaluering holder planen levende: kommunestyret ser hva som er gjort, og revisjonen kan starte i god tid før planperioden går ut.',
    nn: 'Årleg rapportering til kommunestyret og ei sluttevaluering held planen levande: kommunestyret ser kva som er gjort, og revisjonen kan starte i god tid før planperioden går ut.',
  },

  // Forslag til vedtak
  adopt: {
    nb: 'Kommunestyret vedtar «{title}» for perioden {period}.',
    nn: 'Kommunestyret vedtek «{title}» for perioden {period}.',
  },
  adoptNoPeriod: {
    nb: 'Kommunestyret vedtar «{title}». Planperioden er ikke oppgitt i planen og må fylles inn før saken legges fram.',
    nn: 'Kommunestyret vedtek «{title}». Planperioden er ikkje oppgitt i planen og må fyllast inn før saka blir lagd fram.',
  },
  report: {
    nb: 'Kommunedirektøren rapporterer årlig til kommunestyret om gjennomføringen av tiltakene.',
    nn: 'Kommunedirektøren rapporterer årleg til kommunestyret om gjennomføringa av tiltaka.',
  },
  evaluate: {
    nb: 'Planen evalueres innen {evaluation}, slik at revisjonen kan starte før planen går ut {end}.',
    nn: 'Planen blir evaluert innan {evaluation}, slik at revisjonen kan starte før planen går ut {end}.',
  },
  evaluateNoEnd: {
    nb: 'Planen evalueres innen {evaluation}, slik at revisjonen kan starte i god tid før planen går ut.',
    nn: 'Planen blir evaluert innan {evaluation}, slik at revisjonen kan starte i god tid før planen går ut.',
  },
  evaluateUnknown: {
    nb: 'Planen evalueres før planperioden går ut, slik at revisjonen kan starte i tide. Dato for sluttevaluering er ikke oppgitt og må fylles inn.',
    nn: 'Planen blir evaluert før planperioden går ut, slik at revisjonen kan starte i tide. Dato for sluttevaluering er ikkje oppgitt og må fyllast inn.',
  },
  jointAdoption: {
    nb: 'Planen vedtas for {municipality}. Planen er felles for {names}, og hver av kommunene vedtar den i sitt eget kommunestyre.',
    nn: 'Planen blir vedteken for {municipality}. Planen er felles for {names}, og kvar av kommunane vedtek han i sitt eige kommunestyre.',
  },

  // Header block
  officer: { nb: 'Saksbehandler', nn: 'Saksbehandlar' },
  archiveCase: { nb: 'Arkivsak', nn: 'Arkivsak' },
  bodyUnnamed: { nb: 'Utvalg', nn: 'Utval' },

  // Vedlegg
  previousPlan: { nb: 'forrige plan', nn: 'førre plan' },
  evaluationOf: { nb: 'Evaluering av {title}', nn: 'Evaluering av {title}' },

  // Økonomiske og administrative konsekvenser
  economy: { nb: 'Økonomiske og administrative konsekvenser', nn: 'Økonomiske og administrative konsekvensar' },
  measure: { nb: 'Tiltak', nn: 'Tiltak' },
  year: { nb: 'År', nn: 'År' },
  amount: { nb: 'Nye midler', nn: 'Nye midlar' },
  totalYear: { nb: 'Sum {year}', nn: 'Sum {year}' },
  totalAll: { nb: 'Sum for hele perioden', nn: 'Sum for heile perioden' },
  moneyLead: {
    nb: '{n} i planen krever nye midler, til sammen {total}. Beløpet til hvert tiltak står under året tiltaket har frist.',
    nn: '{n} i planen krev nye midlar, til saman {total}. Beløpet til kvart tiltak står under året tiltaket har frist.',
  },
  moneyBudget: {
    nb: 'Kommunestyret tar stilling til disse midlene i budsjettet for hvert år. Tiltak som ikke får midler, må utsettes eller endres.',
    nn: 'Kommunestyret tek stilling til desse midlane i budsjettet for kvart år. Tiltak som ikkje får midlar, må utsetjast eller endrast.',
  },
  moneyJoint: {
    nb: 'Planen sier ikke hvordan utgifter til felles tiltak fordeles mellom kommunene. Det må avtales i samarbeidet.',
    nn: 'Planen seier ikkje korleis utgifter til felles tiltak blir fordelte mellom kommunane. Det må avtalast i samarbeidet.',
  },
  noMoney: {
    nb: 'Ingen av tiltakene i planen krever nye midler.',
    nn: 'Ingen av tiltaka i planen krev nye midlar.',
  },
  withinLead: { nb: 'Disse tiltakene gjennomføres innenfor dagens budsjett:', nn: 'Desse tiltaka blir gjennomførte innanfor dagens budsjett:' },
  unknownLead: { nb: 'For disse tiltakene sier planen ikke hva de koster:', nn: 'For desse tiltaka seier planen ikkje kva dei kostar:' },
  administrative: { nb: 'Administrative konsekvenser', nn: 'Administrative konsekvensar' },
  adminText: {
    nb: 'Tiltakene gjennomføres av de enhetene planen gir ansvaret, som en del av det ordinære arbeidet deres. Kommunedirektøren følger opp planen og rapporterer til kommunestyret.',
    nn: 'Tiltaka blir gjennomførte av dei einingane planen gir ansvaret, som ein del av det ordinære arbeidet deira. Kommunedirektøren følgjer opp planen og rapporterer til kommunestyret.',
  },

  // Joining lists and counting
  and: { nb: 'og', nn: 'og' },
} satisfies Record<string, Text>;

/** Singular and plural of the counted words, by målform. */
export const COUNCIL_COUNTS = {
  focusAreas: { nb: ['innsatsområde', 'innsatsområder'], nn: ['innsatsområde', 'innsatsområde'] },
  goals: { nb: ['mål', 'mål'], nn: ['mål', 'mål'] },
  measures: { nb: ['tiltak', 'tiltak'], nn: ['tiltak', 'tiltak'] },
  recommendations: { nb: ['anbefaling', 'anbefalinger'], nn: ['tilråding', 'tilrådingar'] },
} satisfies Record<string, Record<'nb' | 'nn', readonly [string, string]>>;
