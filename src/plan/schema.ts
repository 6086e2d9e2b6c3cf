/**
 * The single definition of a plan. Everything else — the wizard's forms, the plan
 * file, the rules and the exports — takes its shape from this schema.
 */
import { z } from 'zod';
import { isValidIsoDate, isValidPeriodDate, QUARTER_RE, ISO_DATE_RE } from './dates';
import * as v from './vocabulary';

export const LIMITS = { id: 64, short: 300, long: 20_000, list: 2_000 } as const;

const id = z.string().min(1).max(LIMITS.id).describe('Fast id, unik i planen');
const shortText = z.string().max(LIMITS.short);
const longText = z.string().max(LIMITS.long);

export const isoDate = z
  .string()
  .refine(isValidIsoDate, { message: 'ugyldig-dato' })
  .describe('Dato, ÅÅÅÅ-MM-DD');
export const periodDate = z
  .string()
  .refine(isValidPeriodDate, { message: 'ugyldig-periodedato' })
  .describe('ÅÅÅÅ-MM-DD, eller bare ÅÅÅÅ (1. januar som start, 31. desember som slutt)');
export const milestoneWhen = z
  .string()
  .refine((s) => QUARTER_RE.test(s) || (ISO_DATE_RE.test(s) && isValidIsoDate(s)), { message: 'ugyldig-milepael' })
  .describe('ÅÅÅÅ-MM-DD eller et kvartal, ÅÅÅÅ-Q1 … ÅÅÅÅ-Q4');

const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.list).default([]);

export const adoptionSchema = z.object({
  status: z.enum(v.ADOPTION_STATUSES).default('ikke-startet').describe('Hvor langt vedtaket har kommet'),
  body: z.enum(v.ADOPTING_BODIES).optional().describe('Organet som skal vedta (eller vedtok) planen'),
  date: isoDate.optional().describe('Planlagt eller faktisk dato for vedtaket'),
  caseNumber: shortText.optional().describe('Saksnummeret til vedtaket'),
});

export const municipalitySchema = z.object({
  id,
  name: shortText.min(1).describe('Navnet på kommunen'),
  number: z.string().regex(/^\d{4}$/).optional().describe('Kommunenummer (fire siffer)'),
  adoption: adoptionSchema.default({ status: 'ikke-startet' }).describe('Kommunens eget vedtak av planen'),
});

export const rolloverSchema = z.object({
  id,
  decidedOn: isoDate.optional().describe('Dato for det politiske vedtaket om rullering'),
  body: z.enum(v.ADOPTING_BODIES).optional().describe('Organet som vedtok rulleringen'),
  newEnd: periodDate.describe('Ny slutt på planperioden'),
  caseNumber: shortText.optional(),
});

export const periodSchema = z.object({
  start: periodDate.optional().describe('Første dag i planperioden (et årstall betyr 1. januar)'),
  end: periodDate.optional().describe('Siste dag i planperioden, medregnet (et årstall betyr 31. desember)'),
  rollovers: list(rolloverSchema).describe('Vedtak om rullering som forlenger perioden'),
});

export const dataSourceSchema = z.object({
  id,
  name: shortText.min(1).describe('For eksempel folkehelseoversikten, Ungdata, KOSTRA eller politiets tall'),
  date: periodDate.optional().describe('Hvor gamle tallene er (årstall er nok)'),
});

export const goalSchema = z.object({ id, text: longText.min(1).describe('Hva kommunen vil oppnå') });

export const focusAreaSchema = z.object({
  id,
  title: shortText.min(1).describe('Navnet på innsatsområdet'),
  description: longText.optional(),
  goals: list(goalSchema).describe('Målene under innsatsområdet'),
});

export const milestoneSchema = z.object({ id, text: shortText.min(1), when: milestoneWhen });

