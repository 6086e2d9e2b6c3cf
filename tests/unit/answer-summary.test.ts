/**
 * «Alle svarene» / «Alle svara»: every answer, in the page's language, with nothing internal in
 * it — no field names, ids, codes or ISO dates — for an intermunicipal plan that is a revision.
 */
import { describe, expect, it } from 'vitest';
import { answerRows } from '../../src/wizard/summary';
import { startNewPeriod } from '../../src/plan/revision';
import { intermunicipalPlan, variant } from '../fixtures/plans';
import { BOKMAL_GIVEAWAYS } from '../fixtures/nynorsk';
import { INTERNAL_TEXT, internalText } from '../fixtures/internal';
import { planFields } from '../../src/components/schema-fields';
import { ROUTINE_KEYS } from '../../src/plan/routines';
import { toJSONSchema } from 'zod/v4/core';
import { planSchema, type Plan } from '../../src/plan/schema';

/** An intermunicipal plan with an evaluation, and the new period started from it (history, origin). */
function plans() {
  const old = variant(intermunicipalPlan(3), (p) => {
    p.evaluation = {
      measures: [
        { measureId: 'm2', result: 'delvis', decision: 'endre', comment: 'Tilbodet kom seint i gang.' },
        { measureId: 'm1', result: 'gjennomfort', decision: 'behold' },
      ],
      whatDone: 'Kurs og rutinar.',
      evaluatedOn: '2027-10-01',
    };
    p.period.rollovers = [{ id: 'r1', decidedOn: '2027-06-15', body: 'kommunestyre', newEnd: '2028' }];
  });
  const next = startNewPeriod(old, '2027-11-01', 'p2');
  return { old, next };
}

/**
 * Every field of the schema filled in, between an evaluated plan imported from a file and the
 * new period started from it (origin with result, comment and a dismissed notice; history).
 */
function filledPlans(): Plan[] {
  const old = variant(intermunicipalPlan(3), (p) => {
    p.municipalities[0].number = '4601';
    p.municipalities[0].councilCase = {
      officer: 'Kari Nordmann', archiveCase: '23/77', meetings: [{ body: 'Formannskapet', date: '2023-11-30', caseNumber: '23/55' }],
    };
    p.cooperation.other = 'Felles koordinator';
    p.process = { mandate: 'Kommunedirektøren gav oppdraget.', participants: 'Helse, skule og politi.', consultation: 'Høyring hausten 2023.' };
    p.placement.other = 'Del av folkehelseplanen';
    p.period.rollovers = [{ id: 'r1', decidedOn: '2027-06-15', body: 'kommunestyre', newEnd: '2028', caseNumber: '27/12' }];
    p.focusAreas[0].description = 'Tidleg innsats.';
    p.municipalities[1].number = '4602';
    p.evaluation = {
      measures: [{ measureId: 'm2', result: 'delvis', decision: 'endre', comment: 'Tilbodet kom seint i gang.' }, { measureId: 'm1', result: 'gjennomfort', decision: 'behold' }],
      whatDone: 'Kurs og rutinar.', learned: 'Tidleg kontakt.', worked: 'Samarbeid.', missingGroups: 'Eldre.',
      placement: 'Planen bør liggje under kommuneplanen.', placementVerdict: 'feil', evaluatedOn: '2027-10-01',
    };
    p.routines = Object.fromEntries(ROUTINE_KEYS.map((k, i) => [k, `Steg ${i + 1} hos oss.`]));
    p.source = { fileName: 'handlingsplan-2024.docx', importedOn: '2027-09-01' };
    p.followUp.councilReportMonth = 3;
  });
  const next = variant(startNewPeriod(old, '2027-11-01', 'p2'), (p) => {
    for (const m of p.measures) if (m.origin) m.origin.noticeDismissed = true;
  });
  return [old, next];
}

/** Turns a row's path into the schema's form: measures.0.origin.result → measures[].origin.result. */
const schemaPath = (path: (string | number)[]) => path.map((k) => (typeof k === 'number' ? '[]' : `.${k}`)).join('').replace(/^\./, '').replace(/\.\[\]/g, '[]');

/** The values of every closed list in the schema, as stored. */
function enumCodes(): Set<string> {
  const codes = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { enum?: unknown[] };
    if (Array.isArray(n.enum)) n.enum.forEach((c) => codes.add(String(c)));
    Object.values(node).forEach(visit);
  };
  visit(toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any' }));
  return codes;
}

