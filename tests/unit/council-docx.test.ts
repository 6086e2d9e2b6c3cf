import { describe, expect, it } from 'vitest';
import { councilPaper, councilPaperFileName, councilPapers } from '../../src/export/council-docx';
import { docxBytes } from '../../src/export/files';
import { readDocx, headings } from '../fixtures/docx';
import { completePlan, december2027Draft, intermunicipalPlan, variant, withFollowUp, TODAY } from '../fixtures/plans';
import { formatDate } from '../../src/plan/dates';
import { gildeskal9, nynorskJoint } from '../fixtures/render-plans';
import type { Plan } from '../../src/plan/schema';
import type { Document } from 'docx';

const read = async (doc: Document) => readDocx(await docxBytes(doc));
const open = async (plan: Plan = completePlan(), id = plan.municipalities[0]?.id ?? '') => read(councilPaper(plan, id, TODAY));
const h1 = (document: string) => headings(document).filter((h) => h.level === 1).map((h) => h.text);
/** The text from the proposal heading to the end of the document. */
const proposalOf = (text: string, heading = 'Forslag til vedtak') => {
  const from = text.indexOf(`\n${heading}\n`);
  return text.slice(from, text.indexOf('\nVedlegg\n', from));
};
const nynorsk = (plan: Plan = completePlan()) =>
  variant(plan, (p) => {
    p.malform = 'nn';
    p.title = p.title.replace('vold i nære relasjoner', 'vald i nære relasjonar');
    // What the working group typed, in nynorsk too (the measures are named in the economic section).
    for (const m of p.measures) m.description = m.description.replace(/vold/g, 'vald');
  });

