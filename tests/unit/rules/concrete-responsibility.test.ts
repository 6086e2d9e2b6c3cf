import { describe, expect, it } from 'vitest';
import { isVagueOwner } from '../../../src/plan/rules/concrete-responsibility';
import { completePlan, variant, withMeasure } from '../../fixtures/plans';
import { ruleResult, ruleTable } from '../../fixtures/rule-table';

const owner = (unit: string | undefined, index = 0) => withMeasure(completePlan(), index, { responsible: { unit } });
const vague = (unit: string, index = 0) => ({
  name: `«${unit}» is vague`,
  plan: owner(unit, index),
  expected: [{ messageId: 'vague', path: ['measures', index, 'responsible', 'unit'], params: { n: index + 1, owner: unit.trim() } }],
});

ruleTable(
  'concrete-responsibility',
  [
    { name: 'named units on every measure', plan: completePlan() },
    { name: '«Helsestasjonen»', plan: owner('Helsestasjonen') },
    { name: '«Kommunalsjef for oppvekst»', plan: owner('Kommunalsjef for oppvekst') },
    { name: '«Alle ansatte ved legevakten» names a unit', plan: owner('Alle ansatte ved legevakten') },
  ],
  [
    vague('alle enheter'),
    vague('Kommunen'),
    vague('ansatte'),
    vague('Alle enheter.', 1),
    vague('  HELE KOMMUNEN  ', 2),
    vague('«diverse»'),
    {
      name: 'no unit',
      plan: owner(undefined, 1),
      expected: [{ messageId: 'missing', path: ['measures', 1, 'responsible', 'unit'], params: { n: 2 } }],
    },
    { name: 'empty unit', plan: owner(''), expected: [{ messageId: 'missing', path: ['measures', 0, 'responsible', 'unit'], params: { n: 1 } }] },
    { name: 'blank unit', plan: owner('   ', 2), expected: [{ messageId: 'missing', path: ['measures', 2, 'responsible', 'unit'], params: { n: 3 } }] },
  ],
);

describe('isVagueOwner', () => {
  it.each(['alle enheter', 'Kommunen', 'ansatte', 'Tilsette', 'alle einingar', 'Alle,  enheter!'])('%s is vague', (unit) => {
    expect(isVagueOwner(unit)).toBe(true);
  });

  it.each(['Helsestasjonen', 'NAV Fjordvik', 'Barnevernstjenesten', 'Kommunelegen'])('%s is concrete', (unit) => {
    expect(isVagueOwner(unit)).toBe(false);
  });
});

describe('a plan without measures', () => {
  it('is not judged on responsibility (has-measures reports the missing measures)', () => {
    const result = ruleResult('concrete-responsibility', variant(completePlan(), (p) => { p.measures = []; }));
    expect(result?.skipped).toBe('nothing');
    expect(result?.findings).toEqual([]);
  });
});