/** Fields that are ids or the builder's bookkeeping, which the summary leaves out on purpose. */
const LEFT_OUT = new Set(['id', 'measureId', 'previousPlanId', 'noticeDismissed']);

describe('answerRows for a plan with every field filled in', () => {
  const leaves = planFields('nb').filter((f, _, all) => !all.some((g) => g.path.startsWith(`${f.path}.`) || g.path.startsWith(`${f.path}[].`)));
  const plans = filledPlans();

  it('fills every field of the schema (a new field must be added here, and labelled in the summary)', () => {
    const filled = new Set<string>();
    const walk = (value: unknown, path: (string | number)[]) => {
      if (value === undefined || value === null || value === '') return;
      if (Array.isArray(value) && value.some((v) => v && typeof v === 'object')) return value.forEach((v, i) => walk(v, [...path, i]));
      if (!Array.isArray(value) && typeof value === 'object') return Object.entries(value).forEach(([k, v]) => walk(v, [...path, k]));
      if (!Array.isArray(value) || value.length) filled.add(schemaPath(path));
    };
    plans.forEach((p) => walk(p, []));
    expect(leaves.map((f) => f.path).filter((path) => !filled.has(path))).toEqual([]);
  });

  for (const lang of ['nb', 'nn'] as const) {
    it(`shows every answer field with a Norwegian label and value, nothing raw (${lang})`, () => {
      const rows = plans.flatMap((p) => answerRows(p, lang));
      // Every field that is an answer has a row.
      const shown = new Set(rows.map((r) => schemaPath(r.path)));
      const missing = leaves.map((f) => f.path).filter((path) => !LEFT_OUT.has(path.split(/[.[\]]+/).filter(Boolean).at(-1)!) && !shown.has(path));
      expect(missing).toEqual([]);
      // No field name in a place (a key the summary did not know is shown as it is), no raw code as a value.
      const keys = new Set(leaves.flatMap((f) => f.path.split(/[.[\]]+/).filter(Boolean)));
      for (const word of ['status', 'form', 'start']) keys.delete(word); // also Norwegian words
      const codes = enumCodes();
      const offenders = rows.flatMap((r) => {
        const line = `${r.place}: ${r.value}`;
        const hits = [
          ...internalText(line),
          ...[...keys].filter((k) => new RegExp(`(?<![\\p{L}])[${k[0]}${k[0].toUpperCase()}]${k.slice(1)}(?![\\p{L}])`, 'u').test(r.place)),
          ...r.value.split(', ').filter((v) => codes.has(v)),
        ];
        return hits.map((hit) => `${line} («${hit}»)`);
      });
      expect(offenders).toEqual([]);
    });
  }

  it('labels the fields that import and revision added, in both languages', () => {
    const [old, next] = plans;
    const value = (plan: Plan, lang: 'nb' | 'nn', place: string) => answerRows(plan, lang).find((r) => r.place === place)?.value;
    expect(value(next, 'nn', 'Tiltak 2: resultat i førre plan')).toBe('Delvis gjennomført');
    expect(value(next, 'nb', 'Tiltak 2: kommentar fra evalueringen')).toBe('Tilbodet kom seint i gang.');
    expect(value(next, 'nn', 'Tiltak 2: kommentar frå evalueringa')).toBe('Tilbodet kom seint i gang.');
    expect(value(old, 'nb', 'Var plasseringen i plansystemet riktig?')).toBe('Nei');
    expect(value(old, 'nn', 'Var plasseringa i plansystemet rett?')).toBe('Nei');
    expect(value(old, 'nn', 'Månad for rapporten til kommunestyret')).toBe('mars');
    expect(value(old, 'nb', 'Kommune 1, Møte 1: utvalget')).toBe('Formannskapet');
    expect(value(old, 'nn', 'Kommune 1: saksbehandlar')).toBe('Kari Nordmann');
    expect(value(old, 'nn', 'Henta inn frå fila')).toBe('handlingsplan-2024.docx');
    expect(value(old, 'nb', 'Rutiner: 5. Opplysningsplikt til barnevernet')).toBe('Steg 5 hos oss.');
    // The notice the user closed is bookkeeping, not an answer.
    expect(answerRows(next, 'nb').filter((r) => r.path.includes('noticeDismissed'))).toEqual([]);
  });
});

