/**
 * The outlook of the current draft, shared by the status panel and «Sjekk og ferdigstill»:
 * the draft judged as the plan the council will adopt, for the reporting year the user
 * picked (remembered for this tab, ./reporting-year.ts), or else the first year the plan can count.
 * The status panel loads it after the page has rendered (./StatusVerdict.tsx, lazily).
 */
import { useMemo } from 'react';
import { planSchema } from '../../plan/schema';
import { computeOutlook, type Outlook } from '../../plan/outlook';
import { planIssues, type PlanIssue } from '../../plan/issues';
import { todayInNorway } from '../../plan/dates';
import { normalize } from '../../wizard/normalize';
import { useReportingYear } from './reporting-year';

export { setReportingYear, useReportingYear } from './reporting-year';

export type DraftOutlook = { ok: true; outlook: Outlook } | { ok: false; issues: PlanIssue[] };

/** The outlook of a draft as it stands in the form; format errors instead when it cannot be read. */
export function judgeDraft(plan: Record<string, unknown>, year: number | undefined): DraftOutlook {
  const normalized = normalize(plan);
  const parsed = planSchema.safeParse(normalized);
  if (!parsed.success) return { ok: false, issues: planIssues(parsed.error, normalized) };
  return { ok: true, outlook: computeOutlook(parsed.data, { today: todayInNorway(), reportingYear: year }) };
}

/** The outlook of a draft, worked out at once (the check page, whose content it is). */
export function useOutlook(plan: Record<string, unknown>): DraftOutlook {
  const year = useReportingYear();
  return useMemo(() => judgeDraft(plan, year), [plan, year]);
}
