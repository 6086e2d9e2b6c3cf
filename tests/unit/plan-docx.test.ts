import { describe, expect, it } from 'vitest';
import { planDocument } from '../../src/export/plan-docx';
import { checklistDocument } from '../../src/export/checklist-docx';
import { docxBytes } from '../../src/export/files';
import { readDocx, headings } from '../fixtures/docx';
import { TODAY, completePlan, december2027Draft, variant } from '../fixtures/plans';
import { formatDate } from '../../src/plan/dates';
import { gildeskal9 } from '../fixtures/render-plans';
import { unzipSync, strFromU8 } from 'fflate';

const openWithRels = async (plan = completePlan()) => {
  const bytes = await docxBytes(planDocument(plan, TODAY));
  return { ...readDocx(bytes), rels: strFromU8(unzipSync(bytes)['word/_rels/document.xml.rels']) };
};

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
    expect(h1).toEqual(['Innhold', 'Innsatsområder og mål', 'Tiltakene', 'Oppfølging og evaluering', 'Bakgrunn']);
  });

  it('has a measures table whose header row repeats on every page', async () => {
    const { document } = await open();
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toMatch(/<w:tblHeader\/>.*Ansvar og samarbeid.*Indikator/s);
    // Only the header row is kept whole; measure rows may break across pages.
    expect(document.match(/<w:cantSplit\/>/g)?.length).toBe(document.match(/<w:tblHeader\/>/g)?.length);
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
    expect(text).toContain('Milepæl: Kurset er holdt (3. kvartal 2027)');
    // (Lovdata addresses hold ISO dates; nothing else may.)
    expect(text.replace(/https:\/\/lovdata\.no\/\S+/g, '')).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{4}-Q[1-4]/);
  });

  it('keeps æøå and markup as plain text', async () => {
    const plan = variant(completePlan(), (p) => { p.measures[0].description = 'Øvelse <script>alert(1)</script> & «sårbare» barn'; });
    const { text, document } = await open(plan);
    expect(text).toContain('Øvelse <script>alert(1)</script> & «sårbare» barn');
    expect(document).not.toContain('<script>');
  });

  it('a draft goes to the council without a work list: its front page says when it is adopted and for which years it counts', async () => {
    const plan = december2027Draft();
    const { text, document } = await open(plan);
    expect(text.startsWith(plan.title)).toBe(true);
    expect(headings(document).slice(0, 2)).toMatchObject([{ level: 1, text: 'Innhold' }, { level: 1, text: 'Innsatsområder og mål' }]);
    expect(text).toContain('Utkast – til behandling i kommunestyret 17. desember 2026, sak 26/45');
    expect(text).toContain('for rapporteringsårene 2027–2030 i KOSTRA');
    for (const workList of ['dette mangler', 'har ikke vedtatt', 'teller ikke', 'ikke telle', 'Planperioden starter']) expect(text).not.toContain(workList);
  });

  it('the same draft in nynorsk', async () => {
    const { text } = await open(variant(december2027Draft(), (p) => { p.malform = 'nn'; }));
    expect(text).toContain('Utkast – til handsaming i kommunestyret 17. desember 2026, sak 26/45');
    expect(text).toContain('for rapporteringsåra 2027–2030 i KOSTRA');
    expect(text).not.toContain('dette manglar');
  });

  it('an adopted plan states its adoption', async () => {
    const { text } = await open(completePlan());
    expect(text).toContain('Vedtatt av kommunestyret 14. desember 2023, sak 23/1234');
    expect(text).toContain('Planen gjelder som kommunens plan mot vold i nære relasjoner for rapporteringsårene 2024–2027 i KOSTRA.');
  });

  it('writes a nynorsk plan in nynorsk', async () => {
    const { document, styles } = await open(variant(completePlan(), (p) => { p.malform = 'nn'; }));
    expect(headings(document).filter((h) => h.level === 1).map((h) => h.text)).toEqual(['Innhald', 'Innsatsområde og mål', 'Tiltaka', 'Oppfølging og evaluering', 'Bakgrunn']);
    expect(styles).toContain('w:lang w:val="nn-NO"');
  });

  it('exports a plan with 1,000 measures', async () => {
    const plan = completePlan();
    const many = { ...plan, measures: Array.from({ length: 1000 }, (_, i) => ({ ...plan.measures[0], id: `m${i}`, description: `Tiltak ${i + 1}` })) };
    const { text } = await open(many);
    expect(text).toContain('Tiltak 1000');
  }, 60_000);
});

describe('the plan document a council secretary accepts (issue 13)', () => {
  it('names the municipality with «kommune», labels deadlines and milestones, and writes every date in Norwegian', async () => {
    const plan = gildeskal9();
    const { text, core } = await open(plan);
    expect(text).toContain('Gildeskål kommune');
    expect(core).toContain('<dc:creator>Gildeskål kommune</dc:creator>');
    expect(text).toContain('Frist: 31. desember 2027');
    expect(text).toContain('Milepæl: Opplegget er valgt (2. kvartal 2027)');
    expect(text).toContain('Mål: Ansatte i skoler og helsetjenester avdekker vold tidlig');
    expect(text).toContain('Ungdata (1. mars 2025)');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{4}-Q\d/);
  });

  it('totals the new money per year, per focus area and in all', async () => {
    const { text } = await open(gildeskal9());
    const money = text.slice(text.indexOf('Nye midler'));
    // 120 000 (2027), 250 000 (2028), 80 000 (2029), 40 000 (2030): 490 000 in all.
    expect(money).toMatch(/Sum\n120\u00a0000 kr\n250\u00a0000 kr\n80\u00a0000 kr\n40\u00a0000 kr\n490\u00a0000 kr/);
    expect(money).toMatch(/Hjelp og behandling\n–\n250\u00a0000 kr\n80\u00a0000 kr\n–\n330\u00a0000 kr/);
  });

  it('links the laws to Lovdata', async () => {
    const { document, rels } = await openWithRels(gildeskal9());
    expect(document).toMatch(/<w:hyperlink [^>]*r:id="rId[^"]+"/);
    expect(rels).toContain('https://lovdata.no/lov/2009-06-19-44');
  });

  it('lists its main headings as contents after the front page', async () => {
    const { text } = await open(gildeskal9());
    expect(text).toContain('Innhold\n1. Forord\n2. Innsatsområder og mål\n3. Tiltakene\n4. Oppfølging og evaluering\n5. Bakgrunn');
  });
});

describe('the working group checklist (separate from the plan)', () => {
  it('lists what still stops the plan from counting once adopted, and the open recommendations', async () => {
    const plan = variant(december2027Draft(), (p) => { p.measures[0].deadline = undefined; p.measures[0].milestones = []; p.followUp.councilReporting = undefined; });
    const { text } = readDocx(await docxBytes(checklistDocument(plan, '2026-12-04')));
    expect(text).toContain('vurdert for rapporteringsåret 2027');
    expect(text).toContain('Tiltak 1: mangler frist eller milepæl.');
    expect(text).toMatch(/kommunestyret/i);
    expect(text).not.toContain('har ikke vedtatt');
  });
});
