/**
 * The confirmed preview as plan data: the ticked rows as measures (each column to the field
 * the user chose), focus areas and goals from the rows, and the facts the user accepted.
 * What a field cannot hold (a deadline like «løpende», resources in words) is kept in the
 * measure's description rather than dropped.
 */
import type { PlanInput } from '../plan/schema';
import { LIMITS } from '../plan/schema';
import { isValidIsoDate } from '../plan/dates';
import { findMunicipality } from '../data/municipalities';
import type { MEASURE_STATUSES, RESOURCE_KINDS } from '../plan/vocabulary';
import { clean } from './blocks';
import { parseDate } from './facts';
import type { Field } from './columns';
import type { FoundTable } from './tables';
import type { ImportResult } from './index';

type MeasureInput = NonNullable<PlanInput['measures']>[number];
type FocusAreaInput = NonNullable<PlanInput['focusAreas']>[number];

export interface PlanLabels {
  /** «Frist», «Ressurser», … put before text kept in the description. */
  field: Record<'deadline' | 'resources' | 'responsible' | 'partners' | 'indicator' | 'status' | 'note', string>;
  /** Name of the focus area for goals that came without one. */
  otherArea: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const SEASON: Record<string, number> = { vår: 6, våren: 6, sommer: 8, sommar: 8, sommaren: 8, sommeren: 8, høst: 12, høsten: 12, haust: 12, hausten: 12 };
const MONTH: Record<string, number> = { januar: 1, februar: 2, mars: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, desember: 12 };

/** A deadline cell as a date: «15.06.2020», «2. kvartal 2020», «Q3 2021», «høsten 2020», «mars 2021», «2020», «2019–2022» (the end). */
export function parseDeadline(text: string): string | undefined {
  const t = clean(text).toLowerCase();
  if (!t) return undefined;
  const date = parseDate(t);
  if (date) return date;
  const q = /(?:([1-4])\.?\s*kvartal|q([1-4]))\s*(\d{4})|(\d{4})\s*[-/]?\s*q([1-4])/.exec(t);
  if (q) {
    const quarter = Number(q[1] ?? q[2] ?? q[5]);
    const year = Number(q[3] ?? q[4]);
    return `${year}-${pad(quarter * 3)}-${lastDay(year, quarter * 3)}`;
  }
  const season = /(vår|våren|sommer|sommeren|sommar|sommaren|høst|høsten|haust|hausten)\s+(\d{4})/.exec(t);
  if (season) { const m = SEASON[season[1]]; const y = Number(season[2]); return `${y}-${pad(m)}-${lastDay(y, m)}`; }
  const month = new RegExp(`(${Object.keys(MONTH).join('|')})\\s+(\\d{4})`).exec(t);
  if (month) { const m = MONTH[month[1]]; const y = Number(month[2]); return `${y}-${pad(m)}-${lastDay(y, m)}`; }
  const years = [...t.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  // Only a cell that is about one time (a year or a range of years), not a sentence mentioning years.
  if (years.length && t.replace(/\b(?:19|20)\d{2}\b|innen|innan|utgangen av|utgangen|slutten av|i|til|–|-|—|ut|\s|\.|,/g, '') === '') {
    const y = Math.max(...years);
    return `${y}-12-31`;
  }
  return undefined;
}

export function parseResources(text: string): { kind?: (typeof RESOURCE_KINDS)[number]; amount?: number } | undefined {
  const t = clean(text).toLowerCase();
  if (!t) return undefined;
  const amount = /(?:kr\.?\s*)(\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)|(\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)\s*(?:kr\b|kroner|,-|nok)/.exec(t);
  if (amount) {
    const n = Number((amount[1] ?? amount[2]).replace(/[ .\u00a0]/g, ''));
    if (Number.isFinite(n) && n > 0) return { kind: 'krever-midler', amount: n };
  }
  if (/innanfor|innenfor|eksisterande|eksisterende|ordinær drift|ordinær|ramme|ingen (?:ekstra|nye|meir|mer)|ingen$|^0$/.test(t)) return { kind: 'innenfor-budsjett' };
  if (/søk|tilskot|tilskudd|nye midlar|nye midler|ekstra midlar|ekstra midler|krev|krever/.test(t)) return { kind: 'krever-midler' };
  return undefined;
}

export function parseStatus(text: string): (typeof MEASURE_STATUSES)[number] | undefined {
  const t = clean(text).toLowerCase();
  if (/ikkje|ikke/.test(t)) return undefined;
  if (/gjennomført|fullført|ferdig|utført/.test(t)) return 'gjennomfort';
  if (/pågår|pågåande|pågående|i gang|igangsett|starta|startet|delvis/.test(t)) return 'pagar';
  if (/utsett|utsatt/.test(t)) return 'utsatt';
  return undefined;
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The ticked rows of the tables as measures, with the focus areas and goals they belong to. */
export function measuresFromTables(
  tables: FoundTable[],
  labels: PlanLabels,
  newId: () => string,
  existingAreas: FocusAreaInput[] = [],
  acceptedAreas?: Set<string>,
): { measures: MeasureInput[]; focusAreas: FocusAreaInput[] } {
  const focusAreas: FocusAreaInput[] = existingAreas.map((a) => ({ ...a, goals: [...(a.goals ?? [])] }));
  const areaByTitle = new Map(focusAreas.map((a) => [a.title.toLowerCase(), a]));
  const goalFor = (area: string | undefined, goal: string | undefined): string | undefined => {
    if (!area && !goal) return undefined;
    const title = cut(area ?? labels.otherArea, LIMITS.short);
    let a = areaByTitle.get(title.toLowerCase());
    if (!a) { a = { id: newId(), title, goals: [] }; focusAreas.push(a); areaByTitle.set(title.toLowerCase(), a); }
    const text = cut(goal ?? title, LIMITS.long);
    let g = a.goals!.find((x) => x.text.toLowerCase() === text.toLowerCase());
    if (!g) { g = { id: newId(), text }; a.goals!.push(g); }
    return g.id;
  };
  const measures: MeasureInput[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      if (!row.include) continue;
      const by = (f: Field) => table.columns.flatMap((c, i) => (c.field === f && row.cells[i]?.trim() ? [row.cells[i].trim()] : []));
      const notes: string[] = [];
      const description = by('description').join('\n');
      if (!description) continue;
      const m: MeasureInput = { id: newId(), description: '', responsible: {}, resources: {} };
      const responsible = by('responsible').join(', ');
      if (responsible) {
        if (responsible.length <= LIMITS.short) m.responsible = { unit: responsible };
        else notes.push(`${labels.field.responsible}: ${responsible}`);
      }
      const partners = by('partners').join(', ');
      if (partners) {
        if (partners.length <= LIMITS.short) m.partners = partners;
        else notes.push(`${labels.field.partners}: ${partners}`);
      }
      for (const d of by('deadline')) {
        const parsed = parseDeadline(d);
        if (parsed && isValidIsoDate(parsed) && !m.deadline) m.deadline = parsed;
        // Keep the words when they say more than the date («løpende», «hele perioden»).
        if (!parsed || !/^[\d.\s/–-]*$|^(?:\d\.?\s*kvartal|q\d)\s*\d{4}$|^\d{4}$/i.test(clean(d))) notes.push(`${labels.field.deadline}: ${d}`);
      }
      for (const r of by('resources')) {
        const parsed = parseResources(r);
        if (parsed) m.resources = parsed;
        if (!parsed || !parsed.amount) notes.push(`${labels.field.resources}: ${r}`);
      }
      const indicator = by('indicator').join('; ');
      if (indicator) {
        if (indicator.length <= LIMITS.short) m.indicator = indicator;
        else notes.push(`${labels.field.indicator}: ${indicator}`);
      }
      for (const s of by('status')) {
        const parsed = parseStatus(s);
        if (parsed) m.status = parsed;
        else notes.push(`${labels.field.status}: ${s}`);
      }
      for (const n of by('note')) notes.push(n);
      m.description = cut([description, ...notes].join('\n'), LIMITS.long);
      const area = by('focusArea')[0] ?? row.focusArea;
      const goal = by('goal')[0] ?? row.goal;
      const keptArea = area && (!acceptedAreas || acceptedAreas.has(area)) ? area : undefined;
      m.goalId = goalFor(keptArea, goal);
      measures.push(m);
    }
  }
  return { measures, focusAreas };
}

export interface ToPlanOptions {
  id: string;
  malform: 'nb' | 'nn';
  today: string;
  labels: PlanLabels;
  newId: () => string;
  /** The municipality's name as the user confirmed or typed it. */
  municipalityName?: string;
}

/** The confirmed import as the input of a new plan (the caller saves it as a new draft). */
export function toPlan(result: ImportResult, o: ToPlanOptions): PlanInput {
  const f = result.facts;
  const accepted = new Set(f.focusAreas.filter((a) => a.accept).map((a) => a.value));
  const { measures, focusAreas } = measuresFromTables(result.tables, o.labels, o.newId, [], accepted);
  const name = clean(o.municipalityName ?? (f.municipality?.accept ? f.municipality.value : '') ?? '');
  const known = name ? findMunicipality(name) : undefined;
  const adoption = f.adoption?.accept ? f.adoption.value : undefined;
  const municipalities: PlanInput['municipalities'] = name
    ? [{
        id: o.newId(),
        name: known?.name ?? name,
        number: known?.number,
        adoption: adoption
          ? { status: 'vedtatt', body: adoption.body, date: adoption.date, caseNumber: adoption.caseNumber ? cut(adoption.caseNumber, LIMITS.short) : undefined }
          : { status: 'ikke-startet' },
      }]
    : [];
  const followUp: NonNullable<PlanInput['followUp']> = {};
  for (const p of f.followUp) {
    if (!p.accept) continue;
    if (p.value.kind === 'evaluation') followUp.finalEvaluation ??= p.value.date;
    else followUp.revisionDate ??= p.value.date;
  }
  return {
    id: o.id,
    title: f.title?.accept ? cut(f.title.value, LIMITS.short) : '',
    malform: o.malform,
    municipalities,
    period: f.period?.accept ? { start: f.period.value.start, end: f.period.value.end, rollovers: [] } : { rollovers: [] },
    focusAreas,
    measures,
    followUp,
    source: { fileName: cut(result.source.name || '—', LIMITS.short), importedOn: o.today },
  };
}