export const measureSchema = z.object({
  id,
  description: longText.min(1).describe('Hva som skal gjøres'),
  goalId: z.string().max(LIMITS.id).optional().describe('Id til målet tiltaket skal bidra til'),
  responsible: z
    .object({
      unit: shortText.optional().describe('Ansvarlig enhet, for eksempel «Helsestasjonen»'),
      role: shortText.optional().describe('Ansvarlig rolle, for eksempel «leder»'),
    })
    .default({}),
  partners: shortText.optional().describe('Hvem den ansvarlige enheten samarbeider med'),
  deadline: isoDate.optional().describe('Når tiltaket skal være gjennomført'),
  milestones: list(milestoneSchema).describe('Milepæler med dato eller kvartal'),
  resources: z
    .object({
      kind: z.enum(v.RESOURCE_KINDS).optional(),
      amount: z.number().nonnegative().max(1e12).optional().describe('Kroner tiltaket trenger, når det krever nye midler'),
    })
    .default({}),
  indicator: shortText.optional().describe('Hvordan dere ser at tiltaket virker'),
  preventionLevel: z.enum(v.PREVENTION_LEVELS).optional().describe('Forebyggingsnivå: universelt, selektivt eller indikert'),
  status: z.enum(v.MEASURE_STATUSES).default('planlagt').describe('Hvor langt tiltaket har kommet'),
  municipalityIds: list(z.string().max(LIMITS.id)).describe('Kommunene tiltaket gjelder lokalt; tom liste betyr alle'),
});

export const followUpSchema = z.object({
  resourceGroup: z
    .object({
      established: z.boolean().default(false).describe('Arbeidsgruppen fortsetter som ressursgruppe'),
      continuesThroughPeriod: z.boolean().default(false),
      members: longText.optional(),
    })
    .default({ established: false, continuesThroughPeriod: false }),
  councilReporting: z.enum(v.COUNCIL_REPORTING).optional().describe('Hvor ofte kommunestyret får rapport'),
  midTermEvaluation: isoDate.optional().describe('Dato for midtveisevaluering'),
  finalEvaluation: isoDate.optional().describe('Dato for sluttevaluering'),
  revisionDate: isoDate.optional().describe('Når planen skal revideres eller rulleres'),
  publication: z
    .object({
      onWebsite: z.boolean().default(false),
      url: shortText.optional(),
    })
    .default({ onWebsite: false }),
});

export const planSchema = z.object({
  id,
  title: shortText.default('').describe('Tittelen på planen'),
  malform: z.enum(v.MALFORMER).default('nb').describe('Målformen til planen og dokumentene som lages fra den'),
  planType: z.enum(v.PLAN_TYPES).default('egen').describe('Egen kommune eller interkommunal plan'),
  municipalities: list(municipalitySchema).describe('Kommunene som er med i planen, hver med sitt vedtak'),
  cooperation: z
    .object({
      form: z.enum(v.COOPERATION_FORMS).optional(),
      other: shortText.optional(),
      hostId: z.string().max(LIMITS.id).optional().describe('Id til vertskommunen'),
    })
    .default({})
    .describe('Samarbeidsform og vertskommune for interkommunale planer'),
  placement: z
    .object({
      kind: z.enum(v.PLACEMENTS).optional(),
      other: shortText.optional(),
      owner: shortText.optional().describe('Administrativ eier av planen'),
    })
    .default({})
    .describe('Plasseringen i kommunens plansystem'),
  period: periodSchema.default({ rollovers: [] }).describe('Planperioden'),
  knowledgeBase: z
    .object({
      situation: longText.optional().describe('Situasjonsbeskrivelse: styrker og mangler i dagens tjenester'),
      sources: list(dataSourceSchema),
    })
    .default({ sources: [] })
    .describe('Kunnskapsgrunnlaget'),
  primaryTargetGroups: list(z.enum(v.PRIMARY_TARGET_GROUPS)).describe('Primærmålgrupper'),
  targetGroups: list(z.enum(v.TARGET_GROUPS)).describe('Målgrupper planen tar for seg'),
  violenceForms: list(z.enum(v.VIOLENCE_FORMS)).describe('Voldsformer planen tar for seg'),
  focusAreas: list(focusAreaSchema).describe('Innsatsområder med mål'),
  measures: z.array(measureSchema).max(10_000).default([]).describe('Tiltakene i planen'),
  followUp: followUpSchema.describe('Oppfølging, rapportering og evaluering').default({
    resourceGroup: { established: false, continuesThroughPeriod: false },
    publication: { onWebsite: false },
  }),
});

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Municipality = Plan['municipalities'][number];
export type Measure = Plan['measures'][number];
export type FocusArea = Plan['focusAreas'][number];