describe('answerRows', () => {
  it('writes places and values in nynorsk on a nynorsk page', () => {
    const { old, next } = plans();
    for (const plan of [old, next]) {
      const rows = answerRows(plan, 'nn');
      const text = rows.map((r) => `${r.place} ${r.value}`).join('\n');
      // Labels and values of the closed lists, in nynorsk.
      expect(text).toContain('Kommune 1: namn Fjordvik kommune');
      expect(text).toContain('Born og unge');
      expect(text).toContain('Kvart år');
      // The user's own bokmål text aside, no bokmål place or label.
      const places = [...new Set(rows.map((r) => r.place))];
      expect(places.filter((p) => BOKMAL_GIVEAWAYS.test(p) || /\b(navn|eier|deltakere|ansvarlig|enhet|midtveis)/i.test(p))).toEqual([]);
    }
  });

  it('shows nothing internal: no field names, ids, codes or ISO dates, in either language', () => {
    const { old, next } = plans();
    for (const lang of ['nb', 'nn'] as const) {
      for (const plan of [old, next]) {
        const rows = answerRows(plan, lang);
        const offenders = rows.flatMap((r) => internalText(`${r.place}: ${r.value}`).map((hit) => `${r.place}: ${r.value} («${hit}»)`));
        expect(offenders).toEqual([]);
      }
    }
  });

  it('writes dates, quarters, amounts and what ids point at in words', () => {
    const { old, next } = plans();
    const nn = answerRows(old, 'nn');
    const value = (place: string) => nn.find((r) => r.place === place)?.value;
    expect(value('Tiltak 2: milepæl 1: tidspunkt')).toBeUndefined();
    expect(value('Tiltak 2, Milepæl 1: tidspunkt')).toBe('2. kvartal 2026');
    expect(value('Tiltak 1: frist')).toBe('30. juni 2025');
    expect(value('Tiltak 2: beløp')).toMatch(/^250\s000 kr$/);
    expect(value('Tiltak 1: mål')).toBe('Ansatte avdekker vold tidlig');
    expect(value('Tiltak 4: gjeld kommunane')).toBe('Fjordvik kommune');
    expect(value('Plassering i plansystemet')).toBe('Temaplan');
    expect(value('Tiltak 2: ressursar')).toBe('Krev nye midlar');
    expect(value('Kommune 2: vedtak')).toBe('Vedteken');
    expect(value('Samarbeidsform')).toBe('Vertskommunesamarbeid');
    expect(value('Vertskommune')).toBe('Fjordvik kommune');
    expect(value('Rullering 1: ny sluttdato')).toBe('2028');
    // The evaluation names each measure by its number in the plan, not its place in the evaluation list.
    expect(value('Tiltak 2: resultat')).toBe('Delvis gjennomført');
    expect(value('Tiltak 1: avgjerd')).toBe('Blir halde fram');
    expect(value('Kva gjorde vi?')).toBe('Kurs og rutinar.');
    expect(value('Evaluert')).toBe('1. oktober 2027');
    const nextRows = answerRows(next, 'nn');
    const nextValue = (place: string) => nextRows.find((r) => r.place === place)?.value;
    expect(nextValue('Førre plan')).toBe(old.title);
    expect(nextValue('Ny periode starta')).toBe('1. november 2027');
    expect(nextValue('Tiltak 1: frå førre plan')).toBe('Blir halde fram');
    expect(nextValue('Tiltak 2: frå førre plan')).toBe('Blir endra');
    expect(answerRows(next, 'nb').find((r) => r.place === 'Tiltak 2: fra forrige plan')?.value).toBe('Endres');
  });

  it('the check for internal text catches field names, ids, codes and ISO dates', () => {
    for (const bad of ['measureId', 'PreviousPlanId', 'StartedOn', '2027-Q2', '2025-03-01', 'behold', 'krever-midler', 'ikke-startet', 'm12', 'k3']) {
      expect(internalText(`Tiltak 1: ${bad}`), bad).not.toEqual([]);
    }
    for (const good of ['2. kvartal 2027', '1. mars 2025', 'Halde på', 'Krev nye midlar', '250 000 kr', 'Tiltak 12', 'Kommune 3']) {
      expect(internalText(good), good).toEqual([]);
    }
    expect(INTERNAL_TEXT.length).toBeGreaterThan(3);
  });
});
