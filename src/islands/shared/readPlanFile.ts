import { openPlanFile, MAX_FILE_BYTES, type OpenResult } from '../../plan/file';

/** Reads a chosen or dropped file as a plan file; a file over the limit is refused before it is read. */
export async function readPlanFile(file: File): Promise<OpenResult> {
  return openPlanFile(file.size > MAX_FILE_BYTES ? '' : await file.text(), file.size);
}
