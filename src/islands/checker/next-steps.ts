/**
 * What the coordinator should do next, seen from the reporting year being checked (not from
 * today): a plan that counted for 2016 gets no revision advice for 2016, a plan never adopted
 * is never said to «no longer count», and a period that ends before it starts gets that one step. Pure.
 */
import type { Outlook } from '../../plan/outlook';
import { computeTimeline } from '../../plan/timeline';
import { yearOf } from '../../plan/dates';
import type { MessageKey } from '../../i18n';

export interface Step {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export function nextSteps(outlook: Outlook, today: string): Step[] {
  const result = outlook.result;
  const plan = outlook.judgedPlan;
  if (outlook.endBeforeStart) return [{ key: 'next.endBeforeStart' }];

  const failed = new Set(result.results.filter((r) => !r.met).map((r) => r.rule.id));
  const { effectiveEnd, start } = result.timeline;
  const ref = result.referenceDate;
  const steps: Step[] = [];
  const notAdopted = result.findings
    .filter((f) => f.ruleId === 'political-adoption' && f.messageId !== 'adoptedLater' && f.municipalityId)
    .map((f) => plan.municipalities.find((m) => m.id === f.municipalityId)?.name)
    .filter((n): n is string => !!n);
  const everAdopted = plan.municipalities.some((m) => m.adoption.status === 'vedtatt');

  if (failed.has('stated-period')) steps.push({ key: 'next.unclear' });
  if (notAdopted.length) steps.push({ key: 'next.adoptNamed', params: { names: notAdopted.join(', ') } });
  else if (failed.has('political-adoption') && plan.municipalities.length === 0) steps.push({ key: 'next.adopt' });
  if (failed.has('has-measures') || failed.has('measure-progress')) steps.push({ key: 'next.measures' });

  if (start && start > ref) {
    steps.push({ key: 'next.notStarted', params: { year: yearOf(start) } });
  } else if (effectiveEnd && effectiveEnd < ref) {
    // Expired as of 31 December of the year checked. A roll-over decided later does not change that year,
    // but the plan may run on; a plan never adopted never counted, so it cannot «no longer count».
    const later = computeTimeline(plan).effectiveEnd;
    if (later && later > effectiveEnd) steps.push({ key: 'next.revisedLater' });
    else if (everAdopted) steps.push({ key: 'next.expired', params: { date: effectiveEnd } });
  } else if (result.counts && result.reportingYear < yearOf(today)) {
    steps.push({ key: 'next.countsThen', params: { year: result.reportingYear } });
  } else if (result.counts) {
    // The plan counts now: advice on revision runs from today, with every roll-over decided so far.
    const now = computeTimeline(plan, today);
    if (now.effectiveEnd && now.effectiveEnd >= today && now.revisionStartBy) {
      steps.push(
        now.revisionStartBy <= today
          ? { key: 'next.reviseNow', params: { date: now.effectiveEnd } }
          : { key: 'next.reviseBy', params: { date: now.revisionStartBy } },
      );
    }
  }
  if (result.openRecommendations > 0) steps.push({ key: 'next.recommendations' });
  return steps;
}