describe('the council paper (saksframlegg) as a Word document', () => {
  it('has the sections Norwegian municipalities use, as Heading1, with the proposal near the top', async () => {
    const { document } = await open();
    expect(h1(document)).toEqual(['Saken gjelder', 'Forslag til vedtak', 'Vedlegg', 'Saksopplysninger', 'Vurdering', 'Økonomiske og administrative konsekvenser']);
  });

  it('names the municipality and puts period, reporting and final evaluation in the proposal', async () => {
    const plan = completePlan();
    const { text, core, styles } = await open(plan);
    expect(text).toContain('Saken gjelder vedtak av handlingsplan mot vold i nære relasjoner for Fjordvik kommune');
    const proposal = proposalOf(text);
    expect(proposal).toContain(`1. Kommunestyret vedtar «${plan.title}» for perioden 1. januar 2024 – 31. desember 2027.`);
    expect(proposal).toContain('2. Kommunedirektøren rapporterer årlig til kommunestyret om gjennomføringen av tiltakene.');
    expect(proposal).toContain(`3. Planen evalueres innen ${formatDate('2027-09-30', 'nb')}, slik at revisjonen kan starte før planen går ut 31. desember 2027.`);
    expect(proposal).not.toMatch(/^4\./m);
    expect(core).toContain(`Saksframlegg: ${plan.title} – Fjordvik kommune`);
    expect(styles).toContain('w:lang w:val="nb-NO"');
    expect(text).toContain('Kommunedirektøren');
  });

  it('puts the final evaluation six months before the effective end when the plan has none', async () => {
    const { text } = await open(withFollowUp(completePlan(), { finalEvaluation: undefined }));
    expect(proposalOf(text)).toContain('3. Planen evalueres innen 30. juni 2027, slik at revisjonen kan starte før planen går ut 31. desember 2027.');
  });

  it('fills meeting date and case number only for a planned council decision', async () => {
    const planned = variant(completePlan(), (p) => { p.municipalities[0].adoption = { status: 'planlagt', body: 'kommunestyre', date: '2026-12-10', caseNumber: '26/77' }; });
    const { text } = await open(planned);
    expect(text).toMatch(/Kommunestyret\n10\. desember 2026\n26\/77/);
    const adopted = await open();
    expect(adopted.text).not.toContain('23/1234');
  });

  it('writes the background without claiming a legal duty to have the plan', async () => {
    const { text } = await open();
    expect(text).toContain('Det er ingen lovpålagt plikt');
    expect(text).toContain('KOSTRA');
    expect(text).not.toMatch(/lovpålagt å ha|kommunen (er )?plikt(ig)? til å ha/i);
  });

  it('uses the process, placement and content of the plan in the facts', async () => {
    const plan = variant(completePlan(), (p) => {
      p.process = { mandate: 'Formannskapet ga oppdraget i sak 22/10.', participants: 'Helsestasjonen, barnevernet og politiet', consultation: 'Høring hos brukerrådet' };
    });
    const { text, document } = await open(plan);
    for (const s of ['Formannskapet ga oppdraget i sak 22/10.', 'Helsestasjonen, barnevernet og politiet', 'Høring hos brukerrådet', 'Temaplan', 'Planen har 2 innsatsområder, 2 mål og 3 tiltak.']) {
      expect(text).toContain(s);
    }
    expect(document).toContain('<w:tblHeader/>');
  });

  it('judges a December draft on its planned meeting: counts from 2027, never «adopted today» or «will not count»', async () => {
    const { text } = await read(councilPaper(december2027Draft(), 'k1', '2026-12-04'));
    expect(text).toContain('17. desember 2026');
    expect(text).toContain('Vedtar kommunestyret planen 17. desember 2026, har Fjordvik kommune en gjeldende, politisk vedtatt plan');
    expect(text).toContain('teller fra rapporteringsåret 2027 til og med 2030');
    expect(text).toContain('26/45');
    for (const wrong of ['4. desember 2026', 'ikke telle', 'sjekken', 'Sjekken']) expect(text).not.toContain(wrong);
  });

  it('a draft without a meeting date counts if adopted by 31 December of the first year', async () => {
    const undated = variant(december2027Draft(), (p) => { p.municipalities[0].adoption = { status: 'ikke-startet' }; });
    const { text } = await read(councilPaper(undated, 'k1', '2026-12-04'));
    expect(text).toContain('Vedtar kommunestyret planen innen 31. desember 2027');
  });

  it('a plan that would not count even when adopted lists what must be fixed first', async () => {
    const noMeasures = variant(completePlan(), (p) => { p.measures = []; });
    const { text } = await open(noMeasures);
    expect(text).toContain('Dette må rettes før saken legges fram');
    expect(text).toContain('Planen har ingen tiltak');
    expect(text).toMatch(/Planen følger ennå ikke \d+ av dem/);
    expect(text).toContain('holder planen levende');
  });

  it('has a header block with saksbehandler, arkivsak and each utvalg with its møtedato, and the economic consequences', async () => {
    const plan = gildeskal9();
    const { text } = await open(plan);
    expect(text).toContain('Saksbehandler: Kari Nordmann');
    expect(text).toContain('Arkivsak: 26/312');
    expect(text).toMatch(/Formannskapet\n3\. desember 2026\n26\/88\nKommunestyret\n17\. desember 2026\n26\/45/);
    expect(text).toContain('4 tiltak i planen krever nye midler, til sammen 490\u00a0000 kr.');
    expect(text).toMatch(/4\. Sinnemestringstilbud for voldsutøvere i samarbeid med nabokommunene\n2028\n250\u00a0000 kr/);
    expect(text).toMatch(/Sum 2028\n250\u00a0000 kr/);
    expect(text).toMatch(/Sum for hele perioden\n490\u00a0000 kr/);
    expect(text).toContain('Disse tiltakene gjennomføres innenfor dagens budsjett:\n2. Kompetanseheving');
    expect(text).toContain('Vedlegg\n1. Handlingsplan mot vold i nære relasjoner 2027–2030');
    for (const wrong of ['sjekken', 'Sjekken', 'planbyggeren', 'nettstedet']) expect(text).not.toContain(wrong);
  });

  it('attaches the evaluation of the previous plan where there is one', async () => {
    const plan = nynorskJoint();
    const { text } = await open(plan, 'k2');
    expect(text).toContain('Vedlegg\n1. Interkommunal handlingsplan mot vald i nære relasjonar 2027–2030\n2. Evaluering av Handlingsplan mot vald i nære relasjonar 2022–2025');
    // Luster's own measure (60 000) counts for Luster; Sogndal's paper leaves it out.
    expect(text).toContain('til saman 350\u00a0000 kr');
    expect((await open(plan, 'k1')).text).toContain('til saman 290\u00a0000 kr');
  });

  it('makes one paper per municipality of an intermunicipal plan, each naming its own municipality', async () => {
    const plan = intermunicipalPlan(3);
    const papers = councilPapers(plan, TODAY);
    expect(papers.map((p) => p.municipalityName)).toEqual(['Fjordvik kommune', 'Nordholm kommune', 'Sørli kommune']);
    expect(new Set(papers.map((p) => p.fileName)).size).toBe(3);
    for (const paper of papers) {
      const { text, core } = await read(paper.document);
      expect(text).toContain('felles interkommunal plan for Fjordvik kommune, Nordholm kommune og Sørli kommune');
      expect(text).toContain(`Dette saksframlegget gjelder vedtaket i ${paper.municipalityName}.`);
      expect(core).toContain(`– ${paper.municipalityName}`);
      expect(proposalOf(text)).toContain(`4. Planen vedtas for ${paper.municipalityName}. Planen er felles for Fjordvik kommune, Nordholm kommune og Sørli kommune, og hver av kommunene vedtar den i sitt eget kommunestyre.`);
      expect(text).toContain(`har ${paper.municipalityName} en gjeldende, politisk vedtatt plan`);
    }
  });

  it('names the file after municipality and period, keeping æøå', () => {
    const plan = intermunicipalPlan(6);
    expect(councilPaperFileName(plan, plan.municipalities[0])).toBe('saksframlegg-handlingsplan-vold-fjordvik-kommune-2024-2027.docx');
    expect(councilPaperFileName(plan, 'Ærøy kommune')).toBe('saksframlegg-handlingsplan-vold-ærøy-kommune-2024-2027.docx');
    expect(councilPaperFileName(plan, 'Sør-Fron / Åsdal')).toBe('saksframlegg-handlingsplan-vold-sør-fron-åsdal-2024-2027.docx');
  });

  it('writes a nynorsk plan in nynorsk', async () => {
    const { text, document, styles } = await open(nynorsk());
    expect(h1(document)).toEqual(['Saka gjeld', 'Framlegg til vedtak', 'Vedlegg', 'Saksopplysningar', 'Vurdering', 'Økonomiske og administrative konsekvensar']);
    expect(styles).toContain('w:lang w:val="nn-NO"');
    const proposal = proposalOf(text, 'Framlegg til vedtak');
    expect(proposal).toContain('1. Kommunestyret vedtek');
    expect(proposal).toContain('2. Kommunedirektøren rapporterer årleg til kommunestyret om gjennomføringa av tiltaka.');
    expect(proposal).toContain('3. Planen blir evaluert innan 30. september 2027');
    expect(text).toContain('vald i nære relasjonar');
    expect(text).toContain('Det er inga lovpålagd plikt');
    expect(text).not.toMatch(/\b(ikke|hvem|hvert|vold|mangler)\b/);
  });

  it('writes an intermunicipal nynorsk paper in nynorsk', async () => {
    const plan = nynorsk(intermunicipalPlan(3));
    const { text } = await open(plan, 'k2');
    expect(text).toContain('Saka gjeld vedtak av felles interkommunal plan for Fjordvik kommune, Nordholm kommune og Sørli kommune');
    expect(proposalOf(text, 'Framlegg til vedtak')).toContain('4. Planen blir vedteken for Nordholm kommune.');
    expect(text).not.toMatch(/\b(ikke|hvem|hvert|vold|mangler)\b/);
  });

  it('keeps æøå and markup as plain text', async () => {
    const plan = variant(completePlan(), (p) => {
      p.municipalities[0].name = 'Æøå-Sørøya kommune';
      p.title = 'Trygghet <script>alert(1)</script> & «åpenhet»';
    });
    const { text, document, core } = await open(plan);
    expect(text).toContain('for Æøå-Sørøya kommune');
    expect(text).toContain('«Trygghet <script>alert(1)</script> & «åpenhet»»');
    expect(document).not.toContain('<script>');
    expect(core).toContain('Æøå-Sørøya kommune');
  });

  it('still exports a plan without a period, saying so plainly', async () => {
    const plan = variant(completePlan(), (p) => {
      p.period = { rollovers: [] };
      p.followUp = { ...p.followUp, finalEvaluation: undefined, revisionDate: undefined };
    });
    const { text, document } = await open(plan);
    expect(h1(document)).toHaveLength(6);
    expect(text).toContain('Planperiode: Ikke oppgitt');
    const proposal = proposalOf(text);
    expect(proposal).toContain('Planperioden er ikke oppgitt i planen og må fylles inn før saken legges fram.');
    expect(proposal).toContain('Dato for sluttevaluering er ikke oppgitt');
    expect(text).toContain('Planperioden er uklar');
    expect(councilPaperFileName(plan, plan.municipalities[0])).toMatch(/^saksframlegg-handlingsplan-vold-fjordvik-kommune(-\d{4})?\.docx$/);
  });

  it('still exports a plan with no municipality', async () => {
    const plan = variant(completePlan(), (p) => { p.municipalities = []; });
    const papers = councilPapers(plan, TODAY);
    expect(papers).toHaveLength(1);
    const { text } = await read(papers[0].document);
    expect(text).toContain('[kommunenavn]');
  });

  it('never uses the old title «rådmann»', async () => {
    const plans = [completePlan(), nynorsk(), intermunicipalPlan(3), nynorsk(intermunicipalPlan(3))];
    for (const plan of plans) {
      for (const paper of councilPapers(plan, TODAY)) {
        const { text, core } = await read(paper.document);
        expect(`${text}\n${core}`).not.toMatch(/rådmann/i);
        expect(text).toMatch(/kommunedirektøren/i);
      }
    }
  });
});
