/**
 * The reporting year the user picked to see the krav for, remembered for this tab
 * (sessionStorage). Light on its own: the outlook itself (schema and rules) is in ./outlook.ts.
 */
import { useSyncExternalStore } from 'react';

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
