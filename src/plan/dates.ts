/**
 * All date logic of the plan core. Dates are plain ISO strings (YYYY-MM-DD);
 * a plan period bound may also be a bare year (YYYY). No Date objects leak out:
 * arithmetic is done in UTC so time zones and DST cannot shift a day.
 */

export type IsoDate = string;
/** YYYY or YYYY-MM-DD. */
export type PeriodDate = string;

export const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const YEAR_RE = /^\d{4}$/;
/** A milestone may be a date or a quarter such as 2027-Q2. */
export const QUARTER_RE = /^(\d{4})-Q([1-4])$/;

/** A kommunestyre election year; the cycle runs every four years before and after it (2011, 2015, 2019, 2023, 2027 …). */
export const ELECTION_CYCLE_START = 2019;

const DAY_MS = 86_400_000;

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE_RE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isValidPeriodDate(value: string): boolean {
  return YEAR_RE.test(value) || isValidIsoDate(value);
}

/** A period start given as a year means 1 January of that year. */
export function periodStart(value: PeriodDate): IsoDate {
  return YEAR_RE.test(value) ? `${value}-01-01` : value;
}

/** A period end given as a year means 31 December of that year (inclusive). */
export function periodEnd(value: PeriodDate): IsoDate {
  return YEAR_RE.test(value) ? `${value}-12-31` : value;
}

/** The last day of a quarter (2027-Q2 → 2027-06-30); a date is returned as it is. */
export function milestoneDate(value: string): IsoDate {
  const q = QUARTER_RE.exec(value);
  if (!q) return value;
  const lastDay = ['03-31', '06-30', '09-30', '12-31'][Number(q[2]) - 1];
  return `${q[1]}-${lastDay}`;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 31 December of the year: the KOSTRA reporting date (status per 31.12). */
export function reportingDate(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

function toUtc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from a to b (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Adds months, clamping to the month's last day (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return fromUtc(first.getTime());
}

export function minDate(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.filter((d): d is IsoDate => !!d).sort()[0];
}

export function maxDate(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.filter((d): d is IsoDate => !!d).sort().at(-1);
}

/**
 * Length of an inclusive period in years, counted in calendar years so that
 * 2025-01-01 … 2027-12-31 is exactly 3 whatever the leap days; the part after the
 * last whole year is added as a fraction.
 */
export function periodYears(start: IsoDate, end: IsoDate): number {
  const endExclusive = addDays(end, 1);
  let years = yearOf(endExclusive) - yearOf(start);
  if (endExclusive.slice(5) < start.slice(5)) years -= 1;
  const anniversary = addMonths(start, 12 * years);
  return years + daysBetween(anniversary, endExclusive) / 365.25;
}

export function isElectionYear(year: number): boolean {
  return (((year - ELECTION_CYCLE_START) % 4) + 4) % 4 === 0;
}

/** Kommunestyre election years from `from` to `to` inclusive (2019, 2023, 2027, …). */
export function electionYearsBetween(from: number, to: number): number[] {
  const years: number[] = [];
  const offset = (((from - ELECTION_CYCLE_START) % 4) + 4) % 4;
  for (let y = offset === 0 ? from : from + (4 - offset); y <= to; y += 4) years.push(y);
  return years;
}

/**
 * The last reporting year (status per 31 December) for which a period ending on `end`
 * still runs: the end year itself when the plan runs to 31 December, otherwise the year before.
 */
export function lastReportingYear(end: IsoDate): number {
  return end.slice(5) === '12-31' ? yearOf(end) : yearOf(end) - 1;
}

/** The first reporting year whose 31 December falls inside a period starting on `start`. */
export function firstReportingYear(start: IsoDate): number {
  return yearOf(start);
}

/** The instant summer time starts or ends in a year: the last Sunday of `month` (0-based), 01:00 UTC. */
function summerTimeSwitch(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Today's date in Norway, as an ISO date (for the UI; the core takes `today` as input).
 * Worked out from UTC with Norway's clock (UTC+1, and UTC+2 in summer time: from the last
 * Sunday of March to the last Sunday of October, switching at 01:00 UTC, the EU rule Norway
 * follows), not with Intl.DateTimeFormat: the first date format of a page sets up the
 * browser's time zone data, about 150 ms on a slow laptop, on every wizard page's first render.
 */
export function todayInNorway(now: Date = new Date()): IsoDate {
  return norwayClock(now).toISOString().slice(0, 10);
}

/** The time of day in Norway, «14:05» (how the browser's nb-NO format writes it), worked out as todayInNorway. */
export function timeInNorway(now: Date = new Date()): string {
  return norwayClock(now).toISOString().slice(11, 16);
}

/** `now` moved by Norway's offset from UTC, so that its UTC fields read as Norway's clock. */
function norwayClock(now: Date): Date {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  const summer = t >= summerTimeSwitch(year, 2) && t < summerTimeSwitch(year, 9);
  return new Date(t + (summer ? 2 : 1) * 3_600_000);
}

export const MONTHS = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
} as const;

/** «31. desember 2027»; a bare year is returned as it is; quarters as «2. kvartal 2027». */
export function formatDate(value: string, lang: 'nb' | 'nn' = 'nb'): string {
  if (YEAR_RE.test(value)) return value;
  const q = QUARTER_RE.exec(value);
  if (q) return `${q[2]}. kvartal ${q[1]}`;
  if (!isValidIsoDate(value)) return value;
  const [y, m, d] = value.split('-').map(Number);
  return `${d}. ${MONTHS[lang][m - 1]} ${y}`;
}

/** «31.12.2027», the short Norwegian form. */
export function formatShortDate(value: IsoDate): string {
  if (!isValidIsoDate(value)) return value;
  const [y, m, d] = value.split('-');
  return `${d}.${m}.${y}`;
}

/** The first day of a quarter (2027-Q3 → 2027-07-01); a date is returned as it is. */
export function milestoneStartDate(value: string): IsoDate {
  const q = QUARTER_RE.exec(value);
  if (!q) return value;
  return `${q[1]}-${['01', '04', '07', '10'][Number(q[2]) - 1]}-01`;
}

const MONTH_NUMBER: Record<string, number> = Object.fromEntries(MONTHS.nb.map((m, i) => [m, i + 1]));
const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * A quarter as people write it in Norwegian, or as the plan file stores it, in the
 * stored form: «3. kvartal 2027», «3. kv. 2027», «3.kvartal 2027», «Q3 2027», «2027 Q3»
 * and «2027-Q3» all give «2027-Q3». Anything else gives undefined.
 */
export function parseQuarter(text: string): string | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const m =
    /^([1-4])\s?\.?\s?(?:kvartal|kv\.?)\s?(\d{4})$/.exec(s) ??
    /^q\s?([1-4])\s?(\d{4})$/.exec(s);
  if (m) return `${m[2]}-Q${m[1]}`;
  const r = /^(\d{4})\s?[-–]?\s?q\s?([1-4])$/.exec(s);
  return r ? `${r[1]}-Q${r[2]}` : undefined;
}

