/** What the coordinator should do next, derived from a check result. Pure. */
import type { CheckResult } from '../../plan/check';
import type { MessageKey } from '../../i18n';

export interface Step {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export function nextSteps(result: CheckResult): Step[] {
  const failed = new Set(result.results.filter((r) => !r.met).map((r) => r.rule.id));
  const { effectiveEnd, revisionStartBy, start } = result.timeline;
  const steps: Step[] = [];
  if (failed.has('stated-period')) steps.push({ key: 'next.unclear' });
  if (failed.has('political-adoption')) steps.push({ key: 'next.adopt' });
  if (failed.has('has-measures') || failed.has('measure-progress')) steps.push({ key: 'next.measures' });
  if (effectiveEnd && effectiveEnd < result.referenceDate && failed.has('current-period')) {
    steps.push({ key: 'next.expired', params: { date: effectiveEnd } });
  } else if (start && start > result.referenceDate) {
    steps.push({ key: 'next.notStarted', params: { year: Number(start.slice(0, 4)) } });
  } else if (effectiveEnd && effectiveEnd >= result.today && revisionStartBy) {
    steps.push(
      revisionStartBy <= result.today
        ? { key: 'next.reviseNow', params: { date: effectiveEnd } }
        : { key: 'next.reviseBy', params: { date: revisionStartBy } },
    );
  } else if (effectiveEnd && effectiveEnd < result.today) {
    steps.push({ key: 'next.expired', params: { date: effectiveEnd } });
  }
  if (result.openRecommendations > 0) steps.push({ key: 'next.recommendations' });
  return steps;
}
