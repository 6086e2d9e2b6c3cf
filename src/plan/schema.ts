/**
 * The single definition of a plan. Everything else — the wizard's forms, the plan
 * file, the rules and the exports — takes its shape from this schema.
 *
 * Written with zod/mini (the tree-shakable form of zod 4): the full zod bundles
 * every string format it knows, which cost the browser pages about 40 KB gzip.
 */
import * as z from 'zod/mini';
import { isValidIsoDate, isValidPeriodDate, QUARTER_RE, ISO_DATE_RE } from './dates';
import * as v from './vocabulary';
import { ROUTINE_KEYS, type RoutineKey } from './routines';
import type { Text } from './rules/types';

export const LIMITS = { id: 64, short: 300, long: 20_000, list: 2_000, measures: 10_000 } as const;

/**
 * Attaches the field's description in bokmål and nynorsk (shown on the plan file page).
 * JSON Schema gets the bokmål text as `description` and the nynorsk as `descriptionNn`.
 */
function doc<T extends z.ZodMiniType>(schema: T, description: Text): T {
  // A copy, so that a shared schema (a date, say) can carry a different description in each place.
  const meta = { description: description.nb, descriptionNn: description.nn };
  return (schema.clone() as z.ZodMiniType).register(z.globalRegistry, meta) as T;
}
const optional = <T extends z.ZodMiniType>(schema: T, description?: Text) =>
  description ? doc(z.optional(schema), description) : z.optional(schema);

const text = (max: number) => z.string().check(z.maxLength(max));
const required = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const id = doc(required(LIMITS.id), { nb: 'Fast id, unik i planen', nn: 'Fast id, unik i planen' });
const ref = text(LIMITS.id);
const shortText = text(LIMITS.short);
const longText = text(LIMITS.long);

export const isoDate = doc(z.string().check(z.refine(isValidIsoDate, { message: 'ugyldig-dato' })), {
  nb: 'Dato, ÅÅÅÅ-MM-DD',
  nn: 'Dato, ÅÅÅÅ-MM-DD',
});
export const periodDate = doc(
  z.string().check(z.refine(isValidPeriodDate, { message: 'ugyldig-periodedato' })),
  {
    nb: 'ÅÅÅÅ-MM-DD, eller bare ÅÅÅÅ (1. januar som start, 31. desember som slutt)',
    nn: 'ÅÅÅÅ-MM-DD, eller berre ÅÅÅÅ (1. januar som start, 31. desember som slutt)',
  },
);
export const milestoneWhen = doc(
  z.string().check(z.refine((s) => QUARTER_RE.test(s) || (ISO_DATE_RE.test(s) && isValidIsoDate(s)), { message: 'ugyldig-milepael' })),
  { nb: 'ÅÅÅÅ-MM-DD eller et kvartal, ÅÅÅÅ-Q1 … ÅÅÅÅ-Q4', nn: 'ÅÅÅÅ-MM-DD eller eit kvartal, ÅÅÅÅ-Q1 … ÅÅÅÅ-Q4' },
);

const list = <T extends z.ZodMiniType>(item: T, description?: Text, max: number = LIMITS.list) => {
  const schema = z._default(z.array(item).check(z.maxLength(max)), () => []);
  return description ? doc(schema, description) : schema;
};

export const adoptionSchema = z.object({
  status: doc(z._default(z.enum(v.ADOPTION_STATUSES), 'ikke-startet'), {
    nb: 'Hvor langt vedtaket har kommet',
    nn: 'Kor langt vedtaket har kome',
  }),
  body: optional(z.enum(v.ADOPTING_BODIES), {
    nb: 'Organet som skal vedta (eller vedtok) planen',
    nn: 'Organet som skal vedta planen (eller som vedtok han)',
  }),
  date: optional(isoDate, { nb: 'Planlagt eller faktisk dato for vedtaket', nn: 'Planlagd eller faktisk dato for vedtaket' }),
  caseNumber: optional(shortText, { nb: 'Saksnummeret til vedtaket', nn: 'Saksnummeret til vedtaket' }),
});

