/**
 * The plan as a Word document, in the order the research recommends: cover, foreword,
 * focus areas and goals, the measures, follow-up, and the background last
 * (NKVTS rapport 3/2019 kap. 8.3). A plan that does not meet the krav yet is marked
 * «Utkast» and starts with a page listing what is missing.
 */
import { Document, HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { Plan, Measure } from '../plan/schema';
import { checkParsedPlan, type CheckResult } from '../plan/check';
import { DOC_TEXT, measureCells } from '../plan/document';
import { formatDate } from '../plan/dates';
import { findingMessage } from '../plan/messages';
import * as L from '../plan/labels';
import { LAWS, INTERMUNICIPAL_LAW, CONVENTIONS } from '../plan/legal-basis';
import { documentStyles, pageNumberFooter, heading, para, bullet, fact, table } from './docx-common';

type Key = keyof typeof DOC_TEXT;

export function planDocument(plan: Plan, today: string): Document {
  const lang = plan.malform;
  const d = (key: Key) => DOC_TEXT[key][lang];
  const date = (v?: string) => (v ? formatDate(v, lang) : d('none'));
  const result = checkParsedPlan(plan, { today });
  const title = plan.title || d('draft');

  const children: FileChild[] = [
    ...draftPage(plan, result),
    ...cover(plan, result, d, date),
    ...foreword(plan, d),
    ...focusAreas(plan, d),
    ...measures(plan, d),
    ...followUp(plan, d, date),
    ...background(plan, d),
  ];

  return new Document({
    title,
    subject: d('focusAreas'),
    creator: plan.municipalities.map((m) => m.name).join(', '),
    description: result.counts ? title : `${d('draft')}: ${title}`,
    styles: documentStyles(lang),
    sections: [{ footers: { default: pageNumberFooter(lang) }, children }],
  });
}

function draftPage(plan: Plan, result: CheckResult): FileChild[] {
  if (result.counts) return [];
  const lang = plan.malform;
  const open = result.findings.filter((f) => f.kind === 'krav');
  return [
    heading(DOC_TEXT.draftPageTitle[lang], 1),
    para(DOC_TEXT.draftPageLead[lang]),
    ...open.map((f) => bullet(findingMessage(f, lang))),
  ];
}

function cover(plan: Plan, result: CheckResult, d: (k: Key) => string, date: (v?: string) => string): FileChild[] {
  const adopted = plan.municipalities.filter((m) => m.adoption.status === 'vedtatt');
  return [
    new Paragraph({ text: plan.title || d('draft'), heading: HeadingLevel.TITLE, pageBreakBefore: !result.counts }),
    para(plan.municipalities.map((m) => m.name).join(', ')),
    fact(d('period'), `${date(plan.period.start)} – ${date(plan.period.end)}`),
    result.counts && adopted.length
      ? fact(d('adopted'), adopted.map((m) => `${m.name}${m.adoption.date ? ` ${date(m.adoption.date)}` : ''}`).join('; '))
      : para(d('notAdopted'), { bold: true }),
  ];
}

function foreword(plan: Plan, d: (k: Key) => string): FileChild[] {
  const { mandate, participants, consultation } = plan.process;
  if (!mandate && !participants && !consultation) return [];
  return [
    heading(d('foreword'), 1),
    ...(mandate ? [heading(d('mandate'), 2), para(mandate)] : []),
    ...(participants ? [heading(d('participants'), 2), para(participants)] : []),
    ...(consultation ? [heading(d('consultation'), 2), para(consultation)] : []),
  ];
}

function focusAreas(plan: Plan, d: (k: Key) => string): FileChild[] {
  return [
    heading(d('focusAreas'), 1),
    ...plan.focusAreas.flatMap((a) => [
      heading(a.title, 2),
      ...(a.description ? [para(a.description)] : []),
      ...a.goals.map((g) => bullet(g.text)),
    ]),
  ];
}

function measureRow(m: Measure, lang: Plan['malform']): string[] {
  const cells = measureCells(m, lang);
  return [m.description, cells.responsible, m.partners ?? '', cells.when.join('\n'), cells.resources, m.indicator ?? ''];
}

function measures(plan: Plan, d: (k: Key) => string): FileChild[] {
  const headers = [d('measure'), d('responsible'), d('partners'), d('when'), d('resources'), d('indicator')];
  const goalArea = new Map(plan.focusAreas.flatMap((a) => a.goals.map((g) => [g.id, a.id] as const)));
  const groups = [
    ...plan.focusAreas.map((a) => ({ title: a.title, items: plan.measures.filter((m) => m.goalId && goalArea.get(m.goalId) === a.id) })),
    { title: d('measures'), items: plan.measures.filter((m) => !m.goalId || !goalArea.has(m.goalId)) },
  ].filter((g) => g.items.length > 0);
  return [
    heading(d('measures'), 1),
    ...groups.flatMap((g) => [heading(g.title, 2), table(headers, g.items.map((m) => measureRow(m, plan.malform)))]),
  ];
}

function followUp(plan: Plan, d: (k: Key) => string, date: (v?: string) => string): FileChild[] {
  const f = plan.followUp;
  return [
    heading(d('followUp'), 1),
    fact(d('reporting'), f.councilReporting ? L.REPORTING_LABELS[f.councilReporting][plan.malform] : d('none')),
    fact(d('midTerm'), date(f.midTermEvaluation)),
    fact(d('finalEvaluation'), date(f.finalEvaluation)),
    fact(d('revision'), date(f.revisionDate)),
    fact(d('resourceGroup'), f.resourceGroup.established ? (f.resourceGroup.members || d('yes')) : d('no')),
    fact(d('publication'), f.publication.onWebsite ? `${d('onWebsite')}${f.publication.url ? ` ${f.publication.url}` : ''}` : d('no')),
  ];
}

function background(plan: Plan, d: (k: Key) => string): FileChild[] {
  const lang = plan.malform;
  const kb = plan.knowledgeBase;
  const laws = plan.planType === 'interkommunal' ? [...LAWS, INTERMUNICIPAL_LAW] : LAWS;
  const list = (items: string[]) => (items.length ? items.map(bullet) : [para(d('none'))]);
  return [
    heading(d('background'), 1),
    heading(d('knowledgeBase'), 2),
    para(kb.situation ?? d('none')),
    ...(kb.sources.length ? [heading(d('sources'), 3), ...kb.sources.map((s) => bullet(s.date ? `${s.name} (${formatDate(s.date, lang)})` : s.name))] : []),
    heading(d('targetGroups'), 2),
    heading(d('primaryTargetGroups'), 3),
    ...list(plan.primaryTargetGroups.map((g) => L.PRIMARY_TARGET_GROUP_LABELS[g][lang])),
    heading(d('targetGroups'), 3),
    ...list(plan.targetGroups.map((g) => L.TARGET_GROUP_LABELS[g][lang])),
    heading(d('violenceForms'), 2),
    ...list(plan.violenceForms.map((g) => L.VIOLENCE_FORM_LABELS[g][lang])),
    heading(d('legalBasis'), 2),
    para(d('legalBasisLead')),
    ...laws.map((l) => bullet(`${l.name[lang]}: ${l.what[lang]}${l.url ? ` (${l.url})` : ''}`)),
    ...CONVENTIONS.map((c) => bullet(c[lang])),
    heading(d('placement'), 2),
    para(`${plan.placement.kind ? L.PLACEMENT_LABELS[plan.placement.kind][lang] : d('none')}${plan.placement.other ? ` (${plan.placement.other})` : ''}`),
    ...(plan.placement.owner ? [fact(d('owner'), plan.placement.owner)] : []),
  ];
}
