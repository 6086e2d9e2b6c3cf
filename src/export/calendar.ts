/**
 * The calendar export: the plan's yearly wheel of follow-up as an iCalendar file (.ics)
 * that can be imported into Outlook, Google Calendar or Apple Calendar.
 *
 * `planCalendarEvents` is pure and holds every decision (which dates, which titles,
 * which UIDs); `planToIcs` only writes them with the `ics` library. Every event is an
 * all-day event, and every UID is built from what the event is about (a measure, a
 * milestone, a year, a follow-up point) and the plan id, never from the date alone and
 * never at random: importing a new export of the same plan updates the events instead
 * of adding copies, also when a date has been moved.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Plan, Measure } from '../plan/schema';
import { computeTimeline, REVISION_LEAD_MONTHS } from '../plan/timeline';
import { addDays, addMonths, formatDate, milestoneDate, MONTHS, QUARTER_RE, yearOf, type IsoDate } from '../plan/dates';
import { DOC_TEXT, municipalityTitle } from '../plan/document';
import { workingDayOnOrAfter, workingDayOnOrBefore } from '../plan/holidays';
import { fill } from '../plan/messages';
import { BODY_LABELS } from '../plan/labels';
import { planFileName } from '../plan/file';
import type { Malform } from '../plan/vocabulary';
import { CALENDAR_TEXT } from './calendar-text';

export interface CalendarEvent {
  /** Stable: `${kind}-${key}-${plan.id}@handlingsplan-vnr`. */
  uid: string;
  /** The day of the event, YYYY-MM-DD (all-day). */
  date: IsoDate;
  title: string;
  description?: string;
}

export interface CalendarOptions {
  /**
   * Roll-overs decided after this date do not move the end of the period yet (as
   * `asOf` in computeTimeline). Without it every roll-over in the plan counts.
   */
  today?: IsoDate;
}

export const PRODUCT_ID = 'handlingsplan-vnr';
const UID_DOMAIN = 'handlingsplan-vnr';
/** Calendar titles are cut to about this many characters; the full text goes in the description. */
export const TITLE_MAX = 80;

type Kind = 'frist' | 'milepael' | 'rapport' | 'oppfolging' | 'periode' | 'mote';

/**
 * Every dated point of the plan's follow-up, sorted by date (ties keep the plan's order).
 * No event falls on a weekend or a Norwegian public holiday: a date the plan gives on such a
 * day is moved to the working day before, and the description says so. Every event names the
 * plan, says what to do and who is responsible; the title is short, the description complete.
 */