/** The head of the council paper: who writes it, its archive case, and the meetings that treat it. */
function councilCaseSchema() {
  return z.object({
    officer: optional(shortText, { nb: 'Saksbehandler', nn: 'Saksbehandlar' }),
    archiveCase: optional(shortText, { nb: 'Arkivsaksnummer, for eksempel 26/123', nn: 'Arkivsaksnummer, til dømes 26/123' }),
    meetings: list(
      z.object({
        body: optional(shortText, { nb: 'Utvalget, for eksempel «Formannskapet»', nn: 'Utvalet, til dømes «Formannskapet»' }),
        date: optional(isoDate),
        caseNumber: optional(shortText),
      }),
      {
        nb: 'Utvalg som behandler saken før vedtaket (for eksempel formannskapet), i rekkefølge, med møtedato',
        nn: 'Utval som handsamar saka før vedtaket (til dømes formannskapet), i rekkjefølgje, med møtedato',
      },
    ),
  });
}

export const municipalitySchema = z.object({
  id,
  name: doc(required(LIMITS.short), { nb: 'Navnet på kommunen', nn: 'Namnet på kommunen' }),
  number: optional(z.string().check(z.regex(/^\d{4}$/)), {
    nb: 'Kommunenummer (fire siffer)',
    nn: 'Kommunenummer (fire siffer)',
  }),
  adoption: doc(z._default(adoptionSchema, () => ({ status: 'ikke-startet' as const })), {
    nb: 'Kommunens eget vedtak av planen',
    nn: 'Vedtaket kommunen sjølv gjer om planen',
  }),
  councilCase: optional(councilCaseSchema(), {
    nb: 'Saken til politisk behandling: saksbehandler, arkivsak og utvalgene med møtedato (valgfritt)',
    nn: 'Saka til politisk handsaming: saksbehandlar, arkivsak og utvala med møtedato (valfritt)',
  }),
});

export const rolloverSchema = z.object({
  id,
  decidedOn: optional(isoDate, {
    nb: 'Dato for det politiske vedtaket om rullering',
    nn: 'Dato for det politiske vedtaket om rullering',
  }),
  body: optional(z.enum(v.ADOPTING_BODIES), { nb: 'Organet som vedtok rulleringen', nn: 'Organet som vedtok rulleringa' }),
  newEnd: doc(periodDate, { nb: 'Ny slutt på planperioden', nn: 'Ny slutt på planperioden' }),
  caseNumber: optional(shortText),
});

export const periodSchema = z.object({
  start: optional(periodDate, {
    nb: 'Første dag i planperioden (et årstall betyr 1. januar)',
    nn: 'Første dag i planperioden (eit årstal tyder 1. januar)',
  }),
  end: optional(periodDate, {
    nb: 'Siste dag i planperioden, medregnet (et årstall betyr 31. desember)',
    nn: 'Siste dag i planperioden, medrekna (eit årstal tyder 31. desember)',
  }),
  rollovers: list(rolloverSchema, {
    nb: 'Vedtak om rullering som forlenger perioden',
    nn: 'Vedtak om rullering som forlengjer perioden',
  }),
});

export const dataSourceSchema = z.object({
  id,
  name: doc(required(LIMITS.short), {
    nb: 'For eksempel folkehelseoversikten, Ungdata, KOSTRA eller politiets tall',
    nn: 'Til dømes folkehelseoversikta, Ungdata, KOSTRA eller tala frå politiet',
  }),
  date: optional(periodDate, { nb: 'Hvor gamle tallene er (årstall er nok)', nn: 'Kor gamle tala er (årstal er nok)' }),
});

export const goalSchema = z.object({
  id,
  text: doc(required(LIMITS.long), { nb: 'Hva kommunen vil oppnå', nn: 'Kva kommunen vil oppnå' }),
});

export const focusAreaSchema = z.object({
  id,
  title: doc(required(LIMITS.short), { nb: 'Navnet på innsatsområdet', nn: 'Namnet på innsatsområdet' }),
  description: optional(longText),
  goals: list(goalSchema, { nb: 'Målene under innsatsområdet', nn: 'Måla under innsatsområdet' }),
});

export const milestoneSchema = z.object({ id, text: required(LIMITS.short), when: milestoneWhen });

