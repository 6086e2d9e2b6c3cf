import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/export/plan-docx';
import { docxBytes } from '../../src/export/files';
import { readDocx, headings } from '../fixtures/docx';
import { completePlan, variant, TODAY } from '../fixtures/plans';
import { formatDate } from '../../src/plan/dates';

const open = async (plan = completePlan()) => readDocx(await docxBytes(planDocument(plan, TODAY)));

describe('the plan as a Word document', () => {
  it('holds every goal and measure, in the recommended order, with heading styles', async () => {
    const plan = completePlan();
    const { text, document } = await open(plan);
    for (const goal of plan.focusAreas.flatMap((a) => a.goals)) expect(text).toContain(goal.text);
    for (const m of plan.measures) {
      expect(text).toContain(m.description);
      if (m.deadline) expect(text).toContain(formatDate(m.deadline, 'nb'));
    }
    const h1 = headings(document).filter((h) => h.level === 1).map((h) => h.text);
    expect(h1).toEqual(['Innsatsområder og mål', 'Tiltak', 'Oppfølging og evaluering', 'Bakgrunn']);
  });

  it('has a measures table whose header row repeats on every page', async () => {
    const { document } = await open();
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toMatch(/<w:tblHeader\/>.*Ansvarlig.*Indikator/s);
  });

  it('sets the language and the title of the document', async () => {
    const { styles, core } = await open();
    expect(styles).toContain('w:lang w:val="nb-NO"');
    expect(core).toContain(completePlan().title);
  });

  it('writes dates and quarters in Norwegian, never in the stored form', async () => {
    const plan = variant(completePlan(), (p) => {
      p.knowledgeBase.sources = [{ id: 's1', name: 'Ungdata', date: '2025-03-01' }, { id: 's2', name: 'KOSTRA', date: '2024' }];
      p.measures[0].milestones = [{ id: 'x1', text: 'Kurset er holdt', when: '2027-Q3' }];
    });
    const { text } = await open(plan);
    expect(text).toContain('Ungdata (1. mars 2025)');
    expect(text).toContain('KOSTRA (2024)');
    expect(text).toContain('Kurset er holdt: 3. kvartal 2027');
    // (Lovdata addresses hold ISO dates; nothing else may.)
    expect(text.replace(/https:\/\/lovdata\.no\/\S+/g, '')).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{4}-Q[1-4]/);
  });

  it('keeps æøå and markup as plain text', async () => {
    const plan = variant(completePlan(), (p) => { p.measures[0].description = 'Øvelse <script>alert(1)</script> & «sårbare» barn'; });
    const { text, document } = await open(plan);
    expect(text).toContain('Øvelse <script>alert(1)</script> & «sårbare» barn');
    expect(document).not.toContain('<script>');
  });

  it('marks a plan that does not count as a draft and lists the open krav on a first page', async () => {
    const plan = variant(completePlan(), (p) => { p.municipalities[0].adoption = { status: 'planlagt', body: 'kommunestyre' }; });
    const { text, document } = await open(plan);
    expect(headings(document)[0].text).toBe('Utkast: dette mangler før planen teller i KOSTRA');
    expect(text).toContain('har ikke vedtatt planen ennå');
    expect(text).toContain('Utkast, ikke vedtatt');
  });

  it('writes a nynorsk plan in nynorsk', async () => {
    const { document, styles } = await open(variant(completePlan(), (p) => { p.malform = 'nn'; }));
    expect(headings(document).filter((h) => h.level === 1).map((h) => h.text)).toEqual(['Innsatsområde og mål', 'Tiltak', 'Oppfølging og evaluering', 'Bakgrunn']);
    expect(styles).toContain('w:lang w:val="nn-NO"');
  });

  it('exports a plan with 1,000 measures', async () => {
    const plan = completePlan();
    const many = { ...plan, measures: Array.from({ length: 1000 }, (_, i) => ({ ...plan.measures[0], id: `m${i}`, description: `Tiltak ${i + 1}` })) };
    const { text } = await open(many);
    expect(text).toContain('Tiltak 1000');
  }, 60_000);
});
