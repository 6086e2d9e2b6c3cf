/**
 * Every answer in the plan as a row — place, value, section — for the summary with
 * «Endre» links on the last wizard page. Pure; places and values are written out in the
 * page's language (bokmål or nynorsk): labels for the closed lists, dates as «1. mars 2025»,
 * quarters as «2. kvartal 2027», amounts in kroner, and what an id points at instead of the id.
 */
import { describePlace } from '../plan/issues';
import { formatDate, isValidIsoDate, isValidPeriodDate, MONTHS, QUARTER_RE } from '../plan/dates';
import { ROUTINE_KEYS, type RoutineKey } from '../plan/routines';
import { routinesNb } from '../i18n/routines.nb';
import { routinesNn } from '../i18n/routines.nn';
import * as L from '../plan/labels';
import { DECISION_TEXT, QUESTION_TEXT, RESULT_TEXT } from '../export/evaluation-text';
import type { Lang, Text } from '../plan/rules/types';
import { sectionOf, type SectionId } from './sections';
import { formatNumber } from '../plan/numbers';
import { formatKroner } from '../plan/document';

export interface AnswerRow {
  section: SectionId;
  /** Where the answer lives in the plan, for the «Endre» link. */
  path: (string | number)[];
  place: string;
  value: string;
}

const YES_NO: Record<'true' | 'false', Text> = { true: { nb: 'Ja', nn: 'Ja' }, false: { nb: 'Nei', nn: 'Nei' } };

/** The labels of the closed lists, by the field that holds them. */
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
  result: RESULT_TEXT,
  decision: DECISION_TEXT,
  malform: { nb: { nb: 'Bokmål', nn: 'Bokmål' }, nn: { nb: 'Nynorsk', nn: 'Nynorsk' } },
  planType: { egen: { nb: 'Egen kommune', nn: 'Eigen kommune' }, interkommunal: { nb: 'Interkommunal', nn: 'Interkommunal' } },
  // The evaluation's yes-or-no on the placement, as the wizard asks it.
  placementVerdict: { riktig: YES_NO.true, feil: YES_NO.false },
};

/** Lists of choices, shown as one answer each: their names in the plural. */
const LIST_NAMES: Record<string, Text> = {
  primaryTargetGroups: { nb: 'Primærmålgrupper', nn: 'Primærmålgrupper' },
  targetGroups: { nb: 'Målgrupper', nn: 'Målgrupper' },
  violenceForms: { nb: 'Voldsformer', nn: 'Valdsformer' },
  municipalityIds: { nb: 'gjelder kommunene', nn: 'gjeld kommunane' },
};

/** Fields whose own name says too little in a list of every answer, by their parent and name. */
const PLACE_NAMES: Record<string, Text> = {
  'placement.kind': { nb: 'plassering i plansystemet', nn: 'plassering i plansystemet' },
  'placement.other': { nb: 'annen plassering', nn: 'anna plassering' },
  'cooperation.other': { nb: 'annen samarbeidsform', nn: 'anna samarbeidsform' },
  'resources.kind': { nb: 'ressurser', nn: 'ressursar' },
  'adoption.status': { nb: 'vedtak', nn: 'vedtak' },
  'adoption.date': { nb: 'vedtaksdato', nn: 'vedtaksdato' },
  'councilCase.officer': { nb: 'saksbehandler', nn: 'saksbehandlar' },
  'councilCase.archiveCase': { nb: 'arkivsaksnummer', nn: 'arkivsaksnummer' },
  'meetings.body': { nb: 'utvalget', nn: 'utvalet' },
  'meetings.date': { nb: 'møtedato', nn: 'møtedato' },
  'meetings.caseNumber': { nb: 'saksnummer', nn: 'saksnummer' },
  'origin.result': { nb: 'resultat i forrige plan', nn: 'resultat i førre plan' },
  'origin.comment': { nb: 'kommentar fra evalueringen', nn: 'kommentar frå evalueringa' },
  'evaluation.placementVerdict': { nb: 'Var plasseringen i plansystemet riktig?', nn: 'Var plasseringa i plansystemet rett?' },
  'evaluation.placement': {
    nb: 'Plasseringen i plansystemet: hvorfor, og hva bør endres?',
    nn: 'Plasseringa i plansystemet: kvifor, og kva bør endrast?',
  },
  'history.placementCleared': {
    nb: 'plasseringen i plansystemet ble ikke ført videre',
    nn: 'plasseringa i plansystemet blei ikkje ført vidare',
  },
  'followUp.councilReportMonth': { nb: 'måned for rapporten til kommunestyret', nn: 'månad for rapporten til kommunestyret' },
  'source.fileName': { nb: 'hentet inn fra filen', nn: 'henta inn frå fila' },
  'source.importedOn': { nb: 'hentet inn', nn: 'henta inn' },
};

/** The steps of the routines annex, named as the wizard and the Word appendix name them. */
const ROUTINES: Text = { nb: 'Rutiner', nn: 'Rutinar' };
const routineStep = (key: RoutineKey, lang: Lang): string =>
  (lang === 'nn' ? routinesNn : routinesNb)[`routines.${key}`];