export const measureSchema = z.object({
  id,
  description: doc(required(LIMITS.long), { nb: 'Hva som skal gjøres', nn: 'Kva som skal gjerast' }),
  goalId: optional(ref, { nb: 'Id til målet tiltaket skal bidra til', nn: 'Id til målet tiltaket skal bidra til' }),
  responsible: z._default(
    z.object({
      unit: optional(shortText, {
        nb: 'Ansvarlig enhet, for eksempel «Helsestasjonen»',
        nn: 'Ansvarleg eining, til dømes «Helsestasjonen»',
      }),
      role: optional(shortText, { nb: 'Ansvarlig rolle, for eksempel «leder»', nn: 'Ansvarleg rolle, til dømes «leiar»' }),
    }),
    () => ({}),
  ),
  partners: optional(shortText, {
    nb: 'Hvem den ansvarlige enheten samarbeider med',
    nn: 'Kven den ansvarlege eininga samarbeider med',
  }),
  deadline: optional(isoDate, { nb: 'Når tiltaket skal være gjennomført', nn: 'Når tiltaket skal vere gjennomført' }),
  milestones: list(milestoneSchema, { nb: 'Milepæler med dato eller kvartal', nn: 'Milepælar med dato eller kvartal' }),
  resources: z._default(
    z.object({
      kind: optional(z.enum(v.RESOURCE_KINDS)),
      amount: optional(z.number().check(z.nonnegative(), z.maximum(1e12)), {
        nb: 'Kroner tiltaket trenger, når det krever nye midler',
        nn: 'Kroner tiltaket treng når det krev nye midlar',
      }),
    }),
    () => ({}),
  ),
  indicator: optional(shortText, { nb: 'Hvordan dere ser at tiltaket virker', nn: 'Korleis de ser at tiltaket verkar' }),
  preventionLevel: optional(z.enum(v.PREVENTION_LEVELS), {
    nb: 'Forebyggingsnivå: universelt, selektivt eller indikert',
    nn: 'Førebyggingsnivå: universelt, selektivt eller indikert',
  }),
  status: doc(z._default(z.enum(v.MEASURE_STATUSES), 'planlagt'), {
    nb: 'Hvor langt tiltaket har kommet',
    nn: 'Kor langt tiltaket har kome',
  }),
  municipalityIds: list(ref, {
    nb: 'Kommunene tiltaket gjelder lokalt; tom liste betyr alle',
    nn: 'Kommunane tiltaket gjeld lokalt; ei tom liste tyder alle',
  }),
  origin: optional(
    z.object({
      measureId: ref,
      decision: z.enum(v.EVALUATION_DECISIONS),
      result: optional(z.enum(v.EVALUATION_RESULTS), {
        nb: 'Hvor langt tiltaket kom i den forrige planen',
        nn: 'Kor langt tiltaket kom i den førre planen',
      }),
      comment: optional(longText, {
        nb: 'Kommentaren fra evalueringen av den forrige planen',
        nn: 'Kommentaren frå evalueringa av den førre planen',
      }),
      noticeDismissed: optional(z.boolean(), {
        nb: 'Brukeren har lest og lukket merknaden fra evalueringen',
        nn: 'Brukaren har lese og lukka merknaden frå evalueringa',
      }),
    }),
    {
      nb: 'Tiltaket i den forrige planen dette tiltaket kommer fra, og om det ble beholdt eller endret',
      nn: 'Tiltaket i den førre planen som dette tiltaket kjem frå, og om det blei behalde eller endra',
    },
  ),
});

export const evaluationSchema = z.object({
  measures: list(
    z.object({
      measureId: ref,
      result: optional(z.enum(v.EVALUATION_RESULTS), {
        nb: 'Gjennomført, delvis gjennomført eller ikke gjennomført',
        nn: 'Gjennomført, delvis gjennomført eller ikkje gjennomført',
      }),
      decision: optional(z.enum(v.EVALUATION_DECISIONS), {
        nb: 'Beholde, endre eller droppe tiltaket i neste plan',
        nn: 'Behalde, endre eller droppe tiltaket i neste plan',
      }),
      comment: optional(longText),
    }),
    { nb: 'Evalueringen av hvert tiltak', nn: 'Evalueringa av kvart tiltak' },
  ),
  whatDone: optional(longText, { nb: 'Hva gjorde vi?', nn: 'Kva gjorde vi?' }),
  learned: optional(longText, { nb: 'Hva lærte vi?', nn: 'Kva lærte vi?' }),
  worked: optional(longText, { nb: 'Hva virket?', nn: 'Kva verka?' }),
  missingGroups: optional(longText, { nb: 'Hvilke grupper manglet?', nn: 'Kva grupper mangla?' }),
  placement: optional(longText, { nb: 'Var plasseringen i plansystemet riktig?', nn: 'Var plasseringa i plansystemet rett?' }),
  placementVerdict: optional(z.enum(['riktig', 'feil']), {
    nb: 'Ja eller nei: var plasseringen i plansystemet riktig? Et nei betyr at den nye planen må velge plassering på nytt',
    nn: 'Ja eller nei: var plasseringa i plansystemet rett? Eit nei tyder at den nye planen må velje plassering på nytt',
  }),
  evaluatedOn: optional(isoDate, { nb: 'Datoen evalueringen ble gjort', nn: 'Datoen då evalueringa blei gjord' }),
});

