/**
 * What the old plan says about itself, read from its text: title, period, adoption,
 * evaluation and revision dates. Every proposal keeps the sentence it came from, so the
 * user can judge it in the preview; nothing is used unless the user confirms it.
 */
import { clean, type Block } from './blocks';
import type { AdoptingBody } from '../plan/vocabulary';
import { isValidIsoDate } from '../plan/dates';

export interface Proposal<T> {
  value: T;
  /** The sentence (or heading) the value was read from. */
  sentence: string;
  accept: boolean;
}

export interface Adoption {
  body?: AdoptingBody;
  date?: string;
  caseNumber?: string;
}

export interface FollowUpDate {
  kind: 'evaluation' | 'revision';
  /** ISO date; a year alone becomes 31 December of that year. */
  date: string;
  yearOnly: boolean;
}

export interface Facts {
  title?: Proposal<string>;
  municipality?: Proposal<string>;
  period?: Proposal<{ start: string; end: string }>;
  adoption?: Proposal<Adoption>;
  followUp: Proposal<FollowUpDate>[];
  /** Focus areas named in headings above the measures, with the heading each came from. */
  focusAreas: Proposal<string>[];
}

const MONTHS: Record<string, number> = {
  januar: 1, februar: 2, mars: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, desember: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, des: 12,
};
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const YEAR = '(?:19|20)\\d{2}';

const pad = (n: number) => String(n).padStart(2, '0');
function iso(y: number, m: number, d: number): string | undefined {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return isValidIsoDate(s) ? s : undefined;
}
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** A date written the Norwegian way: «12.03.2019», «12.3.19», «12. mars 2019». */
export const DATE_RE = new RegExp(`\\b(\\d{1,2})\\.\\s?(?:(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})\\b|(${MONTH_RE})\\.?\\s+(${YEAR}))`, 'i');

export function parseDate(text: string): string | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  if (m[2]) return iso(fullYear(m[3]), Number(m[2]), Number(m[1]));
  return iso(Number(m[5]), MONTHS[m[4].toLowerCase()], Number(m[1]));
}

/** Sentences of the text blocks (headings and paragraphs; list items and table cells count as one each). */
export function sentencesOf(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') continue;
    // Split after . ! ? followed by a capital, but not after a date («12. mars») or an abbreviation like «nr.».
    for (const s of b.text.split(/(?<=[\p{Ll}\d)][.!?])\s+(?=[A-ZÆØÅ«])/u)) if (clean(s)) out.push(clean(s));
  }
  return out;
}

const PERIOD_RE = new RegExp(`(${YEAR})\\s*(?:[-–—]|til|to)\\s*(${YEAR}|\\d{2}\\b)`, 'i');

function findPeriod(sentences: string[], title?: string): Proposal<{ start: string; end: string }> | undefined {
  const candidates = title ? [title, ...sentences] : sentences;
  let best: { p: Proposal<{ start: string; end: string }>; score: number } | undefined;
  candidates.forEach((s, i) => {
    const m = PERIOD_RE.exec(s);
    if (!m) return;
    const start = Number(m[1]);
    const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (end <= start || end - start > 12) return;
    // A sentence about the plan period wins over any other pair of years.
    const score = (/periode|planperiode|gjeld|gjelder|handlingsplan|plan\b/i.test(s) ? 2 : 0) + (i === 0 && title ? 3 : 0) - i / 1000;
    if (!best || score > best.score) best = { p: { value: { start: String(start), end: String(end) }, sentence: s, accept: true }, score };
  });
  return best?.p;
}

const BODIES: [RegExp, AdoptingBody][] = [
  [/kommunestyre|bystyre|kst\b|k-sak|kst-sak/i, 'kommunestyre'],
  [/formannskap/i, 'formannskap'],
  [/utval|utvalg|hovudutval|hovedutvalg|komit/i, 'utvalg'],
  [/rådmann|rådmannen|kommunedirektør|kommunalsjef|administrativt/i, 'administrativt'],
];

const CASE_RE = /\b(?:(?:k|kst|fsk|bst|ps|ks)[- ]?sak(?:\s*nr\.?)?|sak(?:snr\.?|snummer)?(?:\s*nr\.?)?|ps)\s*(\d{1,4}\s*\/\s*\d{2,4})/i;
const ADOPTED_RE = /vedtatt|vedteke|vedteken|vedtaket|vedtak|godkjent|godkjend|handsama|behandla|behandlet|k-sak|kst-sak/i;

