/**
 * Revising an expired plan: what the check says about the old plan, a summary of its
 * evaluation, and the new draft for the next period. Pure; the new draft never
 * replaces the old plan, which stays as it was.
 */
import type { Plan } from './schema';
import { computeTimeline } from './timeline';
import { reportingDate, yearOf, type IsoDate } from './dates';
import { EVALUATION_DECISIONS, EVALUATION_RESULTS } from './vocabulary';

export interface OldPlanStatus {
  /** Still a current plan on 31 December this year. */
  countsNow: boolean;
  /** The effective end, when the plan has one. */
  endedOn?: IsoDate;
  expired: boolean;
  /** Reporting years (status per 31 December) the period covered; undefined if none. */
  countedYears?: { first: number; last: number };
}

export function oldPlanStatus(plan: Plan, today: IsoDate): OldPlanStatus {
  const timeline = computeTimeline(plan, today);
  const end = timeline.effectiveEnd;
  const first = timeline.firstReportingYear;
  const last = timeline.lastReportingYear;
  const expired = !!end && end < today;
  return {
    countsNow: !!end && end >= reportingDate(yearOf(today)) && (!timeline.start || timeline.start <= reportingDate(yearOf(today))),
    endedOn: end,
    expired,
    countedYears: first !== undefined && last !== undefined && last >= first ? { first, last } : undefined,
  };
}

export type Tally<K extends string> = Record<K | 'ikke-vurdert', number>;

/** How many measures were carried out, and what the group decided to do with them. */
export function evaluationSummary(plan: Plan) {
  const byId = new Map((plan.evaluation?.measures ?? []).map((e) => [e.measureId, e]));
  const results = Object.fromEntries([...EVALUATION_RESULTS, 'ikke-vurdert'].map((k) => [k, 0])) as Tally<(typeof EVALUATION_RESULTS)[number]>;
  const decisions = Object.fromEntries([...EVALUATION_DECISIONS, 'ikke-vurdert'].map((k) => [k, 0])) as Tally<(typeof EVALUATION_DECISIONS)[number]>;
  for (const m of plan.measures) {
    const e = byId.get(m.id);
    results[e?.result ?? 'ikke-vurdert']++;
    decisions[e?.decision ?? 'ikke-vurdert']++;
  }
  return { results, decisions, total: plan.measures.length };
}

/**
 * The draft for the next period: the kept and changed measures (with where they came
 * from), the goals they serve and goals nothing was decided about, a suggested new
 * four-year period from next year (the research ties evaluation to each four-year
 * cycle, NKVTS rapport 3/2019 kap. 6.4; the group can change it), no adoption, no
 * follow-up dates, and a link back to the evaluated plan.
 */
export function startNewPeriod(old: Plan, today: IsoDate, id: string): Plan {
  const decisions = new Map((old.evaluation?.measures ?? []).map((e) => [e.measureId, e.decision]));
  const measures = old.measures
    .filter((m) => decisions.get(m.id) === 'behold' || decisions.get(m.id) === 'endre')
    .map((m) => ({ ...m, status: 'planlagt' as const, deadline: undefined, milestones: [], origin: { measureId: m.id, decision: decisions.get(m.id)! } }));
  const keptGoals = new Set(measures.map((m) => m.goalId));
  const judgedGoals = new Set(old.measures.map((m) => m.goalId));
  const focusAreas = old.focusAreas
    .map((a) => ({ ...a, goals: a.goals.filter((g) => keptGoals.has(g.id) || !judgedGoals.has(g.id)) }))
    .filter((a) => a.goals.length > 0);
  return {
    ...old,
    id,
    measures,
    focusAreas,
    municipalities: old.municipalities.map((m) => ({ ...m, adoption: { status: 'ikke-startet' } })),
    period: { start: String(yearOf(today) + 1), end: String(yearOf(today) + 4), rollovers: [] },
    followUp: { ...old.followUp, midTermEvaluation: undefined, finalEvaluation: undefined, revisionDate: undefined },
    evaluation: undefined,
    history: { previousPlanId: old.id, previousTitle: old.title, previousStart: old.period.start, previousEnd: old.period.end, startedOn: today },
  };
}
