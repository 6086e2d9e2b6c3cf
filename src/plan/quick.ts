/**
 * The quick check on /sjekk: a coordinator answers a few questions about an
 * existing plan, and the answers become a plan that the ordinary checker judges.
 * Only the krav can be judged from the answers; recommendations need the full plan.
 */
import * as z from 'zod/mini';
import { isoDate, periodDate, type Plan } from './schema';
import { createPlan } from './create';
import { ADOPTING_BODIES, PLAN_TYPES } from './vocabulary';

/** An optional answer: an empty field means «not given». */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.optional(z.pipe(z.transform((v: unknown) => (v === '' ? undefined : v)), z.optional(schema)));

export const quickAnswersSchema = z.object({
  planType: z.enum(PLAN_TYPES),
  municipalities: z
    .array(
      z
        .object({
          name: z.string().check(z.trim(), z.minLength(1)),
          adopted: z.enum(['ja', 'nei']),
          body: optional(z.enum(ADOPTING_BODIES)),
          date: optional(isoDate),
        })
        .check(
          z.superRefine((m, ctx) => {
            if (m.adopted === 'ja' && !m.body) ctx.addIssue({ code: 'custom', path: ['body'], message: 'body', input: m.body });
          }),
        ),
    )
    .check(z.minLength(1), z.maxLength(50)),
  start: optional(periodDate),
  end: optional(periodDate),
  evaluationDate: optional(isoDate),
  rolledOverTo: optional(periodDate),
  hasMeasures: z.enum(['ja', 'nei']),
  measuresTimed: optional(z.enum(['alle', 'noen', 'ingen'])),
  reportingYear: z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
}).check(
  z.superRefine((a, ctx) => {
    if (a.hasMeasures === 'ja' && !a.measuresTimed) ctx.addIssue({ code: 'custom', path: ['measuresTimed'], message: 'measuresTimed', input: a.measuresTimed });
  }),
);

export type QuickAnswers = z.output<typeof quickAnswersSchema>;
export type QuickAnswersInput = z.input<typeof quickAnswersSchema>;

export function quickAnswersToPlan(a: QuickAnswers): Plan {
  const timedMeasure = (n: number) => ({ id: `m${n}`, description: `Tiltak ${n}`, deadline: `${a.reportingYear}-12-31` });
  const untimedMeasure = (n: number) => ({ id: `m${n}`, description: `Tiltak ${n}` });
  const measures =
    a.hasMeasures === 'nei'
      ? []
      : a.measuresTimed === 'alle'
        ? [timedMeasure(1)]
        : a.measuresTimed === 'noen'
          ? [timedMeasure(1), untimedMeasure(2)]
          : [untimedMeasure(1)];
  return createPlan({
    planType: a.planType,
    municipalities: a.municipalities.map((m, i) => ({
      id: `k${i + 1}`,
      name: m.name,
      adoption: m.adopted === 'ja' ? { status: 'vedtatt', body: m.body, date: m.date } : { status: 'ikke-startet' },
    })),
    period: {
      start: a.start,
      end: a.end,
      rollovers: a.rolledOverTo ? [{ id: 'r1', newEnd: a.rolledOverTo, body: 'kommunestyre' }] : [],
    },
    followUp: { revisionDate: a.evaluationDate },
    measures,
  });
}
