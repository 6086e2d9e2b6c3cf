/**
 * The plan as a Word document, in the outline of the national guide («Mal for handlingsplan»,
 * komplan.nkvts.no) and the research (NKVTS rapport 3/2019 kap. 8.3): front page, contents,
 * foreword, the focus areas and their measures in short, the measures in full with new money
 * per year, follow-up and evaluation, and the background last. This is the document that goes
 * to the council: a draft says when it is to be adopted and for which reporting years it will
 * count, and carries no work list (what would still stop it from counting is shown on screen).
 *
 * The contents are a static list of the main headings: a Word field would have to be updated
 * when the file is opened, which Word asks the reader about and LibreOffice leaves empty.
 */
import { Document, HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { Plan } from '../plan/schema';
import { computeOutlook, countingYearsText, type Outlook } from '../plan/outlook';
import {
  DOC_TEXT, adoptionLines, measureCells, measureGroups, moneyTotals, municipalityTitle, formatKroner, yearKey,
} from '../plan/document';
import { formatDate, MONTHS, YEAR_RE } from '../plan/dates';
import { fill } from '../plan/messages';
import * as L from '../plan/labels';
import { LAWS, INTERMUNICIPAL_LAW, CONVENTIONS } from '../plan/legal-basis';
import { documentProperties, pageNumberFooter, heading, para, bullet, fact, table, link, NARROW_MARGINS, NARROW_TEXT_WIDTH } from './docx-common';
import { filledRoutines } from '../plan/routines';
import { routinesNb } from '../i18n/routines.nb';
import { routinesNn } from '../i18n/routines.nn';

type Key = keyof typeof DOC_TEXT;
type D = (k: Key) => string;

/** Column widths of the measures table (fractions of an A4 portrait text width); the description is widest. */
const MEASURE_COLUMNS = [0.31, 0.2, 0.19, 0.14, 0.16];

export function planDocument(plan: Plan, today: string): Document {
  const lang = plan.malform;
  const d: D = (key) => DOC_TEXT[key][lang];
  const date = (v?: string) => (v ? formatDate(v, lang) : d('none'));
  const outlook = computeOutlook(plan, { today });
  const title = plan.title || d('draft');
  const owners = plan.municipalities.map((m) => municipalityTitle(m.name)).filter(Boolean);

  const body: FileChild[] = [
    ...foreword(plan, d),
    ...overview(plan, d),
    ...measures(plan, d),
    ...followUp(plan, d, date),
    ...background(plan, d),
    ...routinesAppendix(plan),
  ];

  return new Document({
    ...documentProperties(plan, { kind: 'plan', title, creator: owners.join(', '), description: outlook.basis === 'adopted' ? title : `${d('draft')}: ${title}` }),
    sections: [{ properties: { page: { margin: NARROW_MARGINS } }, footers: { default: pageNumberFooter(lang) }, children: [...cover(plan, outlook, d, owners), ...contents(body, d), ...body] }],
  });
}

function periodText(plan: Plan): string | undefined {
  const { start, end } = plan.period;
  const lang = plan.malform;
  if (!start && !end) return undefined;
  const y = (v?: string) => (v && YEAR_RE.test(v) ? v : v?.slice(0, 4));
  const wholeYears = start && end && (YEAR_RE.test(start) || start.endsWith('-01-01')) && (YEAR_RE.test(end) || end.endsWith('-12-31'));
  if (wholeYears) return `${y(start)}–${y(end)}`;
  return `${start ? formatDate(start, lang) : DOC_TEXT.none[lang]} – ${end ? formatDate(end, lang) : DOC_TEXT.none[lang]}`;
}

function cover(plan: Plan, outlook: Outlook, d: D, owners: string[]): FileChild[] {
  const lang = plan.malform;
  const years = countingYearsText(outlook);
  const period = periodText(plan);
  return [
    new Paragraph({ text: plan.title || d('draft'), heading: HeadingLevel.TITLE, spacing: { before: 1800, after: 480 } }),
    ...(owners.length ? [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: owners.join(', '), size: 32, bold: true })] })] : []),
    fact(d('period'), period ?? d('none')),
    ...adoptionLines(plan, lang).map((line) => para(line, { bold: outlook.basis !== 'adopted' })),
    ...(years ? [para(fill(DOC_TEXT[outlook.basis === 'adopted' ? 'countsAdopted' : 'countsOnceAdopted'][lang], { years }, lang))] : []),
  ];
}

/** «Innhold»: the main headings of the body, in order, on the page after the front page. */
function contents(body: FileChild[], d: D): FileChild[] {
  const titles = body.filter((c): c is Paragraph => c instanceof Paragraph && HEADING1.has(c)).map((c) => HEADING1.get(c)!);
  return [
    new Paragraph({ text: d('contents'), heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...titles.map((t, i) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun(`${i + 1}. ${t}`)] })),
  ];
}

