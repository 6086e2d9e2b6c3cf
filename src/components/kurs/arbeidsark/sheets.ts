/**
 * The worksheets: the address part (content/kurs/nb/arbeidsark/<id>.mdx, /kurs/arbeidsark/<id>/) → the sheet's
 * form and its paper orientation. A sheet needs both an entry here and its MDX file (title, description, instruction).
 */
import TiltakSheet from './TiltakSheet.astro';
import PlasseringSheet from './PlasseringSheet.astro';
import EvalueringSheet from './EvalueringSheet.astro';
import GammelPlanSheet from './GammelPlanSheet.astro';

export const SHEETS = {
  tiltak: { Sheet: TiltakSheet, landscape: true },
  plassering: { Sheet: PlasseringSheet, landscape: false },
  evaluering: { Sheet: EvalueringSheet, landscape: false },
  'gammel-plan': { Sheet: GammelPlanSheet, landscape: false },
} as const;

export type SheetId = keyof typeof SHEETS;

export function isSheetId(id: string): id is SheetId {
  return Object.hasOwn(SHEETS, id);
}
