/**
 * The quick check on /sjekk: a coordinator answers a few questions about an
 * existing plan, and the answers become a plan that the ordinary checker judges.
 * Only the krav can be judged from the answers; recommendations need the full plan.
 *
 * Two plans come from the answers: `quickAnswersToPlan` holds only what was answered
 * (what «Lagre svarene som planfil» saves), and `quickPlanForCheck` adds stand-in
 * measures so the checker can judge the measure krav from the yes/no answers. The
 * stand-ins never leave the check.
 */
import * as z from 'zod/mini';
import { isoDate, periodDate, type Plan } from './schema';
import { parsePeriodDate, periodEnd, periodStart } from './dates';
import { createPlan } from './create';
import { ADOPTING_BODIES, PLAN_TYPES } from './vocabulary';

/** An optional answer: an empty field means «not given». */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.optional(z.pipe(z.transform((v: unknown) => (v === '' ? undefined : v)), z.optional(schema)));

/** A year or a date, as the plan file stores it or written in Norwegian («1. mars 2025», «1.3.2025»). */
const periodAnswer = optional(z.pipe(z.transform((v: unknown) => (typeof v === 'string' ? parsePeriodDate(v) ?? v.trim() : v)), periodDate));

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
  start: periodAnswer,
  end: periodAnswer,
  evaluationDate: optional(isoDate),
  rolledOverTo: periodAnswer,
  hasMeasures: z.enum(['ja', 'nei']),
  measuresTimed: optional(z.enum(['alle', 'noen', 'ingen'])),
  reportingYear: z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
}).check(
  z.superRefine((a, ctx) => {
    if (a.hasMeasures === 'ja' && !a.measuresTimed) ctx.addIssue({ code: 'custom', path: ['measuresTimed'], message: 'measuresTimed', input: a.measuresTimed });
  }),
  // End before start is told as soon as both are typed, even while other questions are still unanswered.
  z.superRefine(
    (a, ctx) => {
      if (a.start && a.end && periodEnd(a.end) < periodStart(a.start)) ctx.addIssue({ code: 'custom', path: ['end'], message: 'endBeforeStart', input: a.end });
    },
    { when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'start' || i.path?.[0] === 'end') },
  ),
);

export type QuickAnswers = z.output<typeof quickAnswersSchema>;
export type QuickAnswersInput = z.input<typeof quickAnswersSchema>;

/** The plan the answers describe, as plan input, without measures. */
function answeredPlan(a: QuickAnswers) {
  return {
    planType: a.planType,
    municipalities: a.municipalities.map((m, i) => ({
      id: `k${i + 1}`,
      name: m.name,
      adoption: m.adopted === 'ja' ? { status: 'vedtatt' as const, body: m.body, date: m.date } : { status: 'ikke-startet' as const },
    })),
    period: {
      start: a.start,
      end: a.end,
      rollovers: a.rolledOverTo ? [{ id: 'r1', newEnd: a.rolledOverTo, body: 'kommunestyre' as const }] : [],
    },
    followUp: { revisionDate: a.evaluationDate },
  };
}

/** The plan the answers describe, and nothing more: no measures, only what was answered. This is what the plan file holds. */
export function quickAnswersToPlan(a: QuickAnswers): Plan {
  return createPlan(answeredPlan(a));
}

/**
 * The plan the checker judges: the answered plan with stand-in measures that stand for the
 * answers «has measures» and «timed: all / some / none», so the measure krav can be judged.
 * Only for checking; never saved or shown as measures.
 */
export function quickPlanForCheck(a: QuickAnswers): Plan {
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
  return createPlan({ ...answeredPlan(a), measures });
}
