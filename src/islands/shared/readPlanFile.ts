import type { OpenResult } from '../../plan/file';

/**
 * Reads a chosen or dropped file as a plan file; a file over the limit is refused before it is read.
 * The file format (src/plan/file.ts) loads with the first file, not with the page.
 */
export async function readPlanFile(file: File): Promise<OpenResult> {
  const { openPlanFile, MAX_FILE_BYTES } = await import('../../plan/file');
  return openPlanFile(file.size > MAX_FILE_BYTES ? '' : await file.text(), file.size);
}
