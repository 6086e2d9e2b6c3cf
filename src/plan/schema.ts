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

export const LIMITS = { id: 64, short: 300, long: 20_000, list: 2_000, measures: 10_000 } as const;

/** Attaches the field's Norwegian description (shown on the plan file page). */
function doc<T extends z.ZodMiniType>(schema: T, description: string): T {
  // A copy, so that a shared schema (a date, say) can carry a different description in each place.
  return (schema.clone() as z.ZodMiniType).register(z.globalRegistry, { description }) as T;
}
const optional = <T extends z.ZodMiniType>(schema: T, description?: string) =>
  description ? doc(z.optional(schema), description) : z.optional(schema);

const text = (max: number) => z.string().check(z.maxLength(max));
const required = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const id = doc(required(LIMITS.id), 'Fast id, unik i planen');
const ref = text(LIMITS.id);
const shortText = text(LIMITS.short);
const longText = text(LIMITS.long);

export const isoDate = doc(z.string().check(z.refine(isValidIsoDate, { message: 'ugyldig-dato' })), 'Dato, ÅÅÅÅ-MM-DD');
export const periodDate = doc(
  z.string().check(z.refine(isValidPeriodDate, { message: 'ugyldig-periodedato' })),
  'ÅÅÅÅ-MM-DD, eller bare ÅÅÅÅ (1. januar som start, 31. desember som slutt)',
);
export const milestoneWhen = doc(
  z.string().check(z.refine((s) => QUARTER_RE.test(s) || (ISO_DATE_RE.test(s) && isValidIsoDate(s)), { message: 'ugyldig-milepael' })),
  'ÅÅÅÅ-MM-DD eller et kvartal, ÅÅÅÅ-Q1 … ÅÅÅÅ-Q4',
);

const list = <T extends z.ZodMiniType>(item: T, description?: string, max: number = LIMITS.list) => {
  const schema = z._default(z.array(item).check(z.maxLength(max)), () => []);
  return description ? doc(schema, description) : schema;
};

export const adoptionSchema = z.object({
  status: doc(z._default(z.enum(v.ADOPTION_STATUSES), 'ikke-startet'), 'Hvor langt vedtaket har kommet'),
  body: optional(z.enum(v.ADOPTING_BODIES), 'Organet som skal vedta (eller vedtok) planen'),
  date: optional(isoDate, 'Planlagt eller faktisk dato for vedtaket'),
  caseNumber: optional(shortText, 'Saksnummeret til vedtaket'),
});

export const municipalitySchema = z.object({
  id,
  name: doc(required(LIMITS.short), 'Navnet på kommunen'),
  number: optional(z.string().check(z.regex(/^\d{4}$/)), 'Kommunenummer (fire siffer)'),
  adoption: doc(z._default(adoptionSchema, () => ({ status: 'ikke-startet' as const })), 'Kommunens eget vedtak av planen'),
});

export const rolloverSchema = z.object({
  id,
  decidedOn: optional(isoDate, 'Dato for det politiske vedtaket om rullering'),
  body: optional(z.enum(v.ADOPTING_BODIES), 'Organet som vedtok rulleringen'),
  newEnd: doc(periodDate, 'Ny slutt på planperioden'),
  caseNumber: optional(shortText),
});

export const periodSchema = z.object({
  start: optional(periodDate, 'Første dag i planperioden (et årstall betyr 1. januar)'),
  end: optional(periodDate, 'Siste dag i planperioden, medregnet (et årstall betyr 31. desember)'),
  rollovers: list(rolloverSchema, 'Vedtak om rullering som forlenger perioden'),
});

export const dataSourceSchema = z.object({
  id,
  name: doc(required(LIMITS.short), 'For eksempel folkehelseoversikten, Ungdata, KOSTRA eller politiets tall'),
  date: optional(periodDate, 'Hvor gamle tallene er (årstall er nok)'),
});

export const goalSchema = z.object({ id, text: doc(required(LIMITS.long), 'Hva kommunen vil oppnå') });

export const focusAreaSchema = z.object({
  id,
  title: doc(required(LIMITS.short), 'Navnet på innsatsområdet'),
  description: optional(longText),
  goals: list(goalSchema, 'Målene under innsatsområdet'),
});

export const milestoneSchema = z.object({ id, text: required(LIMITS.short), when: milestoneWhen });

export const measureSchema = z.object({
  id,
  description: doc(required(LIMITS.long), 'Hva som skal gjøres'),
  goalId: optional(ref, 'Id til målet tiltaket skal bidra til'),
  responsible: z._default(
    z.object({
      unit: optional(shortText, 'Ansvarlig enhet, for eksempel «Helsestasjonen»'),
      role: optional(shortText, 'Ansvarlig rolle, for eksempel «leder»'),
    }),
    () => ({}),
  ),
  partners: optional(shortText, 'Hvem den ansvarlige enheten samarbeider med'),
  deadline: optional(isoDate, 'Når tiltaket skal være gjennomført'),
  milestones: list(milestoneSchema, 'Milepæler med dato eller kvartal'),
  resources: z._default(
    z.object({
      kind: optional(z.enum(v.RESOURCE_KINDS)),
      amount: optional(z.number().check(z.nonnegative(), z.maximum(1e12)), 'Kroner tiltaket trenger, når det krever nye midler'),
    }),
    () => ({}),
  ),
  indicator: optional(shortText, 'Hvordan dere ser at tiltaket virker'),
  preventionLevel: optional(z.enum(v.PREVENTION_LEVELS), 'Forebyggingsnivå: universelt, selektivt eller indikert'),
  status: doc(z._default(z.enum(v.MEASURE_STATUSES), 'planlagt'), 'Hvor langt tiltaket har kommet'),
  municipalityIds: list(ref, 'Kommunene tiltaket gjelder lokalt; tom liste betyr alle'),
  origin: optional(
    z.object({ measureId: ref, decision: z.enum(v.EVALUATION_DECISIONS) }),
    'Tiltaket i den forrige planen dette tiltaket kommer fra, og om det ble beholdt eller endret',
  ),
});

