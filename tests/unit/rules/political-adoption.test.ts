import { describe, expect, it } from 'vitest';
import { checkParsedPlan } from '../../../src/plan/check';
import { completePlan, intermunicipalPlan, OPTIONS, variant, withAdoption } from '../../fixtures/plans';
import { ruleTable } from '../../fixtures/rule-table';

const ID = 'political-adoption';
const adoption = (i: number) => ['municipalities', i, 'adoption'];

ruleTable(
  ID,
  [
    { name: 'adopted by kommunestyre', plan: completePlan() },
    { name: 'adopted by formannskap', plan: withAdoption(completePlan(), 0, { body: 'formannskap' }) },
    { name: 'adopted by an utvalg', plan: withAdoption(completePlan(), 0, { body: 'utvalg' }) },
    { name: 'adopted on 31 December of the reporting year', plan: withAdoption(completePlan(), 0, { date: '2026-12-31' }) },
    { name: 'adopted without a recorded date', plan: withAdoption(completePlan(), 0, { date: undefined }) },
    { name: 'intermunicipal plan adopted by all four', plan: intermunicipalPlan(4) },
  ],
  [
    {
      name: 'administrative adoption',
      plan: withAdoption(completePlan(), 0, { body: 'administrativt' }),
      expected: [{ messageId: 'administrative', path: [...adoption(0), 'body'], municipalityId: 'k1', params: { municipality: 'Fjordvik kommune' } }],
    },
    {
      name: 'status planlagt',
      plan: withAdoption(completePlan(), 0, { status: 'planlagt', date: '2027-02-01' }),
      expected: [{ messageId: 'notAdopted', path: [...adoption(0), 'status'], municipalityId: 'k1' }],
    },
    {
      name: 'status ikke-startet',
      plan: withAdoption(completePlan(), 0, { status: 'ikke-startet' }),
      expected: [{ messageId: 'notAdopted', path: [...adoption(0), 'status'] }],
    },
    {
      name: 'adopted without a body',
      plan: withAdoption(completePlan(), 0, { body: undefined }),
      expected: [{ messageId: 'noBody', path: [...adoption(0), 'body'] }],
    },
    {
      name: 'adopted on 1 January after the reporting year',
      plan: withAdoption(completePlan(), 0, { date: '2027-01-01' }),
      expected: [
        {
          messageId: 'adoptedLater',
          path: [...adoption(0), 'date'],
          params: { municipality: 'Fjordvik kommune', date: '2027-01-01', year: 2026, adoptionYear: 2027 },
        },
      ],
    },
    {
      name: 'no municipality at all',
      plan: variant(completePlan(), (p) => {
        p.municipalities = [];
      }),
      expected: [{ messageId: 'noMunicipality', path: ['municipalities'] }],
    },
    {
      name: 'intermunicipal plan where the third municipality has not adopted',
      plan: withAdoption(intermunicipalPlan(4), 2, { status: 'planlagt' }),
      expected: [{ messageId: 'notAdopted', path: [...adoption(2), 'status'], municipalityId: 'k3', params: { municipality: 'Sørli kommune' } }],
    },
  ],
);

describe('political adoption in the verdict', () => {
  it('an adoption later than the reporting year counts from the adoption year', () => {
    const plan = withAdoption(completePlan(), 0, { date: '2027-03-01' });
    expect(checkParsedPlan(plan, OPTIONS).counts).toBe(false);
    expect(checkParsedPlan(plan, { reportingYear: 2027, today: '2027-11-21' }).counts).toBe(true);
  });

  it('an intermunicipal plan not adopted by 1 of 4 counts for the other three only', () => {
    const plan = withAdoption(intermunicipalPlan(4), 2, { status: 'ikke-startet' });
    const result = checkParsedPlan(plan, OPTIONS);
    expect(result.municipalities.map((m) => [m.id, m.counts])).toEqual([
      ['k1', true],
      ['k2', true],
      ['k3', false],
      ['k4', true],
    ]);
    expect(result.municipalities[2].failedKrav).toEqual([ID]);
    expect(result.counts).toBe(false);
    expect(result.kravMet).toBe(result.kravTotal - 1);
  });

  it('an administrative adoption in one municipality fails only that municipality', () => {
    const plan = withAdoption(intermunicipalPlan(4), 1, { body: 'administrativt' });
    const result = checkParsedPlan(plan, OPTIONS);
    expect(result.municipalities.filter((m) => !m.counts).map((m) => m.id)).toEqual(['k2']);
    expect(result.counts).toBe(false);
  });
});