/** Main headings made by `h1`, so that the contents can list them. */
const HEADING1 = new WeakMap<Paragraph, string>();
function h1(text: string, pageBreakBefore = false): Paragraph {
  const p = new Paragraph({ text, heading: HeadingLevel.HEADING_1, pageBreakBefore });
  HEADING1.set(p, text);
  return p;
}

function foreword(plan: Plan, d: D): FileChild[] {
  const { mandate, participants, consultation } = plan.process;
  if (!mandate && !participants && !consultation) return [];
  return [
    h1(d('foreword')),
    ...(mandate ? [heading(d('mandate'), 2), para(mandate)] : []),
    ...(participants ? [heading(d('participants'), 2), para(participants)] : []),
    ...(consultation ? [heading(d('consultation'), 2), para(consultation)] : []),
  ];
}

/** The focus areas, their goals and their measures in short: one line per measure, with its number. */
function overview(plan: Plan, d: D): FileChild[] {
  const groups = measureGroups(plan);
  const byArea = new Map(groups.filter((g) => g.areaId).map((g) => [g.areaId!, g.items]));
  const loose = groups.find((g) => !g.areaId);
  const measureLine = (n: number, text: string) =>
    new Paragraph({ indent: { left: 360, hanging: 360 }, spacing: { after: 40 }, children: [new TextRun({ text: `${n}. `, bold: true }), new TextRun(firstSentence(text))] });
  return [
    h1(d('focusAreas')),
    ...plan.focusAreas.flatMap((a) => [
      heading(a.title, 2),
      ...(a.description ? [para(a.description)] : []),
      ...(a.goals.length ? [new Paragraph({ children: [new TextRun({ text: `${d('goals')}:`, bold: true })], spacing: { after: 40 } }), ...a.goals.map((g) => bullet(g.text))] : []),
      ...((byArea.get(a.id) ?? []).length ? [new Paragraph({ children: [new TextRun({ text: `${d('measures')}:`, bold: true })], spacing: { before: 80, after: 40 } })] : []),
      ...(byArea.get(a.id) ?? []).map((x) => measureLine(x.number, x.measure.description)),
    ]),
    ...(loose ? [heading(d('withoutArea'), 2), ...loose.items.map((x) => measureLine(x.number, x.measure.description))] : []),
  ];
}

/** The first sentence of a description, for the overview (the table has it in full). */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.{20,}?[.!?])\s/.exec(flat);
  return m ? m[1] : flat;
}

function measures(plan: Plan, d: D): FileChild[] {
  const lang = plan.malform;
  const headers = [d('measure'), d('responsibleAndPartners'), d('when'), d('resources'), d('indicator')];
  const label = (l: string, text: string, italic = false) =>
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${l}: `, bold: true, size: 19 }), new TextRun({ text, italics: italic, size: 19 })] });
  const lines = (texts: string[]) => texts.map((t) => {
    const i = t.indexOf(': ');
    return i > 0 ? label(t.slice(0, i), t.slice(i + 2)) : new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: t, size: 19 })] });
  });
  const small = (text: string) => new Paragraph({ spacing: { after: 40 }, children: text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, size: 19, break: i > 0 ? 1 : undefined })) });
  const groups = measureGroups(plan);
  return [
    h1(d('measuresInFull')),
    ...groups.flatMap((g) => [
      heading(g.title, 2),
      table(
        headers,
        g.items.map(({ measure: m, number, goal }) => {
          const cells = measureCells(m, lang);
          return [
            [
              new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${number}. `, bold: true, size: 19 }), ...m.description.split(/\r?\n/).map((line, i) => new TextRun({ text: line, size: 19, break: i > 0 ? 1 : undefined }))] }),
              ...(goal ? [label(d('goal'), goal, true)] : []),
            ],
            [
              ...(cells.responsible ? [small(cells.responsible)] : []),
              ...(m.partners ? [label(d('partnersShort'), m.partners)] : []),
            ],
            lines(cells.when),
            cells.resources ? [small(cells.resources)] : [],
            m.indicator ? [small(m.indicator)] : [],
          ];
        }),
        { widths: MEASURE_COLUMNS, textWidth: NARROW_TEXT_WIDTH },
      ),
    ]),
    ...newMoney(plan, d),
  ];
}

