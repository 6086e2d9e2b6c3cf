/**
 * Every Word document names its title, subject, author and language in the plan's målform,
 * never the docx library's «Un-named»; and every file name follows the plan's målform.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from 'docx';
import { planDocument } from '../../src/export/plan-docx';
import { councilPapers } from '../../src/export/council-docx';
import { evaluationDocument, evaluationFileName } from '../../src/export/evaluation-docx';
import { calendarFileName } from '../../src/export/calendar';
import { docxBytes } from '../../src/export/files';
import { SITE_NAME } from '../../src/export/docx-common';
import { planFileName } from '../../src/plan/file';
import { planSchema, type Plan } from '../../src/plan/schema';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { completePlan, intermunicipalPlan, variant, TODAY } from '../fixtures/plans';
import { readDocx } from '../fixtures/docx';

const inNynorsk = (plan: Plan) => variant(plan, (p) => { p.malform = 'nn'; });

/** The core properties of a document: dc:title, dc:subject, dc:creator, cp:lastModifiedBy, … */
async function properties(doc: Document): Promise<Record<string, string>> {
  const { core } = readDocx(await docxBytes(doc));
  return Object.fromEntries([...core.matchAll(/<(\w+:\w+)(?: [^>]*)?>([^<]*)<\/\1>/g)].map((m) => [m[1], m[2]]));
}

function allDocuments(plan: Plan): [string, Document][] {
  return [
    ['plan', planDocument(plan, TODAY)],
    ['evaluation', evaluationDocument(plan, TODAY)],
    ...councilPapers(plan, TODAY).map((p): [string, Document] => [`council ${p.municipalityName}`, p.document]),
  ];
}

describe('document properties', () => {
  it('the site name is the interface’s', () => {
    expect(SITE_NAME).toEqual({ nb: nb['site.name'], nn: nn['site.name'] });
  });

  it.each([
    ['a nynorsk plan', inNynorsk(intermunicipalPlan(2)), 'nn-NO'],
    ['a bokmål plan', completePlan(), 'nb-NO'],
  ])('%s: title, subject, author and language in every document, no «Un-named»', async (_, plan, tag) => {
    for (const [name, doc] of allDocuments(plan)) {
      const props = await properties(doc);
      const { styles } = readDocx(await docxBytes(doc));
      expect(props['dc:title'], name).toBeTruthy();
      expect(props['dc:subject'], name).toMatch(plan.malform === 'nn' ? /vald i nære relasjonar/ : /vold i nære relasjoner/);
      expect(props['dc:creator'], name).toMatch(/kommune/);
      expect(props['cp:lastModifiedBy'], name).toBe(props['dc:creator']);
      expect(Object.values(props).join(' '), name).not.toMatch(/Un-named/i);
      expect(styles, name).toContain(`w:val="${tag}"`);
    }
  });

  it('a plan without municipality or title is written by the site, in its målform', async () => {
    const empty = planSchema.parse({ id: 'tom', malform: 'nn' });
    for (const [name, doc] of allDocuments(empty)) {
      const props = await properties(doc);
      expect(props['dc:creator'], name).toBe(SITE_NAME.nn);
      expect(props['cp:lastModifiedBy'], name).toBe(SITE_NAME.nn);
      expect(props['dc:title'], name).toBeTruthy();
      expect(Object.values(props).join(' '), name).not.toMatch(/Un-named|vold|relasjoner/i);
    }
  });
});

describe('file names follow the plan’s målform', () => {
  it('nynorsk', () => {
    const plan = inNynorsk(intermunicipalPlan(2));
    expect(planFileName(plan, 'docx')).toBe('handlingsplan-vald-i-nære-relasjonar-2024-2027.docx');
    expect(planFileName(plan)).toBe('handlingsplan-vald-i-nære-relasjonar-2024-2027.json');
    expect(calendarFileName(plan)).toBe('handlingsplan-vald-i-nære-relasjonar-2024-2027.ics');
    expect(evaluationFileName(planFileName(plan, 'docx'))).toBe('evaluering-handlingsplan-vald-i-nære-relasjonar-2024-2027.docx');
    expect(councilPapers(plan, TODAY).map((p) => p.fileName)).toEqual([
      'saksframlegg-handlingsplan-vald-fjordvik-kommune-2024-2027.docx',
      'saksframlegg-handlingsplan-vald-nordholm-kommune-2024-2027.docx',
    ]);
  });

  it('bokmål', () => {
    const plan = completePlan();
    expect(planFileName(plan, 'docx')).toBe('handlingsplan-vold-nære-relasjoner-2024-2027.docx');
    expect(councilPapers(plan, TODAY)[0].fileName).toBe('saksframlegg-handlingsplan-vold-fjordvik-kommune-2024-2027.docx');
  });
});