export const evaluationSchema = z.object({
  measures: list(
    z.object({
      measureId: ref,
      result: optional(z.enum(v.EVALUATION_RESULTS), 'Gjennomført, delvis gjennomført eller ikke gjennomført'),
      decision: optional(z.enum(v.EVALUATION_DECISIONS), 'Beholde, endre eller droppe tiltaket i neste plan'),
      comment: optional(longText),
    }),
    'Evalueringen av hvert tiltak',
  ),
  whatDone: optional(longText, 'Hva gjorde vi?'),
  learned: optional(longText, 'Hva lærte vi?'),
  worked: optional(longText, 'Hva virket?'),
  missingGroups: optional(longText, 'Hvilke grupper manglet?'),
  placement: optional(longText, 'Var plasseringen i plansystemet riktig?'),
  evaluatedOn: optional(isoDate, 'Datoen evalueringen ble gjort'),
});

export const followUpSchema = z.object({
  resourceGroup: z._default(
    z.object({
      established: doc(z._default(z.boolean(), false), 'Arbeidsgruppen fortsetter som ressursgruppe'),
      continuesThroughPeriod: z._default(z.boolean(), false),
      members: optional(longText),
    }),
    () => ({ established: false, continuesThroughPeriod: false }),
  ),
  councilReporting: optional(z.enum(v.COUNCIL_REPORTING), 'Hvor ofte kommunestyret får rapport'),
  midTermEvaluation: optional(isoDate, 'Dato for midtveisevaluering'),
  finalEvaluation: optional(isoDate, 'Dato for sluttevaluering'),
  revisionDate: optional(isoDate, 'Når planen skal revideres eller rulleres'),
  publication: z._default(
    z.object({ onWebsite: z._default(z.boolean(), false), url: optional(shortText) }),
    () => ({ onWebsite: false }),
  ),
});

export const planSchema = z.object({
  id,
  title: doc(z._default(shortText, ''), 'Tittelen på planen'),
  malform: doc(z._default(z.enum(v.MALFORMER), 'nb'), 'Målformen til planen og dokumentene som lages fra den'),
  planType: doc(z._default(z.enum(v.PLAN_TYPES), 'egen'), 'Egen kommune eller interkommunal plan'),
  municipalities: list(municipalitySchema, 'Kommunene som er med i planen, hver med sitt vedtak'),
  cooperation: doc(
    z._default(
      z.object({
        form: optional(z.enum(v.COOPERATION_FORMS)),
        other: optional(shortText),
        hostId: optional(ref, 'Id til vertskommunen'),
      }),
      () => ({}),
    ),
    'Samarbeidsform og vertskommune for interkommunale planer',
  ),
  process: doc(
    z._default(
      z.object({
        mandate: optional(longText, 'Mandatet for arbeidet: hvem som ga oppdraget, og hva oppdraget var'),
        participants: optional(longText, 'Hvem som har deltatt i arbeidet med planen'),
        consultation: optional(longText, 'Høring og medvirkning: hvem som ble spurt, og hva de sa'),
      }),
      () => ({}),
    ),
    'Prosessen: mandat, deltakere og høring (brukes i forordet og saksframlegget)',
  ),
  placement: doc(
    z._default(
      z.object({
        kind: optional(z.enum(v.PLACEMENTS)),
        other: optional(shortText),
        owner: optional(shortText, 'Administrativ eier av planen'),
      }),
      () => ({}),
    ),
    'Plasseringen i kommunens plansystem',
  ),
  period: doc(z._default(periodSchema, () => ({ rollovers: [] })), 'Planperioden'),
  knowledgeBase: doc(
    z._default(
      z.object({
        situation: optional(longText, 'Situasjonsbeskrivelse: styrker og mangler i dagens tjenester'),
        sources: list(dataSourceSchema),
      }),
      () => ({ sources: [] }),
    ),
    'Kunnskapsgrunnlaget',
  ),
  primaryTargetGroups: list(z.enum(v.PRIMARY_TARGET_GROUPS), 'Primærmålgrupper'),
  targetGroups: list(z.enum(v.TARGET_GROUPS), 'Målgrupper planen tar for seg'),
  violenceForms: list(z.enum(v.VIOLENCE_FORMS), 'Voldsformer planen tar for seg'),
  focusAreas: list(focusAreaSchema, 'Innsatsområder med mål'),
  measures: list(measureSchema, 'Tiltakene i planen', LIMITS.measures),
  evaluation: optional(evaluationSchema, 'Evalueringen av planen når den skal revideres'),
  history: optional(
    z.object({
      previousPlanId: ref,
      previousTitle: optional(shortText),
      previousStart: optional(periodDate),
      previousEnd: optional(periodDate),
      startedOn: optional(isoDate),
    }),
    'Planen denne planen viderefører: den evaluerte planen og når den nye perioden ble startet',
  ),
  followUp: doc(
    z._default(followUpSchema, () => ({
      resourceGroup: { established: false, continuesThroughPeriod: false },
      publication: { onWebsite: false },
    })),
    'Oppfølging, rapportering og evaluering',
  ),
});

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Municipality = Plan['municipalities'][number];
export type Measure = Plan['measures'][number];
export type FocusArea = Plan['focusAreas'][number];
