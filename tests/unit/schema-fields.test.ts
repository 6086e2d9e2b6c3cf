import { describe, expect, it } from 'vitest';
import { planFields } from '../../src/components/schema-fields';

const nb = planFields('nb');
const nn = planFields('nn');
const byPath = (rows: ReturnType<typeof planFields>) => new Map(rows.map((r) => [r.path, r]));

describe('planFields', () => {
  it('lists the same fields in both languages', () => {
    expect(nb.length).toBeGreaterThan(50);
    expect(nn.map((r) => r.path)).toEqual(nb.map((r) => r.path));
  });

  it('defaults to bokmål', () => {
    expect(planFields()).toEqual(nb);
  });

  it('has every description in both languages', () => {
    const described = nb.filter((r) => r.description);
    expect(described.length).toBeGreaterThan(40);
    nb.forEach((row, i) => {
      expect(Boolean(nn[i].description), row.path).toBe(Boolean(row.description));
      if (row.description) {
        expect(row.description.trim(), row.path).not.toBe('');
        expect(nn[i].description!.trim(), row.path).not.toBe('');
      }
    });
  });

  it('has nynorsk that is not a copy of the bokmål', () => {
    const pairs = nb.flatMap((row, i) => (row.description ? [[row.description, nn[i].description!] as const] : []));
    const differing = pairs.filter(([b, n]) => b !== n).length;
    expect(differing / pairs.length).toBeGreaterThan(0.5);
    // Distinct texts too, not only rows (the shared id description repeats on many rows).
    const distinct = new Map(pairs);
    const distinctDiffering = [...distinct].filter(([b, n]) => b !== n).length;
    expect(distinctDiffering / distinct.size).toBeGreaterThan(0.6);
  });

  it('has no typical bokmål forms in the nynorsk', () => {
    const BOKMAL = /\b(hva|hvem|hvor|hvordan|hvilke|ikke|bare|navnet|eksempel|ble|kommer|tallene)\b/i;
    for (const row of nn) if (row.description) expect(row.description, row.path).not.toMatch(BOKMAL);
  });

  it('takes the bokmål text from the schema', () => {
    const rows = byPath(nb);
    expect(rows.get('title')?.description).toBe('Tittelen på planen');
    expect(rows.get('municipalities[].name')?.description).toBe('Navnet på kommunen');
    expect(rows.get('measures[].description')?.description).toBe('Hva som skal gjøres');
    expect(rows.get('evaluation.worked')?.description).toBe('Hva virket?');
  });

  it('takes the nynorsk text from the schema', () => {
    const rows = byPath(nn);
    expect(rows.get('municipalities[].name')?.description).toBe('Namnet på kommunen');
    expect(rows.get('measures[].description')?.description).toBe('Kva som skal gjerast');
    expect(rows.get('evaluation.worked')?.description).toBe('Kva verka?');
    expect(rows.get('knowledgeBase.situation')?.description).toMatch(/skildring/);
  });

  it('names types in the language', () => {
    const b = byPath(nb);
    const n = byPath(nn);
    expect(b.get('measures[].resources.amount')?.type).toBe('tall');
    expect(n.get('measures[].resources.amount')?.type).toBe('tal');
    expect(b.get('title')?.type).toBe('tekst');
    expect(n.get('title')?.type).toBe('tekst');
    expect(n.get('followUp.resourceGroup.established')?.type).toBe('ja/nei');
    expect(n.get('measures')?.type).toBe('liste av objekt');
    expect(n.get('municipalities[].adoption')?.type).toBe('objekt');
    for (const row of nn) expect(row.type, row.path).not.toMatch(/\b(tall|heltall|verdier)\b/);
  });
});
