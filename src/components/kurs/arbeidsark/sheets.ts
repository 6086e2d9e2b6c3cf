/**
 * The worksheets: the address part (content/kurs/nb/arbeidsark/<id>.mdx, /kurs/arbeidsark/<id>/) → the sheet's
 * form, its paper orientation and how many A4 pages it prints on. A sheet needs both an entry here and its MDX file
 * (title, description, instruction). In the order of the exercises in the facilitator guide.
 */
import TiltakSheet from './TiltakSheet.astro';
import PlasseringSheet from './PlasseringSheet.astro';
import EvalueringSheet from './EvalueringSheet.astro';
import GammelPlanSheet from './GammelPlanSheet.astro';
import SjekkSheet from './SjekkSheet.astro';
import FinnFeileneSheet from './FinnFeileneSheet.astro';
import NesteStegSheet from './NesteStegSheet.astro';

export const SHEETS = {
  sjekk: { Sheet: SjekkSheet, landscape: false, pages: 1 },
  plassering: { Sheet: PlasseringSheet, landscape: false, pages: 1 },
  tiltak: { Sheet: TiltakSheet, landscape: true, pages: 1 },
  'finn-feilene': { Sheet: FinnFeileneSheet, landscape: false, pages: 1 },
  evaluering: { Sheet: EvalueringSheet, landscape: false, pages: 1 },
  'neste-steg': { Sheet: NesteStegSheet, landscape: false, pages: 1 },
  'gammel-plan': { Sheet: GammelPlanSheet, landscape: false, pages: 2 },
} as const;

export type SheetId = keyof typeof SHEETS;

export function isSheetId(id: string): id is SheetId {
  return Object.hasOwn(SHEETS, id);
}
