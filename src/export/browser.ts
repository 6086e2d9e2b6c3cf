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