export const followUpSchema = z.object({
  resourceGroup: z._default(
    z.object({
      established: doc(z._default(z.boolean(), false), {
        nb: 'Arbeidsgruppen fortsetter som ressursgruppe',
        nn: 'Arbeidsgruppa held fram som ressursgruppe',
      }),
      continuesThroughPeriod: z._default(z.boolean(), false),
      members: optional(longText),
    }),
    () => ({ established: false, continuesThroughPeriod: false }),
  ),
  councilReporting: optional(z.enum(v.COUNCIL_REPORTING), {
    nb: 'Hvor ofte kommunestyret får rapport',
    nn: 'Kor ofte kommunestyret får rapport',
  }),
  councilReportMonth: optional(z.int().check(z.minimum(1), z.maximum(12)), {
    nb: 'Måneden (1–12) den årlige rapporten legges fram for kommunestyret',
    nn: 'Månaden (1–12) den årlege rapporten blir lagd fram for kommunestyret',
  }),
  midTermEvaluation: optional(isoDate, { nb: 'Dato for midtveisevaluering', nn: 'Dato for midtvegsevaluering' }),
  finalEvaluation: optional(isoDate, { nb: 'Dato for sluttevaluering', nn: 'Dato for sluttevaluering' }),
  revisionDate: optional(isoDate, {
    nb: 'Når planen skal revideres eller rulleres',
    nn: 'Når planen skal reviderast eller rullerast',
  }),
  publication: z._default(
    z.object({ onWebsite: z._default(z.boolean(), false), url: optional(shortText) }),
    () => ({ onWebsite: false }),
  ),
});

