import type { Plan } from '../schema';
import type { Timeline } from '../timeline';
import type { IsoDate } from '../dates';

export type Lang = 'nb' | 'nn';
export type Text = Record<Lang, string>;
export type RuleKind = 'krav' | 'anbefaling';
/** Path of the field a finding concerns, as in the plan object: ['measures', 2, 'responsible', 'unit']. */
export type FieldPath = (string | number)[];
export type Params = Record<string, string | number>;

export interface CheckContext {
  /** The KOSTRA reporting year: the plan is judged as it stands on 31 December of it. */
  reportingYear: number;
  /** 31 December of the reporting year. */
  referenceDate: IsoDate;
  /** Today, for «days until expiry» and the age of data. */
  today: IsoDate;
  timeline: Timeline;
}

export interface RawFinding<M extends string = string> {
  messageId: M;
  path: FieldPath;
  params?: Params;
  /** Set when the finding concerns one municipality only (adoption of an intermunicipal plan). */
  municipalityId?: string;
}

export interface Finding extends RawFinding {
  ruleId: string;
  kind: RuleKind;
}

export interface Rule<M extends string = string> {
  /** Stable id; also the file name of the rule. */
  id: string;
  kind: RuleKind;
  title: Text;
  /** What the rule checks and why, for the rules page. */
  description: Text;
  /** The source the rule rests on. */
  source: string;
  /** Messages by id; `{name}` is replaced by the finding's params. */
  messages: Record<M, Text>;
  /**
   * Why the rule has nothing to judge in this plan, if so: `nothing` when what it
   * looks at is missing (no measures, no period), `not-applicable` when it does not
   * concern this kind of plan. A skipped rule is shown as not judged, never as met.
   */
  skip?(plan: Plan, ctx: CheckContext): SkipReason | undefined;
  check(plan: Plan, ctx: CheckContext): RawFinding<NoInfer<M>>[];
}

export type SkipReason = 'nothing' | 'not-applicable';

/** Declares a rule; the generic keeps message ids and findings in step. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}


/** Rules about measures judge nothing in a plan without measures (has-measures reports that). */
export function withoutMeasures(plan: Plan): SkipReason | undefined {
  return plan.measures.length === 0 ? 'nothing' : undefined;
}

/** Rules about the period's length or dates judge nothing without a start and an end that follows it. */
export function withoutPeriod(_plan: Plan, { timeline }: CheckContext): SkipReason | undefined {
  const { start, effectiveEnd } = timeline;
  return !start || !effectiveEnd || effectiveEnd < start ? 'nothing' : undefined;
}

/** Rules for intermunicipal plans do not concern a municipality's own plan. */
export function ownPlan(plan: Plan): SkipReason | undefined {
  return plan.planType !== 'interkommunal' ? 'not-applicable' : undefined;
}
