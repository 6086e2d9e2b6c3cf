/** The import of old plans: what is found in each fixture, and how bad files are refused. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import * as F from '../fixtures/import/old-plans';
import { importFile, readPaste, toPlan, ImportError, IMPORT_LIMITS, type ImportResult } from '../../src/import';
import { parseDeadline, parseResources } from '../../src/import/to-plan';
import { planSchema } from '../../src/plan/schema';
import { computeTimeline } from '../../src/plan/timeline';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const rows = (r: ImportResult) => r.tables.flatMap((t) => t.rows.map((row) => ({ row, t })));
const field = (r: ImportResult, f: string) =>
  rows(r).map(({ row, t }) => row.cells[t.columns.findIndex((c) => c.field === f)]);

let n = 0;
const labels = {
  field: { deadline: 'Frist', resources: 'Ressurser', responsible: 'Ansvar', partners: 'Samarbeid', indicator: 'Indikator', status: 'Status', note: 'Merknad' },
  otherArea: 'Andre mål',
};
const plan = (r: ImportResult) => planSchema.parse(toPlan(r, { id: 'ny', malform: 'nb', today: '2026-12-04', labels, newId: () => `id${++n}` }));

async function refused(bytes: Uint8Array, name = 'plan.docx'): Promise<string> {
  try {
    await importFile(bytes, name);
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  throw new Error('not refused');
}

describe('Word: three columns, focus areas as headings', async () => {
  const r = await importFile(await F.threeColumns(), 'plan-2019.docx');
  it('finds both measure tables and their columns', () => {
    expect(r.tables).toHaveLength(2);
    expect(r.tables[0].columns.map((c) => c.field)).toEqual(['description', 'responsible', 'deadline']);
    expect(field(r, 'description')).toHaveLength(7);
    expect(field(r, 'description')[0]).toBe('Kurs om vold for ansatte i barnehagene');
  });
  it('proposes title, period, adoption, evaluation and revision, each with its sentence', () => {
    expect(r.facts.title?.value).toBe('Handlingsplan mot vold i nære relasjoner 2019–2022');
    expect(r.facts.period?.value).toEqual({ start: '2019', end: '2022' });
    expect(r.facts.adoption?.value).toEqual({ body: 'kommunestyre', date: '2019-03-12', caseNumber: '15/19' });
    expect(r.facts.adoption?.sentence).toBe('Planen ble vedtatt i kommunestyret 12.03.2019, K-sak 15/19.');
    expect(r.facts.followUp.map((f) => [f.value.kind, f.value.date])).toEqual([['evaluation', '2021-12-31'], ['revision', '2022-06-01']]);
    expect(r.facts.municipality?.value).toBe('Fjordvik');
  });
  it('names the focus areas from the headings above the tables', () => {
    expect(r.facts.focusAreas.map((a) => [a.value, a.sentence])).toEqual([
      ['Forebygging', 'Innsatsområde 1: Forebygging'],
      ['Hjelp til utsatte', 'Innsatsområde 2: Hjelp til utsatte'],
    ]);
  });
  it('becomes a valid plan that counted in KOSTRA while it ran', () => {
    const p = plan(r);
    expect(p.measures).toHaveLength(7);
    expect(p.focusAreas.map((a) => a.title)).toEqual(['Forebygging', 'Hjelp til utsatte']);
    expect(p.municipalities[0]).toMatchObject({ name: 'Fjordvik', adoption: { status: 'vedtatt', body: 'kommunestyre', date: '2019-03-12' } });
    expect(p.measures[1]).toMatchObject({ responsible: { unit: 'Helsestasjonen' }, deadline: '2020-06-30' });
    // «Løpende» is no date: kept in the description, not lost.
    expect(p.measures[2].description).toBe('Undervisning om kropp og grenser i skolen\nFrist: Løpende');
    expect(p.source).toEqual({ fileName: 'plan-2019.docx', importedOn: '2026-12-04' });
    expect(p.followUp.revisionDate).toBe('2022-06-01');
    expect(computeTimeline(p, '2021-06-01').effectiveEnd).toBe('2022-12-31');
  });
  it('leaves out what the user unticked or refused', () => {
    const copy = structuredClone(r);
    copy.tables[0].rows[0].include = false;
    copy.facts.adoption!.accept = false;
    copy.facts.focusAreas[1].accept = false;
    const p = plan(copy);
    expect(p.measures).toHaveLength(6);
    expect(p.municipalities[0].adoption.status).toBe('ikke-startet');
    expect(p.focusAreas.map((a) => a.title)).toEqual(['Forebygging']);
  });
});

describe('Word: seven columns with goals, partners, resources and indicators', async () => {
  const r = await importFile(await F.sevenColumns(), 'sordal.docx');
  it('maps all seven columns', () => {
    expect(r.tables[0].columns.map((c) => c.field)).toEqual(['goal', 'description', 'responsible', 'partners', 'deadline', 'resources', 'indicator']);
  });
  it('reads «for perioden 2020 til 2023» and an adoption by the formannskap in words', () => {
    expect(r.facts.period?.value).toEqual({ start: '2020', end: '2023' });
    expect(r.facts.adoption?.value).toEqual({ body: 'formannskap', date: '2020-02-03', caseNumber: '44/20' });
  });
  it('turns goals into goals and reads resources', () => {
    const p = plan(r);
    expect(p.focusAreas).toHaveLength(1);
    expect(p.focusAreas[0].goals.map((g) => g.text)).toEqual(['Ansatte kjenner igjen vold', 'Utsatte får rask hjelp']);
    expect(p.measures[1]).toMatchObject({ resources: { kind: 'krever-midler', amount: 50000 }, partners: 'Skolene', indicator: 'Veilederen er tatt i bruk', deadline: '2021-06-30' });
    expect(p.measures[0].resources).toEqual({ kind: 'innenfor-budsjett' });
    expect(p.measures[0].goalId).toBe(p.measures[1].goalId);
  });
});

describe('Word: merged cells naming focus areas', async () => {
  const r = await importFile(await F.mergedAreas(), 'bakkedal.docx');
  it('repeats a vertically merged first column down its rows', () => {
    expect(field(r, 'focusArea').slice(0, 5)).toEqual(['Kompetanse', 'Kompetanse', 'Samarbeid', 'Samarbeid', 'Samarbeid']);
  });
  it('takes a row across the table as the focus area of the rows under it', () => {
    expect(r.tables[1].rows.map((x) => x.focusArea)).toEqual(['Barn og unge', 'Barn og unge', 'Voldsutøvere']);
    expect(r.tables[1].rows.map((x) => x.cells[0])).not.toContain('Innsatsområde 3: Barn og unge');
  });
  it('proposes all four focus areas and reads «2021-2024» with a hyphen', () => {
    expect(r.facts.focusAreas.map((a) => a.value)).toEqual(['Kompetanse', 'Samarbeid', 'Barn og unge', 'Voldsutøvere']);
    expect(r.facts.period?.value).toEqual({ start: '2021', end: '2024' });
    expect(plan(r).focusAreas.map((a) => a.title)).toEqual(['Kompetanse', 'Samarbeid', 'Barn og unge', 'Voldsutøvere']);
  });
});

describe('Word: nynorsk', async () => {
  const r = await importFile(await F.nynorsk(), 'vik.docx');
  it('reads nynorsk headers', () => {
    expect(r.tables[0].columns.map((c) => c.field)).toEqual(['description', 'responsible', 'deadline', 'resources', 'indicator']);
  });
  it('reads nynorsk facts', () => {
    expect(r.facts.adoption?.value).toEqual({ body: 'kommunestyre', date: '2018-06-05', caseNumber: '23/18' });
    expect(r.facts.followUp.map((f) => [f.value.kind, f.value.date, f.value.yearOnly])).toEqual([['revision', '2021-12-31', true]]);
    const p = plan(r);
    expect(p.measures[0]).toMatchObject({ deadline: '2018-12-31', resources: { kind: 'innenfor-budsjett' }, indicator: 'Alle tilsette har kurs' });
    expect(p.municipalities[0]).toMatchObject({ name: 'Vik', number: '4639' });
  });
});

describe('Word: measures as bullet lists under headings', async () => {
  const r = await importFile(await F.bulletLists(), 'strand.docx');
  it('takes the lists under the measure headings, not the list of target groups', () => {
    expect(r.tables.map((t) => t.origin.heading)).toEqual(['Forebygging', 'Avdekking', 'Oppfølging']);
    expect(field(r, 'description')).toEqual(['Kurs for foreldre', 'Informasjon på nettsidene', 'Rutine for å spørre om vold', 'Opplæring i samtaler med barn', 'Kartlegging i helsestasjonen', 'Koordinator for utsatte']);
    expect(r.facts.adoption?.value).toEqual({ body: 'kommunestyre', date: '2022-02-15', caseNumber: '12/22' });
  });
});

describe('Word: tables of something else', async () => {
  it('leaves statistics and contact tables alone', async () => {
    const r = await importFile(await F.otherTables(), 'annet.docx');
    expect(r.otherTables).toBe(2);
    expect(r.tables).toHaveLength(1);
    expect(field(r, 'description')).toEqual(['Oppdatere veilederen']);
  });
  it('finds no measures where there is only a statistics table, but keeps the text to copy from', async () => {
    const r = await importFile(await F.onlyStatistics(), 'tall.docx');
    expect(r.tables).toEqual([]);
    expect(r.text).toContain('Anmeldelser');
  });
});

describe('Word: a plan with 40 measures', async () => {
  const r = await importFile(await F.fortyMeasures(), 'elvedal.docx');
  it('finds all 40 in four focus areas', () => {
    expect(rows(r)).toHaveLength(40);
    expect(r.facts.focusAreas.map((a) => a.value)).toEqual(F.FORTY_AREAS);
    const p = plan(r);
    expect(p.measures).toHaveLength(40);
    expect(p.focusAreas.map((a) => a.goals.length)).toEqual([1, 1, 1, 1]);
    expect(new Set(p.measures.map((m) => m.goalId)).size).toBe(4);
  });
});

describe('PDF', () => {
  it('recovers the tables, focus areas and facts of a text PDF', async () => {
    const r = await importFile(fixture('three-columns.pdf'), 'plan.pdf');
    expect(r.source.kind).toBe('pdf');
    expect(field(r, 'description')).toEqual([
      'Kurs om vold for ansatte i barnehagene', 'Foreldreveiledning for alle førstegangsforeldre', 'Undervisning om kropp og grenser i skolen',
      'Temadag om vold i nære relasjoner', 'Rutiner for å spørre om vold i NAV', 'Samarbeidsavtale med krisesenteret', 'Oppfølging av barn som har opplevd vold',
    ]);
    expect(field(r, 'responsible')[1]).toBe('Helsestasjonen');
    expect(r.facts.title?.value).toBe('Handlingsplan mot vold i nære relasjoner 2019–2022');
    expect(r.facts.period?.value).toEqual({ start: '2019', end: '2022' });
    expect(r.facts.adoption?.value).toEqual({ body: 'kommunestyre', date: '2019-03-12', caseNumber: '15/19' });
    expect(r.facts.focusAreas.map((a) => a.value)).toEqual(['Forebygging', 'Hjelp til utsatte']);
    expect(r.text).toContain('Planen skal evalueres høsten 2021');
  });
  it('follows a 20-page table across page breaks, with its section rows as focus areas', async () => {
    const r = await importFile(fixture('twenty-pages.pdf'), 'tjue-sider.pdf');
    const texts = field(r, 'description');
    expect(texts).toHaveLength(280);
    expect(texts.filter((t) => !/^Tiltak \d+(\.\d)?: [a-zæøå ]+ – \w+ for [\wæøå ]+$/.test(t))).toEqual([]);
    expect(texts[0]).toBe('Tiltak 1: forebygging – rutine for barnevernet');
    expect(field(r, 'indicator')[0]).toBe('Indikator for tiltak 1');
    expect(r.facts.focusAreas.map((a) => a.value)).toEqual(F.FORTY_AREAS);
  });
  it('refuses a scanned PDF (an image, no text)', async () => {
    expect(await refused(imagePdf(), 'skannet.pdf')).toBe('no-text');
  });
  it('refuses a password-protected PDF', async () => {
    expect(await refused(fixture('password.pdf'), 'passord.pdf')).toBe('password');
  });
});

describe('bad files', () => {
  it('refuses a file that is neither Word nor PDF', async () => {
    expect(await refused(strToU8('Tiltak\tAnsvar\nKurs\tNAV'), 'plan.txt')).toBe('not-supported');
  });
  it('refuses an old .doc and a password-protected .docx', async () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refused(cfb, 'gammel.doc')).toBe('old-word');
    cfb.set([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    expect(await refused(cfb, 'passord.docx')).toBe('password');
  });
  it('refuses a file over the size limit without reading it', async () => {
    expect(await refused(new Uint8Array(IMPORT_LIMITS.fileBytes + 1))).toBe('too-large');
  });
  it('refuses a zip bomb before inflating it', async () => {
    // Highly compressible content, and a part whose declared size is far over the limit.
    const zeros = zipSync({ 'word/document.xml': new Uint8Array(5_000_000) }, { level: 9 });
    expect(await refused(zeros)).toBe('zip-bomb');
    const small = zipSync({ 'word/document.xml': strToU8('<w:document/>') }, { level: 0 });
    const lying = forgeUncompressedSize(small, 4_000_000_000);
    expect(await refused(lying)).toBe('zip-bomb');
  });
  it('refuses a zip that is not a Word document, and a damaged one', async () => {
    expect(await refused(zipSync({ 'a.txt': strToU8('hei') }))).toBe('not-word');
    const docx = await F.threeColumns();
    expect(await refused(docx.slice(0, 400))).toBe('damaged');
  });
  it('refuses a .docx with no tables and no lists', async () => {
    expect(await refused(await F.textOnly())).toBe('no-content');
  });
});

describe('paste', () => {
  it('reads an HTML table copied from Word, with its header and a merged cell', () => {
    const html = `<html><body><table><tr><td><p>Tiltak</p></td><td>Ansvarlig</td><td>Frist</td></tr>
      <tr><td colspan="3">Innsatsområde: Forebygging</td></tr>
      <tr><td>Kurs&nbsp;for foreldre</td><td rowspan="2">Helsestasjonen</td><td>2025</td></tr>
      <tr><td>Foreldremøter</td><td>2026</td></tr></table></body></html>`;
    const [t] = readPaste(html, 'ignored');
    expect(t.columns.map((c) => c.field)).toEqual(['description', 'responsible', 'deadline']);
    expect(t.rows.map((r) => [r.cells.join('|'), r.focusArea])).toEqual([
      ['Kurs for foreldre|Helsestasjonen|2025', 'Forebygging'],
      ['Foreldremøter|Helsestasjonen|2026', 'Forebygging'],
    ]);
  });
  it('reads tab-separated rows from Excel, with a quoted cell over two lines', () => {
    const [t] = readPaste(undefined, 'Kurs for ansatte\tNAV\t2025\n"Rutine for\nsamtaler"\tBarnevernet\t2026\n');
    expect(t.columns.map((c) => c.field)).toEqual(['description', 'note', 'note']);
    expect(t.rows.map((r) => r.cells)).toEqual([['Kurs for ansatte', 'NAV', '2025'], ['Rutine for samtaler', 'Barnevernet', '2026']]);
  });
  it('says so when nothing that looks like rows was pasted', () => {
    expect(() => readPaste(undefined, '   \n ')).toThrow(ImportError);
  });
});

describe('cells as fields', () => {
  it('reads deadlines the way plans write them', () => {
    expect(parseDeadline('15.10.2020')).toBe('2020-10-15');
    expect(parseDeadline('Q3 2021')).toBe('2021-09-30');
    expect(parseDeadline('Våren 2021')).toBe('2021-06-30');
    expect(parseDeadline('mars 2024')).toBe('2024-03-31');
    expect(parseDeadline('2019–2022')).toBe('2022-12-31');
    expect(parseDeadline('Løpende')).toBeUndefined();
    expect(parseDeadline('Vurderes i 2021 etter evalueringen')).toBeUndefined();
  });
  it('reads resources', () => {
    expect(parseResources('kr 1 200 000')).toEqual({ kind: 'krever-midler', amount: 1200000 });
    expect(parseResources('Innenfor eksisterende rammer')).toEqual({ kind: 'innenfor-budsjett' });
    expect(parseResources('Se budsjettet')).toBeUndefined();
  });
});

/** A one-page PDF whose only content is a 2×2 grey image: what a scanner makes. */
function imagePdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x90\xa0\xb0\nendstream',
    '<< /Length 35 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}

/** Sets the uncompressed size in a zip's central directory and local header: a zip that lies about how big it unpacks. */
function forgeUncompressedSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}