/** New money per year and in all, and per focus area where the plan has several. */
function newMoney(plan: Plan, d: D): FileChild[] {
  const lang = plan.malform;
  const all = moneyTotals(plan.measures);
  if (!all.years.length) return [heading(d('newMoney'), 2), para(d('noNewMoney'))];
  const groups = measureGroups(plan).map((g) => ({ title: g.title, totals: moneyTotals(g.items.map((x) => x.measure)) })).filter((g) => g.totals.total > 0);
  const yearLabel = (y: number | undefined) => (y === undefined ? d('noYear') : String(y));
  const row = (name: string, t: ReturnType<typeof moneyTotals>) => [name, ...all.years.map((y) => (t.byYear.has(yearKey(y)) ? formatKroner(t.byYear.get(yearKey(y))!) : '–')), formatKroner(t.total)];
  const rows = [...(groups.length > 1 ? groups.map((g) => row(g.title, g.totals)) : []), row(groups.length > 1 ? d('total') : d('allAreas'), all)];
  const first = 0.3;
  const rest = (1 - first) / (all.years.length + 1);
  return [
    heading(d('newMoney'), 2),
    para(d('newMoneyLead')),
    table([d('area'), ...all.years.map(yearLabel), d('total')], rows, { widths: [first, ...all.years.map(() => rest), rest], small: true, textWidth: NARROW_TEXT_WIDTH }),
  ];
}

function followUp(plan: Plan, d: D, date: (v?: string) => string): FileChild[] {
  const f = plan.followUp;
  const lang = plan.malform;
  const reporting = f.councilReporting ? L.REPORTING_LABELS[f.councilReporting][lang] : d('none');
  const month = f.councilReportMonth ? `, ${fill(d('reportMonth'), { month: MONTHS[lang][f.councilReportMonth - 1] }, lang)}` : '';
  return [
    h1(d('followUp')),
    fact(d('reporting'), `${reporting}${month}`),
    fact(d('midTerm'), date(f.midTermEvaluation)),
    fact(d('finalEvaluation'), date(f.finalEvaluation)),
    fact(d('revision'), date(f.revisionDate)),
    fact(d('resourceGroup'), f.resourceGroup.established ? (f.resourceGroup.members || d('yes')) : d('no')),
    fact(d('publication'), f.publication.onWebsite ? `${d('onWebsite')}${f.publication.url ? ` ${f.publication.url}` : ''}` : d('no')),
  ];
}

/** The routines annex, last in the document and on its own page; only when the plan has filled in a step. */
function routinesAppendix(plan: Plan): FileChild[] {
  const rows = filledRoutines(plan.routines);
  if (!rows.length) return [];
  const r = plan.malform === 'nn' ? routinesNn : routinesNb;
  return [
    h1(r['routines.appendix'], true),
    para(r['routines.appendixLead']),
    table([r['routines.step'], r['routines.ours']], rows.map(([k, text]) => [r[`routines.${k}`], text])),
  ];
}

function background(plan: Plan, d: D): FileChild[] {
  const lang = plan.malform;
  const kb = plan.knowledgeBase;
  const laws = plan.planType === 'interkommunal' ? [...LAWS, INTERMUNICIPAL_LAW] : LAWS;
  // Short lists run on one line each, so that the background stays short.
  const list = (label: string, items: string[]) => fact(label, items.length ? items.join(', ') : d('none'));
  return [
    h1(d('background')),
    heading(d('knowledgeBase'), 2),
    para(kb.situation ?? d('none')),
    ...(kb.sources.length ? [fact(d('sources'), kb.sources.map((s) => (s.date ? `${s.name} (${formatDate(s.date, lang)})` : s.name)).join(', '))] : []),
    heading(d('targetGroupsAndForms'), 2),
    list(d('primaryTargetGroups'), plan.primaryTargetGroups.map((g) => L.PRIMARY_TARGET_GROUP_LABELS[g][lang])),
    list(d('targetGroups'), plan.targetGroups.map((g) => L.TARGET_GROUP_LABELS[g][lang])),
    list(d('violenceForms'), plan.violenceForms.map((g) => L.VIOLENCE_FORM_LABELS[g][lang])),
    heading(d('legalBasis'), 2),
    para(d('legalBasisLead')),
    ...laws.map((l) => new Paragraph({
      bullet: { level: 0 },
      children: [l.url ? link(l.name[lang], l.url) : new TextRun(l.name[lang]), new TextRun(`: ${l.what[lang]}`)],
    })),
    ...CONVENTIONS.map((c) => bullet(c[lang])),
    heading(d('placement'), 2),
    para(`${plan.placement.kind ? L.PLACEMENT_LABELS[plan.placement.kind][lang] : d('none')}${plan.placement.other ? ` (${plan.placement.other})` : ''}`),
    ...(plan.placement.owner ? [fact(d('owner'), plan.placement.owner)] : []),
  ];
}