/**
 * A date as people write it in Norwegian, in ISO form: «1. mars 2027», «1.3.2027»,
 * «01.03.2027» and «2027-03-01» all give «2027-03-01». Anything else (or a day that
 * does not exist) gives undefined.
 */
export function parseNorwegianDate(text: string): IsoDate | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let iso: string | undefined;
  if (ISO_DATE_RE.test(s)) iso = s;
  const short = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (short) iso = `${short[3]}-${pad(short[2])}-${pad(short[1])}`;
  const long = /^(\d{1,2})\.? ?([a-zæøå]+)\.? (\d{4})$/.exec(s);
  if (long) {
    const month = MONTH_NUMBER[long[2]] ?? Object.entries(MONTH_NUMBER).find(([name]) => long[2].length >= 3 && name.startsWith(long[2]))?.[1];
    if (month) iso = `${long[3]}-${pad(month)}-${pad(long[1])}`;
  }
  return iso && isValidIsoDate(iso) ? iso : undefined;
}

/** A milestone's «when» as typed (a date or a quarter, in Norwegian or stored form) in its stored form; undefined if neither. */
export function parseMilestoneWhen(text: string): string | undefined {
  return parseQuarter(text) ?? parseNorwegianDate(text);
}

/** A period bound as typed (a year, or a date in Norwegian or stored form) in its stored form; undefined if neither. */
export function parsePeriodDate(text: string): PeriodDate | undefined {
  const s = text.trim();
  return YEAR_RE.test(s) ? s : parseNorwegianDate(s);
}