function findAdoption(sentences: string[]): Proposal<Adoption> | undefined {
  for (const s of sentences) {
    if (!ADOPTED_RE.test(s)) continue;
    const body = BODIES.find(([re]) => re.test(s))?.[1];
    const date = parseDate(s);
    const caseNumber = CASE_RE.exec(s)?.[1]?.replace(/\s+/g, '');
    if (!body && !caseNumber) continue;
    if (!date && !caseNumber) continue;
    return { value: { body, date, caseNumber }, sentence: s, accept: true };
  }
  return undefined;
}

const FOLLOW_UP: [FollowUpDate['kind'], RegExp][] = [
  ['evaluation', /evaluer|evaluering/i],
  ['revision', /revider|revisjon|rullering|rullerast|rulleres|rullert/i],
];
const YEAR_AFTER = new RegExp(`\\b(?:i|innen|innan|før|høsten|våren|hausten|ved utgangen av|slutten av)\\s+(${YEAR})\\b`, 'i');

/** Evaluation and revision dates: the first date or year after the word, in the first sentence that has one. */
function findFollowUp(sentences: string[]): Proposal<FollowUpDate>[] {
  const out: Proposal<FollowUpDate>[] = [];
  for (const [kind, word] of FOLLOW_UP) {
    for (const s of sentences) {
      const at = s.search(word);
      if (at === -1) continue;
      // Up to the next mention of the other kind, so «evalueres høsten 2021 og revideres innen 01.06.2022» gives each its own date.
      const rest = s.slice(at);
      const other = FOLLOW_UP.find(([k]) => k !== kind)![1];
      const otherAt = rest.slice(1).search(other);
      const part = otherAt === -1 ? rest : rest.slice(0, otherAt + 1);
      const date = parseDate(part);
      const year = YEAR_AFTER.exec(part)?.[1];
      if (date) out.push({ value: { kind, date, yearOnly: false }, sentence: s, accept: true });
      else if (year) out.push({ value: { kind, date: `${year}-12-31`, yearOnly: true }, sentence: s, accept: true });
      else continue;
      break;
    }
  }
  return out;
}

const PLAN_WORD = /handlingsplan|plan mot|tiltaksplan|plan for/i;

function findTitle(blocks: Block[], propertiesTitle?: string): Proposal<string> | undefined {
  const styled = blocks.find((b) => b.kind === 'paragraph' && b.title);
  if (styled && styled.kind !== 'table') return { value: clean(styled.text), sentence: styled.text, accept: true };
  const heading = blocks.slice(0, 40).find((b) => (b.kind === 'heading' || b.kind === 'paragraph') && PLAN_WORD.test(b.text) && b.text.length < 200);
  if (heading && heading.kind !== 'table') return { value: clean(heading.text), sentence: heading.text, accept: true };
  if (propertiesTitle && PLAN_WORD.test(propertiesTitle)) return { value: propertiesTitle, sentence: propertiesTitle, accept: true };
  return undefined;
}

/** «Fjordvik kommune», «Fjordvik kommune sin plan»: the municipality, if named in the title or near the top. */
function findMunicipality(blocks: Block[], title?: string): Proposal<string> | undefined {
  const texts = [title, ...blocks.slice(0, 30).map((b) => (b.kind === 'table' ? '' : b.text))].filter((t): t is string => !!t);
  for (const t of texts) {
    const m = /(?:^|[\s,(])((?:[A-ZÆØÅ][\p{L}-]+)(?:[ -][A-ZÆØÅ][\p{L}-]+)?)\s+(?:kommune|kommunes)\b/u.exec(t);
    if (m && !/^(Handlingsplan|Plan|For|I|Vedtatt|Den|Denne)$/.test(m[1])) return { value: m[1], sentence: t, accept: true };
  }
  return undefined;
}

export function findFacts(blocks: Block[], focusAreas: Proposal<string>[], propertiesTitle?: string): Facts {
  const sentences = sentencesOf(blocks);
  const title = findTitle(blocks, propertiesTitle);
  return {
    title,
    municipality: findMunicipality(blocks, title?.value),
    period: findPeriod(sentences, title?.value),
    adoption: findAdoption(sentences),
    followUp: findFollowUp(sentences),
    focusAreas,
  };
}
