/**
 * The plan checker: runs every rule of the registry over a plan for one KOSTRA
 * reporting year. Pure, and it never throws: anything it is given yields a result.
 */
import { planSchema, type Plan } from './schema';
import { computeTimeline, type Timeline } from './timeline';
import { daysBetween, reportingDate, todayInNorway, yearOf, type IsoDate } from './dates';
import { RULES, type Finding, type Rule, type CheckContext } from './rules';
import type { SkipReason } from './rules/types';
import { planIssues, type PlanIssue } from './issues';

export interface RuleResult {
  rule: Rule;
  /** No findings. A skipped rule has none either, so read `skipped` before showing «Oppfylt». */
  met: boolean;
  /** Set when the rule had nothing to judge, or does not concern this plan. */
  skipped?: SkipReason;
  findings: Finding[];
}

export interface MunicipalityVerdict {
  id: string;
  name: string;
  counts: boolean;
  /** Ids of the krav this municipality does not meet. */
  failedKrav: string[];
}

export interface CheckResult {
  ok: true;
  /** True when the plan counts in KOSTRA for every participating municipality. */
  counts: boolean;
  reportingYear: number;
  referenceDate: IsoDate;
  today: IsoDate;
  municipalities: MunicipalityVerdict[];
  results: RuleResult[];
  findings: Finding[];
  kravMet: number;
  kravTotal: number;
  openRecommendations: number;
  timeline: Timeline;
  /** Days from today to the effective end (negative when expired). */
  daysUntilExpiry?: number;
}

export interface CheckFailure {
  ok: false;
  issues: PlanIssue[];
}

export interface CheckOptions {
  /** KOSTRA reporting year; defaults to the year of `today`. */
  reportingYear?: number;
  today?: IsoDate;
}

export function checkParsedPlan(plan: Plan, options: CheckOptions = {}): CheckResult {
  const today = options.today ?? todayInNorway();
  const reportingYear = options.reportingYear ?? yearOf(today);
  const referenceDate = reportingDate(reportingYear);
  const timeline = computeTimeline(plan, referenceDate);
  const ctx: CheckContext = { reportingYear, referenceDate, today, timeline };

  const results = RULES.map((rule): RuleResult => {
    const skipped = skipReason(rule, plan, ctx);
    if (skipped) return { rule, met: true, skipped, findings: [] };
    const findings = runRule(rule, plan, ctx);
    return { rule, met: findings.length === 0, findings };
  });
  const findings = results.flatMap((r) => r.findings);
  const kravResults = results.filter((r) => r.rule.kind === 'krav');

  const municipalities = plan.municipalities.map((m): MunicipalityVerdict => {
    const failedKrav = kravResults
      .filter((r) => r.findings.some((f) => !f.municipalityId || f.municipalityId === m.id))
      .map((r) => r.rule.id);
    return { id: m.id, name: m.name, counts: failedKrav.length === 0, failedKrav };
  });

  return {
    ok: true,
    counts: municipalities.length > 0 && municipalities.every((m) => m.counts),
    reportingYear,
    referenceDate,
    today,
    municipalities,
    results,
    findings,
    kravMet: kravResults.filter((r) => r.met && !r.skipped).length,
    kravTotal: kravResults.length,
    openRecommendations: results.filter((r) => r.rule.kind === 'anbefaling' && !r.met).length,
    timeline,
    daysUntilExpiry: timeline.effectiveEnd ? daysBetween(today, timeline.effectiveEnd) : undefined,
  };
}

/** Checks anything: a plan object, a half-filled form, or junk from a file. */
export function checkPlan(input: unknown, options: CheckOptions = {}): CheckResult | CheckFailure {
  try {
    const parsed = planSchema.safeParse(input);
    if (!parsed.success) return { ok: false, issues: planIssues(parsed.error, input) };
    return checkParsedPlan(parsed.data, options);
  } catch {
    return { ok: false, issues: [{ path: [], place: { nb: 'Planen', nn: 'Planen' }, message: { nb: 'Planen kunne ikke sjekkes.', nn: 'Planen kunne ikkje sjekkast.' } }] };
  }
}

function skipReason(rule: Rule, plan: Plan, ctx: CheckContext): SkipReason | undefined {
  try {
    return rule.skip?.(plan, ctx);
  } catch {
    return undefined;
  }
}

function runRule(rule: Rule, plan: Plan, ctx: CheckContext): Finding[] {
  try {
    return rule.check(plan, ctx).map((f) => ({ ...f, ruleId: rule.id, kind: rule.kind }));
  } catch {
    // A rule must never take the checker down; a crash is reported as an unmet rule.
    return [{ ruleId: rule.id, kind: rule.kind, messageId: 'internal', path: [] }];
  }
}