export const planSchema = z.object({
  id,
  title: doc(z._default(shortText, ''), { nb: 'Tittelen på planen', nn: 'Tittelen på planen' }),
  malform: doc(z._default(z.enum(v.MALFORMER), 'nb'), {
    nb: 'Målformen til planen og dokumentene som lages fra den',
    nn: 'Målforma til planen og dokumenta som blir laga frå han',
  }),
  planType: doc(z._default(z.enum(v.PLAN_TYPES), 'egen'), {
    nb: 'Egen kommune eller interkommunal plan',
    nn: 'Eigen kommune eller interkommunal plan',
  }),
  municipalities: list(municipalitySchema, {
    nb: 'Kommunene som er med i planen, hver med sitt vedtak',
    nn: 'Kommunane som er med i planen, kvar med sitt vedtak',
  }),
  cooperation: doc(
    z._default(
      z.object({
        form: optional(z.enum(v.COOPERATION_FORMS)),
        other: optional(shortText),
        hostId: optional(ref, { nb: 'Id til vertskommunen', nn: 'Id til vertskommunen' }),
      }),
      () => ({}),
    ),
    {
      nb: 'Samarbeidsform og vertskommune for interkommunale planer',
      nn: 'Samarbeidsform og vertskommune for interkommunale planar',
    },
  ),
  process: doc(
    z._default(
      z.object({
        mandate: optional(longText, {
          nb: 'Mandatet for arbeidet: hvem som ga oppdraget, og hva oppdraget var',
          nn: 'Mandatet for arbeidet: kven som gav oppdraget, og kva oppdraget var',
        }),
        participants: optional(longText, {
          nb: 'Hvem som har deltatt i arbeidet med planen',
          nn: 'Kven som har delteke i arbeidet med planen',
        }),
        consultation: optional(longText, {
          nb: 'Høring og medvirkning: hvem som ble spurt, og hva de sa',
          nn: 'Høyring og medverknad: kven som blei spurd, og kva dei sa',
        }),
      }),
      () => ({}),
    ),
    {
      nb: 'Prosessen: mandat, deltakere og høring (brukes i forordet og saksframlegget)',
      nn: 'Prosessen: mandat, deltakarar og høyring (blir brukt i forordet og saksframlegget)',
    },
  ),
  placement: doc(
    z._default(
      z.object({
        kind: optional(z.enum(v.PLACEMENTS)),
        other: optional(shortText),
        owner: optional(shortText, { nb: 'Administrativ eier av planen', nn: 'Administrativ eigar av planen' }),
      }),
      () => ({}),
    ),
    { nb: 'Plasseringen i kommunens plansystem', nn: 'Plasseringa i plansystemet til kommunen' },
  ),
  period: doc(z._default(periodSchema, () => ({ rollovers: [] })), { nb: 'Planperioden', nn: 'Planperioden' }),
  knowledgeBase: doc(
    z._default(
      z.object({
        situation: optional(longText, {
          nb: 'Situasjonsbeskrivelse: styrker og mangler i dagens tjenester',
          nn: 'Situasjonsskildring: styrkar og manglar i tenestene i dag',
        }),
        sources: list(dataSourceSchema),
      }),
      () => ({ sources: [] }),
    ),
    { nb: 'Kunnskapsgrunnlaget', nn: 'Kunnskapsgrunnlaget' },
  ),
  primaryTargetGroups: list(z.enum(v.PRIMARY_TARGET_GROUPS), { nb: 'Primærmålgrupper', nn: 'Primærmålgrupper' }),
  targetGroups: list(z.enum(v.TARGET_GROUPS), { nb: 'Målgrupper planen tar for seg', nn: 'Målgrupper planen tek for seg' }),
  violenceForms: list(z.enum(v.VIOLENCE_FORMS), { nb: 'Voldsformer planen tar for seg', nn: 'Valdsformer planen tek for seg' }),
  focusAreas: list(focusAreaSchema, { nb: 'Innsatsområder med mål', nn: 'Innsatsområde med mål' }),
  measures: list(measureSchema, { nb: 'Tiltakene i planen', nn: 'Tiltaka i planen' }, LIMITS.measures),
  evaluation: optional(evaluationSchema, {
    nb: 'Evalueringen av planen når den skal revideres',
    nn: 'Evalueringa av planen når han skal reviderast',
  }),
  history: optional(
    z.object({
      previousPlanId: ref,
      previousTitle: optional(shortText),
      previousStart: optional(periodDate),
      previousEnd: optional(periodDate),
      startedOn: optional(isoDate),
      placementCleared: optional(z.boolean(), {
        nb: 'Evalueringen sa at plasseringen i plansystemet var feil, så den ble ikke ført videre',
        nn: 'Evalueringa sa at plasseringa i plansystemet var feil, så ho blei ikkje ført vidare',
      }),
    }),
    {
      nb: 'Planen denne planen viderefører: den evaluerte planen og når den nye perioden ble startet',
      nn: 'Planen som denne planen vidarefører: den evaluerte planen og når den nye perioden blei starta',
    },
  ),
  routines: optional(
    z.object(Object.fromEntries(ROUTINE_KEYS.map((k) => [k, optional(longText)])) as Record<RoutineKey, z.ZodMiniOptional<typeof longText>>),
    {
      nb: 'Vedlegg: rutiner når noen er utsatt for vold, ett felt per steg (valgfritt)',
      nn: 'Vedlegg: rutinar når nokon er utsett for vald, eitt felt per steg (valfritt)',
    },
  ),
  source: optional(
    z.object({
      fileName: doc(required(LIMITS.short), { nb: 'Navnet på filen', nn: 'Namnet på fila' }),
      importedOn: optional(isoDate, { nb: 'Datoen filen ble hentet inn', nn: 'Datoen fila blei henta inn' }),
    }),
    {
      nb: 'Word- eller PDF-filen planen ble hentet inn fra',
      nn: 'Word- eller PDF-fila planen blei henta inn frå',
    },
  ),
  followUp: doc(
    z._default(followUpSchema, () => ({
      resourceGroup: { established: false, continuesThroughPeriod: false },
      publication: { onWebsite: false },
    })),
    { nb: 'Oppfølging, rapportering og evaluering', nn: 'Oppfølging, rapportering og evaluering' },
  ),
});

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Municipality = Plan['municipalities'][number];
export type Measure = Plan['measures'][number];
export type FocusArea = Plan['focusAreas'][number];
