/**
 * The documents as a council secretary sees them: the plan, the council paper and the evaluation
 * report rendered by LibreOffice (headless) to PDF, and the PDF read back with poppler's pdftotext
 * and pdfinfo. All documents go through one soffice call, since each start costs seconds.
 * .ci/run installs LibreOffice and poppler-utils; without them this test fails and says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocument } from '../../src/export/plan-docx';
import { councilPaper } from '../../src/export/council-docx';
import { evaluationDocument } from '../../src/export/evaluation-docx';
import { docxBytes } from '../../src/export/files';
import type { Plan } from '../../src/plan/schema';
import { gildeskal9, nynorskJoint } from '../fixtures/render-plans';

const TODAY = '2026-12-04';
const have = (cmd: string) => { try { execFileSync('sh', ['-c', `command -v ${cmd}`]); return true; } catch { return false; } };

const DOCS = {
  'plan-nb': () => planDocument(gildeskal9(), TODAY),
  'plan-nn': () => planDocument(nynorskJoint(), TODAY),
  'saksframlegg-nb': () => councilPaper(gildeskal9(), gildeskal9().municipalities[0].id, TODAY),
  'saksframlegg-nn': () => councilPaper(nynorskJoint(), 'k2', TODAY),
  'evaluering-nn': () => evaluationDocument(nynorskJoint(), TODAY),
} as const;
type Name = keyof typeof DOCS;

let dir = '';
const text: Partial<Record<Name, string>> = {};
const pages: Partial<Record<Name, number>> = {};

beforeAll(async () => {
  for (const cmd of ['soffice', 'pdftotext', 'pdfinfo']) {
    if (!have(cmd)) {
      throw new Error(`${cmd} mangler: installer LibreOffice og poppler-utils (apt-get install libreoffice-writer poppler-utils), slik .ci/run gjør. / ${cmd} is missing: install LibreOffice and poppler-utils as .ci/run does.`);
    }
  }
  dir = mkdtempSync(join(tmpdir(), 'render-'));
  const names = Object.keys(DOCS) as Name[];
  for (const name of names) writeFileSync(join(dir, `${name}.docx`), await docxBytes(DOCS[name]()));
  // A private profile, so that a running LibreOffice or a parallel test does not block the conversion.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
    ...names.map((n) => join(dir, `${n}.docx`))], { stdio: 'ignore', timeout: 180_000 });
  for (const name of names) {
    const pdf = join(dir, `${name}.pdf`);
    text[name] = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    pages[name] = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  }
}, 240_000);

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

/** The words of the PDF as pdftotext lays them out, without the punctuation around them. */
const tokens = (t: string) => new Set(t.split(/\s+/).map(clean).filter(Boolean));
const clean = (w: string) => w.replace(/^[«»"“”„(\[:;,.–-]+|[«»"“”„)\]:;,.!?–-]+$/gu, '');
/** Every word a working group typed for its measures and their goals. */
function measureWords(plan: Plan): string[] {
  const goals = new Map(plan.focusAreas.flatMap((a) => a.goals.map((g) => [g.id, g.text] as const)));
  return plan.measures.flatMap((m) => [
    m.description, m.responsible.unit ?? '', m.responsible.role ?? '', m.partners ?? '', m.indicator ?? '',
    ...m.milestones.map((x) => x.text), m.goalId ? goals.get(m.goalId) ?? '' : '',
  ]).flatMap((s) => s.split(/\s+/)).map(clean).filter(Boolean);
}
/** Line numbers of lines that are exactly `heading`, after the contents list. */
const lineOf = (t: string, heading: string) => t.split('\n').findIndex((l) => l.trim() === heading);

describe.each([
  ['plan-nb', gildeskal9(), ['Innhold', 'Forord', 'Innsatsområder og mål', 'Tiltakene', 'Nye midler', 'Oppfølging og evaluering', 'Bakgrunn']],
  ['plan-nn', nynorskJoint(), ['Innhald', 'Forord', 'Innsatsområde og mål', 'Tiltaka', 'Nye midlar', 'Oppfølging og evaluering', 'Bakgrunn']],
] as const)('the plan rendered by LibreOffice (%s)', (name, plan, outline) => {
  it('shows every word of every measure whole, never split across lines', () => {
    const words = tokens(text[name]!);
    const missing = measureWords(plan).filter((w) => !words.has(w));
    expect(missing).toEqual([]);
  });

  it('has the headings in the outline’s order', () => {
    const at = outline.map((h) => lineOf(text[name]!, h));
    expect(at.every((i) => i >= 0), `${outline.join(' / ')}: ${at.join(', ')}`).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('fits a 9-measure plan on six A4 pages or fewer', () => {
    expect(pages[name]).toBeLessThanOrEqual(6);
  });
});

describe('totals of new money, as printed', () => {
  it('the bokmål plan: per focus area, per year and in all', () => {
    const t = text['plan-nb']!;
    // 120 000 (2027), 250 000 + 80 000 (2028, 2029: Hjelp og behandling), 40 000 (2030): 490 000 in all.
    expect(t).toMatch(/2027\s+2028\s+2029\s+2030\s+Sum/);
    expect(t).toMatch(/Forebygging og kompetanse\s+120 000 kr\s+–\s+–\s+–\s+120 000 kr/);
    expect(t).toMatch(/Hjelp og behandling\s+–\s+250 000 kr\s+80 000 kr\s+–\s+330 000 kr/);
    expect(t).toMatch(/\n\s*Sum\s+120 000 kr\s+250 000 kr\s+80 000 kr\s+40 000 kr\s+490 000 kr/);
  });

  it('the nynorsk plan', () => {
    // 90 000 (2027), 200 000 (2028), 60 000 (2029, Luster only): 350 000 in all.
    expect(text['plan-nn']!).toMatch(/\n\s*Sum\s+90 000 kr\s+200 000 kr\s+60 000 kr\s+350 000 kr/);
  });

  it('the council papers', () => {
    expect(text['saksframlegg-nb']!).toMatch(/Sum for hele perioden\s+490 000 kr/);
    expect(text['saksframlegg-nn']!).toMatch(/Sum for heile perioden\s+350 000 kr/);
  });
});

describe.each([
  ['saksframlegg-nb', ['Saksframlegg', 'Saken gjelder', 'Forslag til vedtak', 'Vedlegg', 'Saksopplysninger', 'Vurdering', 'Økonomiske og administrative konsekvenser'], 'Kari Nordmann'],
  ['saksframlegg-nn', ['Saksframlegg', 'Saka gjeld', 'Framlegg til vedtak', 'Vedlegg', 'Saksopplysningar', 'Vurdering', 'Økonomiske og administrative konsekvensar'], 'Luster kommune'],
] as const)('the council paper rendered by LibreOffice (%s)', (name, outline, header) => {
  it('has the header block and the sections in order, and never names this site', () => {
    const t = text[name]!;
    expect(t).toContain(header);
    const at = outline.map((h) => lineOf(t, h));
    expect(at.every((i) => i >= 0), `${outline.join(' / ')}: ${at.join(', ')}`).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(t).not.toMatch(/sjekken|planbygger|nettstad|nettsted/i);
    expect(t).not.toContain('4. desember 2026');
  });
});

describe('the evaluation report rendered by LibreOffice', () => {
  it('has its title in sentence case and no empty focus-area heading', () => {
    const t = text['evaluering-nn']!;
    expect(t).toMatch(/Evaluering av interkommunal handlingsplan\s+mot vald/);
    expect(t).not.toMatch(/Innsatsområde(r)? og mål/);
    expect(t).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
