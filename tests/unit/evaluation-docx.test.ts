import { describe, expect, it } from 'vitest';
import { evaluationDocument } from '../../src/export/evaluation-docx';
import { docxBytes } from '../../src/export/files';
import { readDocx, headings } from '../fixtures/docx';
import { completePlan, variant, withPeriod } from '../fixtures/plans';

const TODAY = '2026-11-21';
const expired = () =>
  variant(withPeriod(completePlan(), { start: '2019', end: '2022' }), (p) => {
    p.evaluation = { measures: [{ measureId: p.measures[0].id, result: 'delvis', decision: 'endre', comment: 'Kom i gang sent – må få ansvarlig' }], learned: 'At ansvaret må være tydelig.' };
  });

describe('the evaluation report', () => {
  it('states when the plan expired, lists every measure with its result, and the answers', async () => {
    const plan = expired();
    const { text, document } = readDocx(await docxBytes(evaluationDocument(plan, TODAY)));
    expect(text).toContain('Planen gikk ut 31. desember 2022 og teller ikke lenger i KOSTRA.');
    expect(text).toContain('Den gjaldt for rapporteringsårene 2019–2022.');
    for (const m of plan.measures) expect(text).toContain(m.description);
    expect(text).toContain('Kom i gang sent – må få ansvarlig');
    expect(text).toContain('At ansvaret må være tydelig.');
    expect(headings(document).filter((h) => h.level === 1).map((h) => h.text)).toEqual(['Status for planen', 'Oppsummering', 'Tiltakene', 'Hva evalueringen viser']);
    expect(document).toContain('<w:tblHeader/>');
  });

  it('is written in nynorsk for a nynorsk plan', async () => {
    const plan = variant(expired(), (p) => { p.malform = 'nn'; });
    const { text } = readDocx(await docxBytes(evaluationDocument(plan, TODAY)));
    expect(text).toContain('Planen gjekk ut 31. desember 2022 og tel ikkje lenger i KOSTRA.');
    expect(text).toContain('Kva lærte vi?');
  });
});
