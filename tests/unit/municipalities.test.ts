/** src/data/municipalities.ts: the picker's list, in the order the file keeps it. */
import { describe, expect, it } from 'vitest';
import data from '../../src/data/kommuner-2026.json';
import { MUNICIPALITIES, findMunicipality } from '../../src/data/municipalities';

describe('municipalities', () => {
  it('are all 357, in Norwegian alphabetical order (Æ, Ø, Å last), as the file must store them', () => {
    expect(MUNICIPALITIES).toHaveLength(data.count);
    const nb = new Intl.Collator('nb');
    const outOfOrder = MUNICIPALITIES.slice(1).filter((m, i) => nb.compare(MUNICIPALITIES[i].name, m.name) > 0).map((m) => m.name);
    expect(outOfOrder).toEqual([]);
    expect(MUNICIPALITIES.at(-1)?.name).toBe('Åsnes');
  });

  it('finds a municipality by its exact name, whatever the case', () => {
    expect(findMunicipality(' bærum ')?.number).toBe('3201');
    expect(findMunicipality('Bærumm')).toBeUndefined();
  });
});
