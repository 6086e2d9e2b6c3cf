/**
 * The single definition of a plan. Everything else — the wizard's forms, the plan
 * file, the rules and the exports — takes its shape from this schema.
 */
import { z } from 'zod';
import { isValidIsoDate, isValidPeriodDate, QUARTER_RE, ISO_DATE_RE } from './dates';
import * as v from './vocabulary';

export const LIMITS = { id: 64, short: 300, long: 20_000, list: 2_000 } as const;

const id = z.string().min(1).max(LIMITS.id).describe('Stable identifier, unique within the plan');
const shortText = z.string().max(LIMITS.short);
const longText = z.string().max(LIMITS.long);

export const isoDate = z
  .string()
  .refine(isValidIsoDate, { message: 'ugyldig-dato' })
  .describe('A calendar date, YYYY-MM-DD');
export const periodDate = z
  .string()
  .refine(isValidPeriodDate, { message: 'ugyldig-periodedato' })
  .describe('YYYY-MM-DD, or YYYY alone (1 January as start, 31 December as end)');
export const milestoneWhen = z
  .string()
  .refine((s) => QUARTER_RE.test(s) || (ISO_DATE_RE.test(s) && isValidIsoDate(s)), { message: 'ugyldig-milepael' })
  .describe('YYYY-MM-DD or a quarter, YYYY-Q1 … YYYY-Q4');

const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.list).default([]);

export const adoptionSchema = z.object({
  status: z.enum(v.ADOPTION_STATUSES).default('ikke-startet').describe('Where the adoption stands'),
  body: z.enum(v.ADOPTING_BODIES).optional().describe('The body that adopts (or adopted) the plan'),
  date: isoDate.optional().describe('Planned or actual date of the decision'),
  caseNumber: shortText.optional().describe('Case number (saksnummer) of the decision'),
});

export const municipalitySchema = z.object({
  id,
  name: shortText.min(1).describe('Name of the municipality'),
  number: z.string().regex(/^\d{4}$/).optional().describe('Kommunenummer (four digits)'),
  adoption: adoptionSchema.default({ status: 'ikke-startet' }).describe('This municipality’s adoption of the plan'),
});

export const rolloverSchema = z.object({
  id,
  decidedOn: isoDate.optional().describe('Date of the political decision to roll the plan over'),
  body: z.enum(v.ADOPTING_BODIES).optional().describe('Body that decided the roll-over'),
  newEnd: periodDate.describe('The new end of the period'),
  caseNumber: shortText.optional(),
});

export const periodSchema = z.object({
  start: periodDate.optional().describe('First day of the plan period (a year means 1 January)'),
  end: periodDate.optional().describe('Last day of the plan period, inclusive (a year means 31 December)'),
  rollovers: list(rolloverSchema).describe('Roll-over decisions (rullering) that extend the period'),
});

export const dataSourceSchema = z.object({
  id,
  name: shortText.min(1).describe('For example Folkehelseoversikten, Ungdata, KOSTRA, politiets tall'),
  date: periodDate.optional().describe('When the data are from (a year is enough)'),
});

export const goalSchema = z.object({ id, text: longText.min(1).describe('What the municipality wants to achieve') });

export const focusAreaSchema = z.object({
  id,
  title: shortText.min(1).describe('Name of the focus area (innsatsområde)'),
  description: longText.optional(),
  goals: list(goalSchema),
});

export const milestoneSchema = z.object({ id, text: shortText.min(1), when: milestoneWhen });

export const measureSchema = z.object({
  id,
  description: longText.min(1).describe('What will be done'),
  goalId: z.string().max(LIMITS.id).optional().describe('The goal the measure serves'),
  responsible: z
    .object({
      unit: shortText.optional().describe('Responsible unit, for example «Helsestasjonen»'),
      role: shortText.optional().describe('Responsible role, for example «leder»'),
    })
    .default({}),
  partners: shortText.optional().describe('Who the responsible unit works with'),
  deadline: isoDate.optional().describe('When the measure is to be done'),
  milestones: list(milestoneSchema),
  resources: z
    .object({
      kind: z.enum(v.RESOURCE_KINDS).optional(),
      amount: z.number().finite().nonnegative().max(1e12).optional().describe('Kroner needed, when it needs funding'),
    })
    .default({}),
  indicator: shortText.optional().describe('How we will know the measure worked'),
  preventionLevel: z.enum(v.PREVENTION_LEVELS).optional(),
  status: z.enum(v.MEASURE_STATUSES).default('planlagt'),
  municipalityIds: list(z.string().max(LIMITS.id)).describe('Municipalities the measure is local to; empty means all'),
});

export const followUpSchema = z.object({
  resourceGroup: z
    .object({
      established: z.boolean().default(false).describe('The working group continues as a resource group'),
      continuesThroughPeriod: z.boolean().default(false),
      members: longText.optional(),
    })
    .default({ established: false, continuesThroughPeriod: false }),
  councilReporting: z.enum(v.COUNCIL_REPORTING).optional().describe('How often the council gets a report'),
  midTermEvaluation: isoDate.optional(),
  finalEvaluation: isoDate.optional(),
  revisionDate: isoDate.optional().describe('When the plan is to be revised (rullert)'),
  publication: z
    .object({
      onWebsite: z.boolean().default(false),
      url: shortText.optional(),
    })
    .default({ onWebsite: false }),
});

export const planSchema = z.object({
  id,
  title: shortText.default(''),
  malform: z.enum(v.MALFORMER).default('nb').describe('Written standard of the plan and its exports'),
  planType: z.enum(v.PLAN_TYPES).default('egen'),
  municipalities: list(municipalitySchema),
  cooperation: z
    .object({
      form: z.enum(v.COOPERATION_FORMS).optional(),
      other: shortText.optional(),
      hostId: z.string().max(LIMITS.id).optional().describe('Id of the host municipality'),
    })
    .default({}),
  placement: z
    .object({
      kind: z.enum(v.PLACEMENTS).optional(),
      other: shortText.optional(),
      owner: shortText.optional().describe('Administrative owner of the plan'),
    })
    .default({}),
  period: periodSchema.default({ rollovers: [] }),
  knowledgeBase: z
    .object({
      situation: longText.optional().describe('Situation description: strengths and gaps in today’s services'),
      sources: list(dataSourceSchema),
    })
    .default({ sources: [] }),
  primaryTargetGroups: list(z.enum(v.PRIMARY_TARGET_GROUPS)),
  targetGroups: list(z.enum(v.TARGET_GROUPS)),
  violenceForms: list(z.enum(v.VIOLENCE_FORMS)),
  focusAreas: list(focusAreaSchema),
  measures: z.array(measureSchema).max(10_000).default([]),
  followUp: followUpSchema.default({
    resourceGroup: { established: false, continuesThroughPeriod: false },
    publication: { onWebsite: false },
  }),
});

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Municipality = Plan['municipalities'][number];
export type Measure = Plan['measures'][number];
export type FocusArea = Plan['focusAreas'][number];
