/**
 * The draft council paper (saksframlegg) as a Word document, one per municipality,
 * in the plan's målform and in the structure Norwegian municipalities use: a header block
 * (saksbehandler, arkivsak, each utvalg with its møtedato), «Saken gjelder», «Forslag til vedtak»,
 * «Vedlegg», «Saksopplysninger», «Vurdering» and «Økonomiske og administrative konsekvenser».
 * The assessment judges the plan as the council will
 * adopt it, on the planned meeting date (src/plan/outlook.ts), and says in plain words from
 * which reporting year it counts and until which.
 */
import { Document, HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { Plan, Municipality, Measure } from '../plan/schema';
import { DOC_TEXT, formatKroner, measureGroups, moneyTotals, municipalityTitle, newMoneyMeasures, yearKey } from '../plan/document';
import { assumeAdopted, computeOutlook } from '../plan/outlook';
import { computeTimeline, type Timeline } from '../plan/timeline';
import { addMonths, formatDate, periodEnd, periodStart, yearOf, YEAR_RE } from '../plan/dates';
import { fill, findingMessage } from '../plan/messages';
import * as L from '../plan/labels';
import type { Lang } from '../plan/rules/types';
import { documentProperties, pageNumberFooter, heading, para, bullet, fact, table } from './docx-common';
import { COUNCIL_TEXT, COUNCIL_COUNTS } from './council-text';

type Key = keyof typeof COUNCIL_TEXT;
type Params = Record<string, string | number>;

/** How long before the effective end the final evaluation is put when the plan sets no date. */
export const EVALUATION_LEAD_MONTHS = 6;

export interface CouncilPaper {
  municipalityId: string;
  municipalityName: string;
  fileName: string;
  document: Document;
}

interface Context {
  plan: Plan;
  lang: Lang;
  t: (key: Key, params?: Params) => string;
  title: string;
  municipality: Municipality | undefined;
  name: string;
  /** All municipality names as «A, B og C». */
  names: string;
  joint: boolean;
  today: string;
  timeline: Timeline;
}

/** One council paper for the municipality with id `municipalityId`. */
export function councilPaper(plan: Plan, municipalityId: string, today: string): Document {
  const c = context(plan, municipalityId, today);
  const children: FileChild[] = [
    ...head(c),
    ...subject(c),
    ...proposal(c),
    ...attachments(c),
    ...facts(c),
    ...assessment(c),
    ...economy(c),
  ];
  return new Document({
    ...documentProperties(c.plan, { kind: 'council', title: c.t('docTitle', { title: c.title, municipality: c.name }), creator: c.municipality?.name, description: c.t('docDescription') }),
    sections: [{ footers: { default: pageNumberFooter(c.lang) }, children }],
  });
}

/** `saksframlegg-handlingsplan-vold-<kommune>-<start>-<slutt>.docx` (nynorsk: `saksframlegg-handlingsplan-vald-…`); æøå are kept. */
export function councilPaperFileName(plan: Plan, municipality: Pick<Municipality, 'name'> | string): string {
  const name = typeof municipality === 'string' ? municipality : municipality.name;
  const slug = name
    .normalize('NFC')
    .toLocaleLowerCase('nb-NO')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'kommune';
  const timeline = computeTimeline(plan);
  const years = [timeline.start, timeline.effectiveEnd].filter((d): d is string => !!d).map((d) => String(yearOf(d)));
  return `${[COUNCIL_FILE_STEM[plan.malform], slug, ...years].join('-')}.docx`;
}

const COUNCIL_FILE_STEM: Record<Lang, string> = { nb: 'saksframlegg-handlingsplan-vold', nn: 'saksframlegg-handlingsplan-vald' };

/** One paper per municipality in the plan (a plan without municipalities still gets one, with a placeholder name). */
export function councilPapers(plan: Plan, today: string): CouncilPaper[] {
  const targets = plan.municipalities.length
    ? plan.municipalities.map((m) => ({ id: m.id, name: m.name }))
    : [{ id: '', name: COUNCIL_TEXT.unnamedMunicipality[plan.malform] }];
  return targets.map((m) => ({
    municipalityId: m.id,
    municipalityName: m.name,
    fileName: councilPaperFileName(plan, m.name),
    document: councilPaper(plan, m.id, today),
  }));
}

function context(plan: Plan, municipalityId: string, today: string): Context {
  const lang = plan.malform;
  const t = (key: Key, params?: Params) => fill(COUNCIL_TEXT[key][lang], params, lang);
  const municipality = plan.municipalities.find((m) => m.id === municipalityId);
  return {
    plan,
    lang,
    t,
    title: plan.title || COUNCIL_TEXT.defaultTitle[lang],
    municipality,
    name: municipality ? municipalityTitle(municipality.name) : COUNCIL_TEXT.unnamedMunicipality[lang],
    names: joinNames(plan.municipalities.map((m) => municipalityTitle(m.name)), lang),
    joint: plan.planType === 'interkommunal',
    today,
    timeline: computeTimeline(assumeAdopted(plan)),
  };
}

function joinNames(names: string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${COUNCIL_TEXT.and[lang]} ${names.at(-1)}`;
}

function count(n: number, word: keyof typeof COUNCIL_COUNTS, lang: Lang): string {
  const [one, many] = COUNCIL_COUNTS[word][lang];
  return `${n} ${n === 1 ? one : many}`;
}

/** The stated period, formatted; undefined when the plan states neither start nor end. */
function periodText(c: Context): string | undefined {
  const { start, end } = c.plan.period;
  const date = (v: string) => formatDate(v, c.lang);
  if (start && end) {
    const bothYears = YEAR_RE.test(start) && YEAR_RE.test(end);
    return bothYears ? `${start}–${end}` : `${date(periodStart(start))} – ${date(periodEnd(end))}`;
  }
  if (start) return c.t('periodStartOnly', { start: periodStart(start) });
  if (end) return c.t('periodEndOnly', { end: periodEnd(end) });
  return undefined;
}

/** Numbered point of the proposal; plain numbers survive being pasted into a case system. */
const point = (n: number, text: string) =>
  new Paragraph({ text: `${n}. ${text}`, indent: { left: 360, hanging: 360 } });

function head(c: Context): FileChild[] {
  // Earlier meetings (formannskapet, say) first, then the meeting that is to adopt the plan.
  // The paper's own date is left to the case system, which dates it when the paper is registered.
  const adoption = c.municipality?.adoption;
  const planned = adoption && adoption.status !== 'vedtatt' ? adoption : undefined;
  const councilCase = c.municipality?.councilCase;
  const earlier = (councilCase?.meetings ?? []).filter((m) => m.body || m.date || m.caseNumber);
  const rows = [
    ...earlier.map((m) => [m.body ?? c.t('bodyUnnamed'), m.date ? formatDate(m.date, c.lang) : '', m.caseNumber ?? '']),
    [
      !planned?.body || planned.body === 'kommunestyre' ? c.t('council') : L.BODY_LABELS[planned.body][c.lang],
      planned?.date ? formatDate(planned.date, c.lang) : '',
      planned?.caseNumber ?? '',
    ],
  ];
  return [
    new Paragraph({ text: c.t('paper'), heading: HeadingLevel.TITLE }),
    fact(c.t('municipality'), c.name),
    fact(c.t('officer'), councilCase?.officer ?? ''),
    fact(c.t('archiveCase'), councilCase?.archiveCase ?? ''),
    table([c.t('body'), c.t('meetingDate'), c.t('caseNumber')], rows, { widths: [0.45, 0.3, 0.25] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: c.title, bold: true, size: 28 })] }),
  ];
}

function attachments(c: Context): FileChild[] {
  const { plan, t } = c;
  const previous = plan.history?.previousTitle ?? (plan.evaluation ? t('previousPlan') : undefined);
  const items = [c.title, ...(plan.evaluation || plan.history ? [t('evaluationOf', { title: previous ?? t('previousPlan') })] : [])];
  return [heading(t('attachment'), 1), ...items.map((item, i) => point(i + 1, item))];
}

/** What the plan costs: new money per measure and per year, and what fits within existing budgets. */
function economy(c: Context): FileChild[] {
  const { plan, lang, t } = c;
  const id = c.municipality?.id;
  const mine = plan.measures.filter((m) => !c.joint || !id || m.municipalityIds.length === 0 || m.municipalityIds.includes(id));
  const numbers = new Map(measureGroups(plan).flatMap((g) => g.items.map((x) => [x.measure.id, x.number] as const)));
  const name = (m: Measure) => `${numbers.get(m.id) ?? ''}. ${shortText(m.description)}`;
  const money = newMoneyMeasures(mine);
  const totals = moneyTotals(mine);
  const within = mine.filter((m) => m.resources.kind === 'innenfor-budsjett');
  const unknown = mine.filter((m) => !m.resources.kind);
  const yearLabel = (y: number | undefined) => (y === undefined ? DOC_TEXT.noYear[lang] : String(y));
  return [
    heading(t('economy'), 1),
    ...(money.length
      ? [
          para(t('moneyLead', { n: count(money.length, 'measures', lang), total: formatKroner(totals.total) })),
          table(
            [t('measure'), t('year'), t('amount')],
            [
              ...money.map((x) => [name(x.measure), yearLabel(x.year), x.amount !== undefined ? formatKroner(x.amount) : DOC_TEXT.amountMissing[lang]]),
              ...totals.years.map((y) => [t('totalYear', { year: yearLabel(y) }), '', formatKroner(totals.byYear.get(yearKey(y))!)]),
              [t('totalAll'), '', formatKroner(totals.total)],
            ],
            { widths: [0.6, 0.15, 0.25] },
          ),
          para(t('moneyBudget')),
          ...(c.joint ? [para(t('moneyJoint'))] : []),
        ]
      : [para(t('noMoney'))]),
    ...(within.length ? [para(t('withinLead')), ...within.map((m) => bullet(name(m)))] : []),
    ...(unknown.length ? [para(t('unknownLead')), ...unknown.map((m) => bullet(name(m)))] : []),
    heading(t('administrative'), 2),
    para(t('adminText')),
  ];
}

/** A measure's description cut to its first sentence, for lists. */
function shortText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.{20,}?[.!?])\s/.exec(flat);
  return m ? m[1] : flat;
}

function subject(c: Context): FileChild[] {
  if (!c.joint) return [heading(c.t('subject'), 1), para(c.t('subjectOwn', { municipality: c.name, title: c.title }))];
  return [
    heading(c.t('subject'), 1),
    para(c.t('subjectJoint', { names: c.names, title: c.title })),
    para(c.t('subjectJointHere', { municipality: c.name })),
  ];
}

function facts(c: Context): FileChild[] {
  const { plan, lang, t } = c;
  const { participants, consultation } = plan.process;
  const placement = plan.placement;
  const goals = plan.focusAreas.flatMap((a) => a.goals);
  const goalArea = new Map(plan.focusAreas.flatMap((a) => a.goals.map((g) => [g.id, a.id] as const)));
  const measuresIn = (areaId: string) => plan.measures.filter((m) => m.goalId && goalArea.get(m.goalId) === areaId).length;
  const loose = plan.measures.filter((m) => !m.goalId || !goalArea.has(m.goalId)).length;
  const rows = [
    ...plan.focusAreas.map((a) => [a.title, String(a.goals.length), String(measuresIn(a.id))]),
    ...(loose ? [[t('withoutFocusArea'), '', String(loose)]] : []),
  ];
  const local = c.joint && c.municipality ? plan.measures.filter((m) => m.municipalityIds.length > 0 && m.municipalityIds.includes(c.municipality!.id)).length : 0;
  const host = plan.municipalities.find((m) => m.id === plan.cooperation.hostId);
  const { timeline } = c;

  const { mandate } = plan.process;
  return [
    heading(t('facts'), 1),
    heading(t('background'), 2),
    para(t('whyPlan')),
    para(t('kostra')),
    ...(c.joint ? [para(t('jointCounts'))] : []),
    ...(mandate ? [heading(t('mandate'), 2), para(mandate)] : []),
    heading(t('participants'), 2),
    para(participants || t('notStated')),
    heading(t('consultation'), 2),
    para(consultation || t('notStated')),
    heading(t('placement'), 2),
    para(`${placement.kind ? L.PLACEMENT_LABELS[placement.kind][lang] : t('none')}${placement.other ? ` (${placement.other})` : ''}`),
    ...(placement.owner ? [fact(t('owner'), placement.owner)] : []),
    ...(c.joint
      ? [
          heading(t('cooperation'), 2),
          fact(t('participating'), c.names || t('none')),
          fact(
            t('cooperationForm'),
            plan.cooperation.form
              ? `${L.COOPERATION_LABELS[plan.cooperation.form][lang]}${plan.cooperation.other ? ` (${plan.cooperation.other})` : ''}`
              : t('none'),
          ),
          fact(t('host'), host?.name ?? t('none')),
        ]
      : []),
    heading(t('content'), 2),
    fact(t('period'), periodText(c) ?? t('none')),
    ...(timeline.endBasis === 'evaluering-eller-revisjon' && timeline.effectiveEnd ? [para(t('endByFallback', { end: timeline.effectiveEnd }))] : []),
    ...(timeline.endBasis === 'rullering' && timeline.effectiveEnd ? [para(t('endByRollover', { end: timeline.effectiveEnd }))] : []),
    para(t('contentSummary', {
      areas: count(plan.focusAreas.length, 'focusAreas', lang),
      goals: count(goals.length, 'goals', lang),
      measures: count(plan.measures.length, 'measures', lang),
    })),
    ...(rows.length ? [table([t('focusArea'), t('goalsColumn'), t('measuresColumn')], rows)] : []),
    ...(local ? [para(t('localMeasures', { count: local, municipality: c.name }))] : []),
  ];
}

function assessment(c: Context): FileChild[] {
  const { plan, lang, t, today } = c;
  const id = c.municipality?.id;
  const outlook = computeOutlook(plan, { today });
  // The years this municipality's plan counts for, once every planned adoption is made.
  const counting = outlook.years.filter((y) => (id ? y.countingIds.includes(id) : y.counts)).map((y) => y.year);
  const from = counting[0];
  const to = counting.at(-1);
  const date = c.municipality?.adoption.date;
  const result = from !== undefined ? computeOutlook(plan, { today, reportingYear: from }).result : outlook.result;
  const open = result.findings.filter((f) => f.kind === 'krav' && (!f.municipalityId || f.municipalityId === id));
  const others = plan.municipalities.filter((m) => m.id !== id && m.adoption.status !== 'vedtatt').map((m) => m.name);

  return [
    heading(t('assessment'), 1),
    ...(from !== undefined && to !== undefined
      ? [
          para(t(date ? 'countsPlanned' : 'countsUndated', { date: date ?? '', municipality: c.name, from, to })),
          para(t('countsAfter', { to })),
        ]
      : [para(t('notCounts')), ...open.map((f) => bullet(findingMessage(f, lang)))]),
    ...(c.joint && others.length ? [para(t('othersNotAdopted', { names: joinNames(others, lang) }))] : []),
    para(result.openRecommendations
      ? t('openRecommendations', { n: result.openRecommendations })
      : t('allRecommendations')),
    para(t('keepAlive')),
  ];
}

function proposal(c: Context): FileChild[] {
  const { plan, t, timeline } = c;
  const period = periodText(c);
  const end = timeline.effectiveEnd;
  const evaluation = plan.followUp.finalEvaluation ?? (end ? addMonths(end, -EVALUATION_LEAD_MONTHS) : undefined);
  const points = [
    period ? t('adopt', { title: c.title, period }) : t('adoptNoPeriod', { title: c.title }),
    t('report'),
    !evaluation
      ? t('evaluateUnknown')
      : end && evaluation < end
        ? t('evaluate', { evaluation, end })
        : t('evaluateNoEnd', { evaluation }),
    ...(c.joint ? [t('jointAdoption', { municipality: c.name, names: c.names })] : []),
  ];
  return [heading(t('proposal'), 1), ...points.map((p, i) => point(i + 1, p))];
}
