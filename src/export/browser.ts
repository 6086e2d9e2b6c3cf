/**
 * The exports as files for the browser. The wizard imports this module dynamically
 * when the user asks for an export, so it and the docx library add nothing to the
 * wizard's first load.
 */
import type { Plan } from '../plan/schema';
import { planFileName } from '../plan/file';
import { todayInNorway } from '../plan/dates';
import { planDocument } from './plan-docx';
import { docxBlob } from './files';
import { planToIcs, calendarFileName } from './calendar';
import { councilPapers } from './council-docx';
import { evaluationDocument, evaluationFileName } from './evaluation-docx';
import { checklistDocument, checklistFileName } from './checklist-docx';

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

export async function planDocx(plan: Plan): Promise<ExportFile> {
  return { blob: await docxBlob(planDocument(plan, todayInNorway())), fileName: planFileName(plan, 'docx') };
}

export function planCalendar(plan: Plan): ExportFile {
  return {
    blob: new Blob([planToIcs(plan, { today: todayInNorway() })], { type: 'text/calendar;charset=utf-8' }),
    fileName: calendarFileName(plan),
  };
}

/** The council paper for one municipality (for an intermunicipal plan, each has its own). */
export async function councilPaperDocx(plan: Plan, municipalityId: string | undefined): Promise<ExportFile> {
  const papers = councilPapers(plan, todayInNorway());
  const paper = papers.find((p) => p.municipalityId === municipalityId) ?? papers[0];
  return { blob: await docxBlob(paper.document), fileName: paper.fileName };
}

/** The evaluation of an expired plan, for the council. */
export async function evaluationDocx(plan: Plan): Promise<ExportFile> {
  return { blob: await docxBlob(evaluationDocument(plan, todayInNorway())), fileName: evaluationFileName(planFileName(plan, 'docx')) };
}

/** The working group's checklist: what still stops the plan from counting once adopted. Never part of the plan. */
export async function checklistDocx(plan: Plan): Promise<ExportFile> {
  return { blob: await docxBlob(checklistDocument(plan, todayInNorway())), fileName: checklistFileName(plan) };
}