/** Where a measure kept from the previous plan came from. */
const ORIGIN: Text = { nb: 'fra forrige plan', nn: 'frå førre plan' };

/**
 * Fields the summary leaves out: ids (the references below show what they point at) and the
 * builder's own bookkeeping, which is no answer (whether the user has closed a notice).
 */
const HIDDEN = new Set(['id', 'previousPlanId', 'measureId', 'noticeDismissed']);

/** Where an id points, in words: a measure's goal, the host municipality, the municipalities a measure is for. */
type Lookup = (id: string) => string | undefined;

function lookups(plan: Record<string, unknown>): Record<string, Lookup> {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : []);
  const byId = (items: Record<string, unknown>[], field: string): Lookup => {
    const map = new Map(items.map((item) => [String(item.id), String(item[field] ?? '').trim()]));
    return (id) => map.get(id) || undefined;
  };
  const municipality = byId(list(plan.municipalities), 'name');
  return {
    goalId: byId(list(plan.focusAreas).flatMap((a) => list(a.goals)), 'text'),
    hostId: municipality,
    municipalityIds: municipality,
  };
}

function show(key: string, value: unknown, lang: Lang, refs: Record<string, Lookup>): string | undefined {
  if (typeof value === 'boolean') return YES_NO[String(value) as 'true' | 'false'][lang];
  if (key === 'councilReportMonth' && typeof value === 'number') return MONTHS[lang][value - 1];
  // Numbers as the plan document writes them («200 000 kr», «12»), the same in nb and nn.
  if (typeof value === 'number') return key === 'amount' ? formatKroner(value) : formatNumber(value);
  const text = String(value);
  const ref = refs[key];
  if (ref) return ref(text);
  const label = ENUM_LABELS[key]?.[text];
  if (label) return label[lang];
  if (isValidIsoDate(text) || QUARTER_RE.test(text) || (/^\d{4}$/.test(text) && isValidPeriodDate(text))) return formatDate(text, lang);
  return text;
}

/** Every answer in the plan, in the order of the plan, with its place and value in `lang`. */
export function answerRows(plan: Record<string, unknown>, lang: Lang): AnswerRow[] {
  const refs = lookups(plan);
  const measureIds = (Array.isArray(plan.measures) ? plan.measures : []).map((m) => String((m as { id?: unknown })?.id));
  const rows: AnswerRow[] = [];
  /** The place of an answer in words, such as «Tiltak 3: ansvarleg eining». */
  const placeOf = (path: (string | number)[], item?: Record<string, unknown>): string => {
    const last = String(path.at(-1));
    const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const within = (label: Text) => {
      const item = path.findLastIndex((k) => typeof k === 'number');
      const container = item >= 0 ? describePlace(path.slice(0, item + 1))[lang] : '';
      return container ? `${container}: ${label[lang].toLowerCase()}` : capital(label[lang]);
    };
    // An evaluated measure is named by its number in the plan, not by its place in the evaluation list.
    if (path[0] === 'evaluation' && path[1] === 'measures' && typeof path[2] === 'number' && item) {
      const index = measureIds.indexOf(String(item.measureId));
      return describePlace(['evaluation', 'measures', index < 0 ? path[2] : index, ...path.slice(3)])[lang];
    }
    if (path[0] === 'evaluation' && path.length === 2 && last in QUESTION_TEXT && !PLACE_NAMES[`evaluation.${last}`]) return QUESTION_TEXT[last as keyof typeof QUESTION_TEXT][lang];
    if (path.at(-2) === 'origin' && last === 'decision') return `${describePlace(path.slice(0, -2))[lang]}: ${ORIGIN[lang]}`;
    if (path[0] === 'routines' && (ROUTINE_KEYS as readonly string[]).includes(last)) return `${ROUTINES[lang]}: ${routineStep(last as RoutineKey, lang)}`;
    if (LIST_NAMES[last]) return within(LIST_NAMES[last]);
    // Named by the nearest field above it: «meetings.body» for …councilCase.meetings[0].body.
    const parent = path.slice(0, -1).findLast((k) => typeof k === 'string');
    const named = PLACE_NAMES[`${String(parent)}.${last}`];
    if (named) return within(named);
    return describePlace(path)[lang];
  };
  const row = (path: (string | number)[], value: string, item?: Record<string, unknown>): AnswerRow =>
    ({ section: sectionOf(path), path, place: placeOf(path, item), value });
  const walk = (value: unknown, path: (string | number)[], item?: Record<string, unknown>) => {
    const key = String(path.at(-1));
    if (HIDDEN.has(key)) return;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v !== 'object')) {
        const shown = value.map((v) => show(key, v, lang, refs)).filter((v): v is string => !!v);
        if (shown.length) rows.push(row(path, shown.join(', '), item));
        return;
      }
      value.forEach((v, i) => walk(v, [...path, i], v && typeof v === 'object' ? (v as Record<string, unknown>) : item));
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], item);
      return;
    }
    if (value === undefined || value === null || value === '') return;
    const shown = show(key, value, lang, refs);
    if (shown) rows.push(row(path, shown, item));
  };
  for (const [k, v] of Object.entries(plan)) if (!HIDDEN.has(k)) walk(v, [k]);
  return rows;
}
