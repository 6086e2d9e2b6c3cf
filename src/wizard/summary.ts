/**
 * Every answer in the plan as a row — place, value, section — for the summary with
 * «Endre» links on the last wizard page. Pure; values are written out in Norwegian.
 */
import { describePlace } from '../plan/issues';
import { formatDate, isValidIsoDate, isValidPeriodDate, QUARTER_RE } from '../plan/dates';
import * as L from '../plan/labels';
import type { Text } from '../plan/rules/types';
import { sectionOf, type SectionId } from './sections';

export interface AnswerRow {
  section: SectionId;
  path: (string | number)[];
  place: string;
  value: string;
}

const ENUM_LABELS: Record<string, Record<string, Text>> = {
  kind: { ...L.PLACEMENT_LABELS, ...L.RESOURCE_LABELS },
  body: L.BODY_LABELS,
  status: { ...L.ADOPTION_STATUS_LABELS, ...L.MEASURE_STATUS_LABELS },
  form: L.COOPERATION_LABELS,
  primaryTargetGroups: L.PRIMARY_TARGET_GROUP_LABELS,
  targetGroups: L.TARGET_GROUP_LABELS,
  violenceForms: L.VIOLENCE_FORM_LABELS,
  preventionLevel: L.PREVENTION_LABELS,
  councilReporting: L.REPORTING_LABELS,
  malform: { nb: { nb: 'Bokmål', nn: 'Bokmål' }, nn: { nb: 'Nynorsk', nn: 'Nynorsk' } },
  planType: { egen: { nb: 'Egen kommune', nn: 'Eigen kommune' }, interkommunal: { nb: 'Interkommunal', nn: 'Interkommunal' } },
};

/** Fields that only link things together; the summary shows what they point at instead. */
const HIDDEN = new Set(['id', 'goalId', 'hostId', 'municipalityIds']);

function show(key: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  const text = String(value);
  const label = ENUM_LABELS[key]?.[text];
  if (label) return label.nb;
  if (isValidIsoDate(text) || QUARTER_RE.test(text) || (/^\d{4}$/.test(text) && isValidPeriodDate(text))) return formatDate(text, 'nb');
  return text;
}

export function answerRows(plan: Record<string, unknown>): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    const key = String(path.at(-1));
    if (HIDDEN.has(key)) return;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v !== 'object')) {
        if (value.length) rows.push(row(path, value.map((v) => show(key, v)).join(', ')));
        return;
      }
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      return;
    }
    if (value === undefined || value === '') return;
    rows.push(row(path, show(key, value)));
  };
  const row = (path: (string | number)[], value: string): AnswerRow => ({ section: sectionOf(path), path, place: describePlace(path).nb, value });
  for (const [k, v] of Object.entries(plan)) if (!HIDDEN.has(k)) walk(v, [k]);
  return rows;
}
