import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_FORMAT, FILE_VERSION, MAX_DEPTH, MAX_FILE_BYTES, openPlanFile, planFileName, serializePlan, type OpenResult } from '../../src/plan/file';
import type { Text } from '../../src/plan/rules/types';
import { planArb } from '../fixtures/arbitraries';
import { completePlan, intermunicipalPlan, withPeriod } from '../fixtures/plans';

const envelope = (plan: string, extra = '') => `{"format":${JSON.stringify(FILE_FORMAT)},"version":${FILE_VERSION}${extra},"plan":${plan}}`;
const wrap = (plan: unknown, version: unknown = FILE_VERSION) => JSON.stringify({ format: FILE_FORMAT, version, savedAt: '2026-11-21T10:00:00.000Z', plan });
const ENGLISH = /\b(expected|invalid|received|required|undefined|null|string|number|object|array|error|unexpected|must)\b/i;

function errorsOf(result: OpenResult): Text[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

function expectNorwegian(errors: Text[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.nb.trim()).not.toBe('');
    expect(e.nn.trim()).not.toBe('');
    expect(e.nb).not.toMatch(ENGLISH);
    expect(e.nn).not.toMatch(ENGLISH);
  }
}

describe('save and open', () => {
  it.each([
    ['the complete plan', completePlan()],
    ['an intermunicipal plan', intermunicipalPlan(4)],
  ])('round-trips %s', (_, plan) => {
    const text = serializePlan(plan, '2026-11-21T10:00:00.000Z');
    expect(JSON.parse(text)).toMatchObject({ format: FILE_FORMAT, version: FILE_VERSION, savedAt: '2026-11-21T10:00:00.000Z' });
    expect(openPlanFile(text)).toEqual({ ok: true, plan });
  });

  it('round-trips 10,000 random valid plans unchanged', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(openPlanFile(serializePlan(plan))).toEqual({ ok: true, plan });
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('drops unknown fields on open', () => {
    const result = openPlanFile(wrap({ ...completePlan(), secret: 'x' }));
    expect(result.ok && 'secret' in result.plan).toBe(false);
  });
});

describe('opening junk', () => {
  it('never crashes and never accepts 10,000 random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = openPlanFile(JSON.stringify(value));
        expect(result.ok).toBe(false);
        if (!result.ok) expectNorwegian(result.errors);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('never crashes and never accepts 10,000 random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        expect(openPlanFile(text).ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('never crashes on a random value in a valid envelope; what it accepts is a plan', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = openPlanFile(wrap(value));
        if (result.ok) expect(typeof result.plan.id).toBe('string');
        else expectNorwegian(result.errors);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it.each([undefined, null, 42, {}, new Uint8Array([1, 2])])('refuses a non-text input %s', (input) => {
    expect(errorsOf(openPlanFile(input))[0].nb).toContain('kunne ikke leses som tekst');
  });
});

describe('specific errors', () => {
  it('invalid JSON', () => {
    const [e] = errorsOf(openPlanFile('{"format": '));
    expect(e.nb).toContain('ikke JSON');
    expect(e.nn).toContain('ikkje JSON');
  });

  it('a text over 5 MB, counted in bytes', () => {
    expect(errorsOf(openPlanFile('x'.repeat(MAX_FILE_BYTES + 1)))[0].nb).toContain('større enn 5 MB');
    // 2.7 million «æ» are 5.4 MB in UTF-8 though fewer than 5 million characters.
    expect(errorsOf(openPlanFile('æ'.repeat(2_700_000)))[0].nb).toContain('større enn 5 MB');
    expect(errorsOf(openPlanFile(serializePlan(completePlan()), MAX_FILE_BYTES + 1))[0].nn).toContain('større enn 5 MB');
  });

  it('a wrong format name', () => {
    const text = JSON.stringify({ format: 'noe-annet', version: 1, plan: completePlan() });
    expect(errorsOf(openPlanFile(text))[0].nb).toContain('formatnavnet');
  });

  it('a version of null is a missing version', () => {
    expect(errorsOf(openPlanFile(wrap(completePlan(), null)))[0].nb).toContain('mangler versjonsnummer');
  });

  it.each([0, -1, 1.5])('a version number that does not exist (%s) says which number and that versions begin at 1', (version) => {
    const [e] = errorsOf(openPlanFile(wrap(completePlan(), version)));
    expect(e.nb).toContain(`versjonsnummer ${version}, som ikke finnes: versjonene begynner på 1`);
    expect(e.nn).toContain(`versjonsnummer ${version}, som ikkje finst`);
  });

  it('a version written as text ("1") says it must be a number', () => {
    const [e] = errorsOf(openPlanFile(wrap(completePlan(), '1')));
    expect(e.nb).toBe('Versjonsnummeret i planfilen er tekst («1»), men skal være et tall, for eksempel 1. Rett det i filen, eller lagre planen på nytt fra nettstedet.');
    expect(e.nn).toContain('er tekst («1»), men skal vere eit tal');
  });

  it('duplicate ids in a list, by position', () => {
    const plan = completePlan() as unknown as { measures: { id: string }[] };
    const copy = { ...plan.measures[0] };
    const withDuplicate = { ...plan, measures: [...plan.measures, copy] };
    const errors = errorsOf(openPlanFile(wrap(withDuplicate)));
    expect(errors).toEqual([{
      nb: `To tiltak i planfilen har samme id (nr. 1 og nr. ${plan.measures.length + 1}). Hver id skal bare brukes én gang: rett filen, eller lagre planen på nytt fra nettstedet.`,
      nn: `To tiltak i planfila har same id (nr. 1 og nr. ${plan.measures.length + 1}). Kvar id skal berre brukast éin gong: rett fila, eller lagre planen på nytt frå nettstaden.`,
    }]);
  });

  it('a file without a version', () => {
    const text = JSON.stringify({ format: FILE_FORMAT, plan: completePlan() });
    expect(errorsOf(openPlanFile(text))[0].nn).toContain('manglar versjonsnummer');
  });

  it('an unknown future version', () => {
    const [e] = errorsOf(openPlanFile(wrap(completePlan(), 99)));
    expect(e.nb).toContain('nyere versjon');
    expect(e.nb).toContain('versjon 99');
    expect(e.nn).toContain('versjon 99');
  });

  it('a file without a plan', () => {
    expect(errorsOf(openPlanFile(wrap([])))[0].nb).toContain('ingen plan');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a «%s» key anywhere', (key) => {
    const inPlan = envelope(`{"id":"p1","${key}":{"polluted":true}}`);
    const deepInMeasure = envelope(`{"id":"p1","measures":[{"id":"m1","description":"x","${key}":{}}]}`);
    for (const text of [inPlan, deepInMeasure]) expect(errorsOf(openPlanFile(text))[0].nb).toContain('ikke er tillatt');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('nesting deeper than MAX_DEPTH', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(errorsOf(openPlanFile(envelope(`{"id":"p1","title":${deep(MAX_DEPTH + 5)}}`)))[0].nb).toContain('nøstet for dypt');
    expect(openPlanFile(envelope('{"id":"p1"}', `,"x":${deep(100_000)}`)).ok).toBe(false);
  });

  it('wrong types name the place', () => {
    const plan = JSON.parse(serializePlan(completePlan())).plan;
    plan.measures[0].description = 42;
    plan.period.end = '2027-02-30';
    const errors = errorsOf(openPlanFile(wrap(plan)));
    expectNorwegian(errors);
    expect(errors.map((e) => e.nb)).toEqual(
      expect.arrayContaining([
        'Tiltak 1: beskrivelse har feil type: skal være tekst.',
        'Sluttdato må være et årstall eller en dato (ÅÅÅÅ eller ÅÅÅÅ-MM-DD).',
      ]),
    );
    expect(errors.map((e) => e.nn)).toContain('Tiltak 1: skildring har feil type: skal vere tekst.');
  });

  it('lists at most 20 problems', () => {
    const measures = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, description: i }));
    const errors = errorsOf(openPlanFile(wrap({ id: 'p1', measures })));
    expect(errors).toHaveLength(20);
    expect(errors[19].nb).toBe('Tiltak 20: beskrivelse har feil type: skal være tekst.');
  });
});

describe('planFileName', () => {
  it('names the file after the period', () => {
    expect(planFileName(withPeriod(completePlan(), { start: '2027-01-01', end: '2030-12-31' }))).toBe('handlingsplan-vold-nære-relasjoner-2027-2030.json');
    expect(planFileName(withPeriod(completePlan(), { start: '2027', end: '2030' }), 'docx')).toBe('handlingsplan-vold-nære-relasjoner-2027-2030.docx');
    expect(planFileName(withPeriod(completePlan(), { start: undefined, end: undefined }))).toBe('handlingsplan-vold-nære-relasjoner.json');
  });
});
