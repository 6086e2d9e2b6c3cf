/** The routines annex in the plan's Word document (src/plan/routines.ts, src/export/plan-docx.ts). */
import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/export/plan-docx';
import { docxBytes } from '../../src/export/files';
import { planSchema } from '../../src/plan/schema';
import { readDocx, headings } from '../fixtures/docx';
import { completePlan, variant, TODAY } from '../fixtures/plans';

const open = async (plan = completePlan()) => readDocx(await docxBytes(planDocument(plan, TODAY)));

describe('the routines annex (vedlegg)', () => {
  it('is left out when the plan has no routines', async () => {
    const { text } = await open();
    expect(text).not.toContain('Vedlegg: Rutiner');
  });

  it('comes last, on its own page, with the filled-in steps in template order and the empty ones left out', async () => {
    const plan = variant(completePlan(), (p) => {
      p.routines = { police: 'Politikontakt Vest: 02800', contacts: 'Nærmeste leder, deretter voldskoordinator', documenting: '  ' };
    });
    const { text, document } = await open(plan);
    const h1 = headings(document).filter((h) => h.level === 1).map((h) => h.text);
    expect(h1.at(-1)).toBe('Vedlegg: Rutiner når noen er utsatt for vold');
    const annex = text.slice(text.indexOf('Vedlegg: Rutiner'));
    expect(annex.indexOf('1. Hvem den ansatte snakker med')).toBeLessThan(annex.indexOf('6. Når politiet kobles inn'));
    expect(annex).toContain('Nærmeste leder, deretter voldskoordinator');
    expect(annex).toContain('Politikontakt Vest: 02800');
    expect(annex).not.toContain('2. Dokumentere');
    expect(document).toMatch(/w:pageBreakBefore/);
  });

  it('is in nynorsk for a nynorsk plan', async () => {
    const plan = variant(completePlan(), (p) => { p.malform = 'nn'; p.routines = { adultsAtRisk: 'TryggEst-teamet, telefon 12345678' }; });
    const { text } = await open(plan);
    expect(text).toContain('Vedlegg: Rutinar når nokon er utsett for vald');
    expect(text).toContain('Vaksne som ikkje kan beskytte seg sjølve');
  });

  it('is optional in the plan file, and keeps only the known steps', () => {
    expect(planSchema.safeParse({ ...completePlan(), routines: undefined }).success).toBe(true);
    const parsed = planSchema.parse({ ...completePlan(), routines: { risk: 'Krisesenteret', unknown: 'x' } });
    expect(parsed.routines).toEqual({ risk: 'Krisesenteret' });
  });
});
