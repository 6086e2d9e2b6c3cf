/**
 * The evaluation of an expired plan as a short Word report the council can receive:
 * status, a summary, each measure with its result and what happens to it, and the
 * answers to the evaluation questions. In the plan's målform.
 */
import { Document, HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { Plan } from '../plan/schema';
import { formatDate } from '../plan/dates';
import { municipalityTitle } from '../plan/document';
import { fill } from '../plan/messages';
import { oldPlanStatus, evaluationSummary } from '../plan/revision';
import { documentProperties, pageNumberFooter, heading, para, fact, table } from './docx-common';
import { EVALUATION_TEXT as E, QUESTION_TEXT, RESULT_TEXT, DECISION_TEXT } from './evaluation-text';

export function evaluationDocument(plan: Plan, today: string): Document {
  const lang = plan.malform;
  const e = (key: keyof typeof E, params?: Record<string, string | number>) => fill(E[key][lang], params, lang);
  const status = oldPlanStatus(plan, today);
  const summary = evaluationSummary(plan);
  const byId = new Map((plan.evaluation?.measures ?? []).map((x) => [x.measureId, x]));
  const title = e('title', { title: inSentence(plan.title || E.untitled[lang]) });

  const statusText = [
    !status.endedOn ? e('unclear') : status.expired ? e('expired', { date: status.endedOn }) : e('current', { date: status.endedOn }),
    status.countedYears ? e('years', { first: status.countedYears.first, last: status.countedYears.last }) : '',
  ].filter(Boolean).join(' ');

  const children: FileChild[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    para(plan.municipalities.map((m) => municipalityTitle(m.name)).join(', ')),
    ...(plan.evaluation?.evaluatedOn ? [fact(e('evaluatedOn'), formatDate(plan.evaluation.evaluatedOn, lang))] : []),
    heading(e('status'), 1),
    para(statusText),
    heading(e('summary'), 1),
    table([e('result'), e('count')], [
      ...(['gjennomfort', 'delvis', 'ikke-gjennomfort'] as const).map((r) => [RESULT_TEXT[r][lang], String(summary.results[r])]),
      ...(['behold', 'endre', 'dropp'] as const).map((d) => [DECISION_TEXT[d][lang], String(summary.decisions[d])]),
      [e('notJudged'), String(summary.results['ikke-vurdert'])],
    ]),
    heading(e('measures'), 1),
    table(
      [e('measure'), e('result'), e('decision'), e('comment')],
      plan.measures.map((m) => {
        const x = byId.get(m.id);
        return [m.description, x?.result ? RESULT_TEXT[x.result][lang] : e('notJudged'), x?.decision ? DECISION_TEXT[x.decision][lang] : e('notJudged'), x?.comment ?? ''];
      }),
    ),
    heading(e('questions'), 1),
    ...(Object.keys(QUESTION_TEXT) as (keyof typeof QUESTION_TEXT)[]).flatMap((q) => [
      heading(QUESTION_TEXT[q][lang], 2),
      para(plan.evaluation?.[q] ?? e('notAnswered')),
    ]),
  ];

  return new Document({
    ...documentProperties(plan, { kind: 'evaluation', title, creator: plan.municipalities.map((m) => municipalityTitle(m.name)).join(', ') }),
    sections: [{ footers: { default: pageNumberFooter(lang) }, children }],
  });
}

/**
 * A plan title inside a sentence: «Evaluering av handlingsplan mot vold …», not «av Handlingsplan».
 * Only a title that starts with a common noun is lowered; a name («Gildeskål kommunes plan») keeps its capital.
 */
export function inSentence(title: string): string {
  return /^(Handlingsplan|Handlingsplanen|Plan|Planen|Kommunal|Kommunale|Interkommunal|Interkommunale|Tiltaksplan|Temaplan|Felles)\b/u.test(title)
    ? title.charAt(0).toLocaleLowerCase('nb-NO') + title.slice(1)
    : title;
}

/** «evaluering-handlingsplan-vold-nære-relasjoner-2019-2022.docx» */
export function evaluationFileName(planFile: string): string {
  return `evaluering-${planFile}`;
}
