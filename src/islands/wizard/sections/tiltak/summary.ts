import type { T } from '../../../shared/i18n';
import { shorten } from './focus';
import { parseMilestoneWhen } from '../../../../plan/dates';

export interface MeasureGist {
  description?: unknown;
  unit?: unknown;
  deadline?: unknown;
  firstWhen?: unknown;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** «frist 1. juni 2027», or the first milestone's time when there is no deadline. */
export function whenText(t: T, deadline: unknown, firstWhen: unknown): string {
  if (text(deadline)) return t('wizard.measure.summary.deadline', { date: text(deadline) });
  // A quarter or date typed in any accepted form is shown in Norwegian («3. kvartal 2027»).
  if (text(firstWhen)) return t('wizard.measure.summary.milestone', { when: parseMilestoneWhen(text(firstWhen)) ?? text(firstWhen) });
  return '';
}

/** The one-line summary of a collapsed measure: «Tiltak 3: Kurs for ansatte (Helsestasjonen, frist 1. juni 2027)». */
export function measureSummary(t: T, index: number, m: MeasureGist): string {
  const description = text(m.description) ? shorten(text(m.description)) : t('wizard.measure.summary.untitled');
  const meta = [text(m.unit), whenText(t, m.deadline, m.firstWhen)].filter(Boolean).join(', ');
  const head = t('wizard.measure.summary', { n: index + 1, description });
  return meta ? `${head} (${meta})` : head;
}

/** How a measure is named in status messages: its description, or «tiltak 3». */
export function measureLabel(t: T, index: number, description: unknown): string {
  return text(description) ? shorten(text(description), 60) : t('wizard.measure.name', { n: index + 1 });
}
