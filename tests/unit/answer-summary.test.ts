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
