/**
 * What the builder says about the outlook, as message keys and params: the headline
 * («Planen teller i KOSTRA for 2027–2030 når kommunestyret vedtar planen 17. desember 2026»),
 * the years, and the next step. Pure; the React views only translate.
 */
import type { MessageKey } from '../i18n';
import type { Outlook, YearReason } from '../plan/outlook';
import { countingYearsText, yearSpans, yearsText } from '../plan/outlook';
import type { FieldPath } from '../plan/rules';
import { yearOf } from '../plan/dates';

export interface Line {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The field that settles it, for a link. */
  path?: FieldPath;
  /** A page to go on to, for a link. */
  href?: string;
}

export interface OutlookSummary {
  headline: Line;
  /** Consecutive years with the same verdict: «2027–2030: Teller», «2031: Utløpt». */
  spans: { years: string; reason: YearReason; key: MessageKey }[];
  /** Whether the plan will count for some year (calm presentation) or not at all (danger). */
  tone: 'success' | 'warning' | 'danger';
  next: Line[];
}

export function outlookSummary(outlook: Outlook, today: string): OutlookSummary {
  const years = countingYearsText(outlook);
  const joint = outlook.judgedPlan.municipalities.length > 1;
  const spans = yearSpans(outlook.years).map((s) => ({
    years: yearsText(s.from, s.to),
    reason: s.reason,
    key: `outlook.reason.${s.reason}` as MessageKey,
  }));

  let headline: Line;
  if (outlook.endBeforeStart) headline = { key: 'outlook.endBeforeStart', path: ['period', 'end'] };
  else if (years) {
    headline =
      outlook.basis === 'adopted'
        ? { key: 'outlook.counts.adopted', params: { years } }
        : outlook.basis === 'planned'
          ? { key: joint ? 'outlook.counts.plannedJoint' : 'outlook.counts.planned', params: { years, date: outlook.plannedDate! } }
          : { key: 'outlook.counts.undated', params: { years, first: outlook.countsFrom! } };
  } else {
    headline =
      outlook.basis === 'adopted'
        ? { key: 'outlook.never.adopted' }
        : outlook.basis === 'planned'
          ? { key: 'outlook.never.planned', params: { date: outlook.plannedDate! } }
          : { key: 'outlook.never.undated' };
  }

  const someCount = outlook.years.some((y) => y.countingIds.length > 0);
  const tone = years ? 'success' : someCount ? 'warning' : 'danger';
  return { headline, spans, tone, next: nextLines(outlook, joint, today) };
}

function nextLines(outlook: Outlook, joint: boolean, today: string): Line[] {
  const last = outlook.years.filter((y) => y.reason !== 'expired').at(-1)?.year;
  // An adopted plan whose period is over: the next step is revision.
  if (outlook.basis === 'adopted' && !outlook.endBeforeStart && last !== undefined && yearOf(today) > last) {
    return [{ key: 'outlook.next.revise', href: '/lag-plan/revisjon/' }];
  }
  const municipalities = outlook.judgedPlan.municipalities;
  const indexOf = (id: string) => municipalities.findIndex((m) => m.id === id);
  return outlook.pending.map((p): Line => {
    const path: FieldPath = ['municipalities', indexOf(p.id), 'adoption', 'date'];
    if (!p.date) return joint ? { key: 'outlook.next.noDateJoint', params: { name: p.name }, path } : { key: 'outlook.next.noDate', path };
    if (joint) return { key: 'outlook.next.meetingJoint', params: { name: p.name, date: p.date }, path };
    return { key: 'outlook.next.meeting', params: { date: p.date }, path };
  });
}
