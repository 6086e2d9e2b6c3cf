/**
 * Measures written as bullet or numbered lists under headings: each heading with a list
 * becomes a one-column table whose rows are the list items, the heading naming the focus
 * area. Lists under headings that are clearly about something else are left out.
 */
import type { Block } from './blocks';
import { nearestArea, focusAreaFromHeading, type FoundTable } from './tables';

const NOT_MEASURES = /innhold|innhald|kilde|kjelde|referans|litteratur|lovverk|lovgrunnlag|definisjon|begrep|omgrep|målgrupp|vedlegg|bakgrunn|forord|samandrag|sammendrag|arbeidsgruppe|deltak|høring|høyring|telefon|kontakt|hjelpetilbud|hjelpetilbod/i;
const MEASURE_WORD = /tiltak|aktivitet|handling|innsats|satsing/i;

export function findMeasureLists(blocks: Block[], tablesFound: boolean, firstIndex: number): FoundTable[] {
  const found: FoundTable[] = [];
  const headings: { level: number; text: string }[] = [];
  let current: FoundTable | undefined;
  let area: string | undefined;
  let intro = '';
  for (const b of blocks) {
    if (b.kind === 'heading') {
      while (headings.length && headings[headings.length - 1].level >= b.level) headings.pop();
      headings.push({ level: b.level, text: b.text });
      current = undefined;
      intro = '';
      continue;
    }
    if (b.kind === 'table') { current = undefined; continue; }
    if (!b.list) { intro = b.text; current = undefined; continue; }
    if (!current) {
      const heading = headings[headings.length - 1]?.text;
      const context = `${headings.map((h) => h.text).join(' ')} ${intro}`;
      const excluded = NOT_MEASURES.test(heading ?? '') || NOT_MEASURES.test(intro);
      const signalled = MEASURE_WORD.test(context);
      if (excluded || (tablesFound && !signalled) || (!heading && !signalled)) continue;
      const named = nearestArea(headings);
      area = named ? focusAreaFromHeading(named) : undefined;
      current = {
        origin: { kind: 'list', index: firstIndex + found.length, heading },
        columns: [{ header: heading ?? '', field: 'description' }],
        rows: [],
      };
      found.push(current);
    }
    current.rows.push({ cells: [b.text], focusArea: area, include: true });
  }
  return found.filter((t) => t.rows.length > 0);
}