export function planCalendarEvents(plan: Plan, options: CalendarOptions = {}): CalendarEvent[] {
  const lang: Malform = plan.malform;
  const t = (key: keyof typeof CALENDAR_TEXT, params: Record<string, string | number> = {}) => fill(CALENDAR_TEXT[key][lang], params, lang);
  const timeline = computeTimeline(plan, options.today);
  const events: CalendarEvent[] = [];
  const seen = new Map<string, number>();
  const planName = oneLine(plan.title) || CALENDAR_TEXT.defaultName[lang];
  const owner = oneLine(plan.placement.owner ?? '') || t('defaultOwner');

  /** `lines`: what to do, who is responsible, and any notes; the plan's name is put first. */
  const add = (kind: Kind, key: string, date: IsoDate | undefined, title: string, lines: (string | undefined)[], move: 'before' | 'after' = 'before') => {
    if (!date || !isCalendarDate(date)) return;
    const day = move === 'before' ? workingDayOnOrBefore(date) : workingDayOnOrAfter(date);
    if (!isCalendarDate(day)) return;
    // Ids are unique in a valid plan; should two collide anyway, the later one gets «~2»
    // so that UIDs stay unique in the file (and stable as long as the order is).
    const base = `${kind}-${encodeURIComponent(key)}-${encodeURIComponent(plan.id)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const uid = `${base}${count > 1 ? `~${count}` : ''}@${UID_DOMAIN}`;
    const moved = day !== date ? t(move === 'before' ? 'movedBefore' : 'movedAfter', { date }) : undefined;
    const description = [`${t('plan')}: ${planName}`, ...lines, moved].filter(Boolean).join('\n');
    events.push({ uid, date: day, title: shorten(title, TITLE_MAX), description });
  };

  for (const measure of plan.measures) {
    const about = measureLines(measure, lang);
    const who = responsibleOf(measure) || owner;
    add('frist', measure.id, measure.deadline, `${t('deadline')}: ${oneLine(measure.description)}`, [
      t('doDeadline'), ...about, `${t('responsible')}: ${who}`,
    ]);
    for (const milestone of measure.milestones) {
      const quarter = QUARTER_RE.test(milestone.when) ? t('quarterNote', { quarter: formatDate(milestone.when, lang) }) : undefined;
      // The measure in brackets when the whole title fits; otherwise the milestone alone, cut once.
      const head = `${t('milestone')}: ${oneLine(milestone.text)}`;
      const full = `${head} (${oneLine(measure.description)})`;
      add('milepael', milestone.id, milestoneDate(milestone.when), length(full) <= TITLE_MAX ? full : head, [
        `${t('milestone')}: ${oneLine(milestone.text)}`, t('doMilestone'), ...about, `${t('responsible')}: ${who}`, quarter,
      ]);
    }
  }

  // The meetings that treat the plan, for each municipality that has not adopted it yet.
  for (const m of plan.municipalities) {
    if (m.adoption.status === 'vedtatt') continue;
    const name = municipalityTitle(m.name);
    (m.councilCase?.meetings ?? []).forEach((meeting, i) => {
      if (!meeting.date) return;
      const body = oneLine(meeting.body ?? '') || t('bodyUnnamed');
      add('mote', `${m.id}-${i}`, meeting.date, t('meetingTitle', { body, municipality: name }), [
        t('doMeeting', { body }), `${t('responsible')}: ${oneLine(m.councilCase?.officer ?? '') || owner}`,
      ], 'after');
    });
    if (m.adoption.date) {
      const body = m.adoption.body && m.adoption.body !== 'kommunestyre' ? BODY_LABELS[m.adoption.body][lang] : t('council');
      add('mote', `${m.id}-vedtak`, m.adoption.date, t('meetingTitle', { body, municipality: name }), [
        t('doAdoption', { body }), `${t('responsible')}: ${oneLine(m.councilCase?.officer ?? '') || owner}`,
        m.adoption.caseNumber ? `${t('caseNumber')}: ${m.adoption.caseNumber}` : undefined,
      ], 'after');
    }
  }

  if (plan.followUp.councilReporting === 'arlig' && timeline.start && timeline.effectiveEnd) {
    // One report in each year after the first year of the period, up to the end. In the month the
    // plan gives (first working day of it); a plan without a month gets the start's anniversary, and says so.
    const month = plan.followUp.councilReportMonth;
    const firstYear = yearOf(timeline.start);
    for (let k = 1; ; k++) {
      const year = firstYear + k;
      const date = month ? `${year}-${String(month).padStart(2, '0')}-01` : addMonths(timeline.start, 12 * k);
      if (date > timeline.effectiveEnd || !isCalendarDate(date)) break;
      add('rapport', String(year), date, t('councilReport', { year: year - 1 }), [
        t('doReport', { year: year - 1 }),
        `${t('responsible')}: ${owner}`,
        month ? t('councilReportMonthNote', { month: MONTHS[lang][month - 1] }) : t('councilReportNote', { start: formatDate(timeline.start, lang) }),
      ], 'after');
    }
  }

  const { midTermEvaluation, finalEvaluation, revisionDate } = plan.followUp;
  add('oppfolging', 'midtveisevaluering', midTermEvaluation, t('midTerm'), [t('doMidTerm'), `${t('responsible')}: ${owner}`]);
  add('oppfolging', 'sluttevaluering', finalEvaluation, t('finalEvaluation'), [t('doFinal'), `${t('responsible')}: ${owner}`]);
  add('oppfolging', 'revisjon', revisionDate, t('revision'), [t('doRevision'), `${t('responsible')}: ${owner}`]);

  const endNote =
    timeline.endBasis === 'evaluering-eller-revisjon' ? t('periodEndFallbackNote')
    : timeline.endBasis === 'rullering' ? t('periodEndRolloverNote')
    : undefined;
  add('periode', 'slutt', timeline.effectiveEnd, t('periodEnd'), [t('doPeriodEnd'), `${t('responsible')}: ${owner}`, endNote]);
  if (timeline.effectiveEnd) {
    add('periode', 'revisjonsstart', timeline.revisionStartBy, t('revisionStart'), [
      t('revisionStartNote', { months: REVISION_LEAD_MONTHS, end: timeline.effectiveEnd }),
      `${t('responsible')}: ${owner}`,
    ]);
  }

  // Array.prototype.sort is stable: events on the same day keep the plan's order.
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The plan's calendar as iCalendar text (RFC 5545). Throws only if the ics library
 * refuses the events, which a plan that passed the schema cannot cause.
 */
export function planToIcs(plan: Plan, options: CalendarOptions = {}): string {
  const events: EventAttributes[] = planCalendarEvents(plan, options).map((event) => ({
    uid: event.uid,
    title: event.title,
    ...(event.description ? { description: event.description } : {}),
    start: toDateArray(event.date),
    // All-day: DTEND is the day after (exclusive). On 9999-12-31 there is no next day to
    // write; with end = start the library leaves DTEND out, which also means one whole day.
    end: toDateArray(event.date === '9999-12-31' ? event.date : addDays(event.date, 1)),
    transp: 'TRANSPARENT',
  }));
  const name = plan.title.trim() || CALENDAR_TEXT.defaultName[plan.malform];
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: escapeText(oneLine(name)) });
  if (error || value === null) throw error ?? new Error('ics: no output');
  return refold(value);
}

/** «handlingsplan-vold-nære-relasjoner-2024-2027.ics» */
export function calendarFileName(plan: Plan): string {
  return planFileName(plan, 'ics');
}

function responsibleOf(measure: Measure): string {
  return oneLine([measure.responsible.unit, measure.responsible.role].map((s) => s?.trim()).filter(Boolean).join(', '));
}

function measureLines(measure: Measure, lang: Malform): string[] {
  return [`${DOC_TEXT.measure[lang]}: ${oneLine(measure.description)}`];
}

/** iCalendar writes years with four digits; the schema accepts years from 100. */
function isCalendarDate(date: IsoDate): boolean {
  return date >= '1000-01-01' && date <= '9999-12-31';
}

/**
 * TEXT escaping (RFC 5545 3.3.11). The ics library escapes SUMMARY and DESCRIPTION but
 * writes the calendar name as it is, so a comma or semicolon in the plan title is escaped here.
 */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`);
}

/**
 * Folds content lines at 75 octets (RFC 5545 3.1). The ics library counts characters,
 * so lines with æ, ø and å came out longer; this unfolds its output and folds it again
 * by UTF-8 length, never inside a character.
 */
function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      let out = '';
      let used = 0;
      for (const char of line) {
        const cp = char.codePointAt(0)!;
        const octets = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (used + octets > 75) {
          out += '\r\n '; // the space of the continuation line counts
          used = 1;
        }
        out += char;
        used += octets;
      }
      return out;
    })
    .join('\r\n');
}

function toDateArray(date: IsoDate): DateArray {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Length in characters as a reader counts them (code points, so an emoji is one). */
function length(text: string): number {
  return Array.from(text).length;
}

/** The text on one line, cut at a word boundary near `max` characters with «…». */
export function shorten(text: string, max: number): string {
  const flat = oneLine(text);
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const head = space >= (max * 2) / 3 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,.;:–-]+$/u, '')}…`;
}
