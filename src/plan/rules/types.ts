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
  check(plan: Plan, ctx: CheckContext): RawFinding<NoInfer<M>>[];
}

/** Declares a rule; the generic keeps message ids and findings in step. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
