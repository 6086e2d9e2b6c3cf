/**
 * The outlook of the current draft, shared by the status panel and «Sjekk og ferdigstill»:
 * the draft judged as the plan the council will adopt, for the reporting year the user
 * picked (remembered for this tab), or else the first year the plan can count.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { planSchema } from '../../plan/schema';
import { computeOutlook, type Outlook } from '../../plan/outlook';
import { planIssues, type PlanIssue } from '../../plan/issues';
import { todayInNorway } from '../../plan/dates';
import { normalize } from '../../wizard/normalize';

const KEY = 'handlingsplan.rapporteringsar';
const listeners = new Set<() => void>();

function readYear(): number | undefined {
  try {
    const year = Number(sessionStorage.getItem(KEY));
    return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
  } catch {
    return undefined;
  }
}

/** Picks the reporting year to show (undefined: the default for the plan). */
export function setReportingYear(year: number | undefined) {
  try {
    if (year === undefined) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, String(year));
  } catch {
    // Without sessionStorage the choice lasts until the page is left.
  }
  memory = year;
  listeners.forEach((l) => l());
}

let memory: number | undefined;
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = () => readYear() ?? memory;

export function useReportingYear(): number | undefined {
  return useSyncExternalStore(subscribe, snapshot, () => undefined);
}

export type DraftOutlook = { ok: true; outlook: Outlook } | { ok: false; issues: PlanIssue[] };

/** The outlook of a draft as it stands in the form; format errors instead when it cannot be read. */
export function useOutlook(plan: Record<string, unknown>): DraftOutlook {
  const year = useReportingYear();
  return useMemo(() => {
    const normalized = normalize(plan);
    const parsed = planSchema.safeParse(normalized);
    if (!parsed.success) return { ok: false, issues: planIssues(parsed.error, normalized) };
    return { ok: true, outlook: computeOutlook(parsed.data, { today: todayInNorway(), reportingYear: year }) };
  }, [plan, year]);
}
