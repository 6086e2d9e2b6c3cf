import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkParsedPlan, checkPlan } from '../../src/plan/check';
import { findingMessage, fill } from '../../src/plan/messages';
import type { Plan } from '../../src/plan/schema';
import { completePlan, OPTIONS, variant, withFollowUp, withPeriod } from '../fixtures/plans';

const ENGLISH = /\b(expected|invalid|received|required|undefined|string|number|object|array|error)\b/i;

describe('checkPlan on anything', () => {
  it.each([
    ['random JSON values', fc.jsonValue()],
    ['anything', fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true })],
  ])('never throws for 10,000 %s', (_, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<unknown>, (value) => {
        const result = checkPlan(value, OPTIONS);
        if (result.ok) {
          expect(result.kravTotal).toBe(5);
          return;
        }
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          for (const lang of ['nb', 'nn'] as const) {
            expect(issue.place[lang].trim()).not.toBe('');
            expect(issue.message[lang].trim()).not.toBe('');
            expect(`${issue.place[lang]} ${issue.message[lang]}`).not.toMatch(ENGLISH);
          }
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it.each([null, 42, 'plan', [], [completePlan()], true])('refuses the non-plan %j', (value) => {
    const result = checkPlan(value, OPTIONS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].place.nb).toBe('Planen');
  });

  it('reports a plan whose fields cannot be read as not checkable', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    const result = checkPlan(hostile, OPTIONS);
    expect(result).toMatchObject({ ok: false, issues: [{ message: { nb: 'Planen kunne ikke sjekkes.', nn: 'Planen kunne ikkje sjekkast.' } }] });
  });

  // No krav is met, and measure-progress has nothing to judge: a plan without measures is not «timed».
  it('checks a half-filled plan without counting it', () => {
    const result = checkPlan({ id: 'utkast' }, OPTIONS);
    expect(result).toMatchObject({ ok: true, counts: false, municipalities: [], kravMet: 0, kravTotal: 5 });
  });

  it('reports a crashing rule as an internal finding instead of throwing', () => {
    const broken = { ...completePlan(), measures: null } as unknown as Plan;
    const result = checkParsedPlan(broken, OPTIONS);
    expect(result.findings.filter((f) => f.messageId === 'internal').map((f) => f.ruleId)).toContain('has-measures');
    expect(result.counts).toBe(false);
  });
});

describe('check result', () => {
  it('summarises the complete plan', () => {
    const result = checkParsedPlan(completePlan(), OPTIONS);
    expect(result).toMatchObject({
      ok: true,
      counts: true,
      reportingYear: 2026,
      referenceDate: '2026-12-31',
      today: '2026-11-21',
      municipalities: [{ id: 'k1', name: 'Fjordvik kommune', counts: true, failedKrav: [] }],
      kravMet: 5,
      kravTotal: 5,
      openRecommendations: 0,
      daysUntilExpiry: 405,
      timeline: {
        start: '2024-01-01',
        effectiveEnd: '2027-12-31',
        endBasis: 'sluttdato',
        firstReportingYear: 2024,
        lastReportingYear: 2027,
        revisionStartBy: '2026-12-31',
      },
    });
    expect(result.results.every((r) => r.met)).toBe(true);
  });

  it('summarises an expired plan with open recommendations', () => {
    const plan = withFollowUp(withPeriod(completePlan(), { end: '2025-06-30' }), { publication: { onWebsite: false } });
    const result = checkParsedPlan(plan, OPTIONS);
    expect(result).toMatchObject({
      counts: false,
      municipalities: [{ id: 'k1', counts: false, failedKrav: ['current-period'] }],
      kravMet: 4,
      kravTotal: 5,
      openRecommendations: 3,
      daysUntilExpiry: -509,
      timeline: { effectiveEnd: '2025-06-30', lastReportingYear: 2024, revisionStartBy: '2024-06-30' },
    });
    expect(result.results.filter((r) => !r.met).map((r) => r.rule.id)).toEqual(['current-period', 'dates-within-period', 'final-evaluation-before-end', 'published-on-website']);
  });

  it('counts open recommendations per rule, not per finding', () => {
    const plan = variant(completePlan(), (p) => {
      for (const m of p.measures) m.indicator = undefined;
    });
    const result = checkParsedPlan(plan, OPTIONS);
    expect(result.findings).toHaveLength(3);
    expect(result.openRecommendations).toBe(1);
    expect(result.counts).toBe(true);
  });

  it('takes the reporting year from today when none is given', () => {
    const result = checkParsedPlan(completePlan(), { today: '2028-02-01' });
    expect(result).toMatchObject({ reportingYear: 2028, referenceDate: '2028-12-31', counts: false, daysUntilExpiry: -32 });
  });
});

describe('finding messages', () => {
  const expired = checkParsedPlan(withPeriod(completePlan(), { start: '2020', end: '2023-12-31' }), OPTIONS).findings.find(
    (f) => f.ruleId === 'current-period',
  )!;

  it('writes dates out in bokmål and nynorsk', () => {
    expect(findingMessage(expired, 'nb')).toBe('Planen utløp 31. desember 2023 og teller ikke for 2026.');
    expect(findingMessage(expired, 'nn')).toBe('Planen gjekk ut 31. desember 2023 og tel ikkje for 2026.');
    expect(findingMessage(expired)).toBe(findingMessage(expired, 'nb'));
  });

  it('uses the nynorsk variant of a parameter in nynorsk', () => {
    const plan = variant(completePlan(), (p) => {
      p.targetGroups = ['voksne', 'eldre'];
    });
    const [finding] = checkParsedPlan(plan, OPTIONS).findings;
    expect(findingMessage(finding, 'nb')).toBe('Målgruppen «barn og unge» er ikke med i planen.');
    expect(findingMessage(finding, 'nn')).toBe('Målgruppa «born og unge» er ikkje med i planen.');
  });

  it('every finding of a poor plan reads as a Norwegian sentence', () => {
    const poor = checkPlan({ id: 'p', municipalities: [{ id: 'k1', name: 'Fjordvik kommune' }], measures: [{ id: 'm1', description: 'x' }] }, OPTIONS);
    expect(poor.ok).toBe(true);
    if (!poor.ok) return;
    expect(poor.findings.length).toBeGreaterThan(10);
    for (const f of poor.findings) {
      for (const lang of ['nb', 'nn'] as const) {
        const text = findingMessage(f, lang);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).toMatch(/^[A-ZÆØÅ«]/);
      }
    }
  });

  it('fill leaves unknown placeholders and formats ISO dates only', () => {
    expect(fill('{a} og {b}', { a: '2027-05-17' }, 'nn')).toBe('17. mai 2027 og {b}');
    expect(fill('år {y}', { y: '2027' })).toBe('år 2027');
  });

  it('falls back to the message id for an unknown rule', () => {
    expect(findingMessage({ ruleId: 'nope', kind: 'krav', messageId: 'x', path: [] })).toBe('x');
  });
});
