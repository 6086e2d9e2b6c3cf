/**
 * Revising an expired plan: what the check says about the old plan, a summary of its
 * evaluation, and the new draft for the next period. Pure; the new draft never
 * replaces the old plan, which stays as it was.
 */
import type { Plan } from './schema';
import { computeTimeline } from './timeline';
import { reportingDate, yearOf, type IsoDate } from './dates';
import { EVALUATION_DECISIONS, EVALUATION_RESULTS, type MEASURE_STATUSES } from './vocabulary';

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
 * The evaluation result a measure's status in the builder points to, as a starting point
 * for the evaluation (the group can change it): carried out → «gjennomført», under way →
 * «delvis», postponed → «ikke gjennomført»; planned says nothing yet.
 */
export function resultFromStatus(status: (typeof MEASURE_STATUSES)[number] | undefined): (typeof EVALUATION_RESULTS)[number] | undefined {
  if (status === 'gjennomfort') return 'gjennomfort';
  if (status === 'pagar') return 'delvis';
  if (status === 'utsatt') return 'ikke-gjennomfort';
  return undefined;
}

const YEAR_RANGE = /\b((?:19|20)\d{2})\s*(?:[-–—]|til)\s*((?:19|20)\d{2})\b/;

/** The old title with the new period in place of the old one, or the new period added: «… 2019–2022» → «… 2027–2030». */
export function titleForPeriod(title: string, start: number, end: number): string {
  const range = `${start}–${end}`;
  if (YEAR_RANGE.test(title)) return title.replace(YEAR_RANGE, range);
  return title.trim() ? `${title.trim()} ${range}` : '';
}

/**
 * Whether the evaluation said the plan's placement in the planning system was wrong: the
 * answer «riktig»/«feil», or a written answer that starts with «nei», «ikke»/«ikkje» or «feil».
 */
export function placementJudgedWrong(evaluation: Plan['evaluation']): boolean {
  if (evaluation?.placementVerdict) return evaluation.placementVerdict === 'feil';
  return /^\s*(nei|ikke|ikkje|feil)\b/i.test(evaluation?.placement ?? '');
}

/**
 * The draft for the next period: the kept and changed measures (with where they came
 * from, and the evaluation's result and comment, shown in the builder until dismissed),
 * the goals they serve and goals nothing was decided about, a suggested new four-year
 * period from next year (the research ties evaluation to each four-year cycle, NKVTS
 * rapport 3/2019 kap. 6.4; the group can change it) and a title for that period, no
 * adoption, no follow-up dates, and a link back to the evaluated plan. A placement the
 * evaluation called wrong is not carried over: the group chooses it again.
 */
export function startNewPeriod(old: Plan, today: IsoDate, id: string): Plan {
  const evaluations = new Map((old.evaluation?.measures ?? []).map((e) => [e.measureId, e]));
  const measures = old.measures
    .filter((m) => evaluations.get(m.id)?.decision === 'behold' || evaluations.get(m.id)?.decision === 'endre')
    .map((m) => {
      const e = evaluations.get(m.id)!;
      return {
        ...m,
        status: 'planlagt' as const,
        deadline: undefined,
        milestones: [],
        origin: { measureId: m.id, decision: e.decision!, result: e.result, comment: e.comment?.trim() || undefined },
      };
    });
  const keptGoals = new Set(measures.map((m) => m.goalId));
  const judgedGoals = new Set(old.measures.map((m) => m.goalId));
  const focusAreas = old.focusAreas
    .map((a) => ({ ...a, goals: a.goals.filter((g) => keptGoals.has(g.id) || !judgedGoals.has(g.id)) }))
    .filter((a) => a.goals.length > 0);
  const placementWrong = placementJudgedWrong(old.evaluation);
  const start = yearOf(today) + 1;
  const end = yearOf(today) + 4;
  return {
    ...old,
    id,
    title: titleForPeriod(old.title, start, end),
    measures,
    focusAreas,
    placement: placementWrong ? { owner: old.placement.owner } : old.placement,
    municipalities: old.municipalities.map((m) => ({ ...m, adoption: { status: 'ikke-startet' } })),
    period: { start: String(start), end: String(end), rollovers: [] },
    followUp: { ...old.followUp, midTermEvaluation: undefined, finalEvaluation: undefined, revisionDate: undefined },
    evaluation: undefined,
    source: undefined,
    history: { previousPlanId: old.id, previousTitle: old.title, previousStart: old.period.start, previousEnd: old.period.end, startedOn: today, placementCleared: placementWrong || undefined },
  };
}

/** The period startNewPeriod will suggest, for the button's help text. */
export function nextPeriod(today: IsoDate): { start: number; end: number } {
  return { start: yearOf(today) + 1, end: yearOf(today) + 4 };
}
