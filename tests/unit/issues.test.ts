import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePlace, issueText, planIssues } from '../../src/plan/issues';
import { planSchema } from '../../src/plan/schema';

function texts(input: unknown, lang: 'nb' | 'nn' = 'nb'): string[] {
  const parsed = planSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : planIssues(parsed.error, input).map((i) => issueText(i, lang));
}

describe('describePlace', () => {
  it.each([
    [['measures', 2, 'responsible', 'unit'], 'Tiltak 3: ansvarlig enhet', 'Tiltak 3: ansvarleg eining'],
    [['measures', 0, 'description'], 'Tiltak 1: beskrivelse', 'Tiltak 1: skildring'],
    [['municipalities', 0, 'name'], 'Kommune 1: navn', 'Kommune 1: namn'],
    [['municipalities', 1, 'adoption', 'date'], 'Kommune 2: dato', 'Kommune 2: dato'],
    [['focusAreas', 0, 'goals', 1, 'text'], 'Innsatsområde 1, Mål 2: tekst', 'Innsatsområde 1, Mål 2: tekst'],
    [['measures', 4, 'milestones', 0, 'when'], 'Tiltak 5, Milepæl 1: tidspunkt', 'Tiltak 5, Milepæl 1: tidspunkt'],
    [['knowledgeBase', 'sources', 2, 'date'], 'Datakilde 3: dato', 'Datakjelde 3: dato'],
    [['violenceForms', 1], 'Voldsform 2', 'Valdsform 2'],
    [['measures', 0], 'Tiltak 1', 'Tiltak 1'],
    [['measures'], 'Listen «tiltak»', 'Lista «tiltak»'],
    [['followUp', 'publication', 'onWebsite'], 'Publisering på nettsiden', 'Publisering på nettsida'],
    [['period', 'end'], 'Sluttdato', 'Sluttdato'],
    [[], 'Planen', 'Planen'],
  ] as const)('%j is «%s»', (path, nb, nn) => {
    expect(describePlace([...path])).toEqual({ nb, nn });
  });
});

describe('planIssues', () => {
  it('names a municipality that is missing its name', () => {
    const input = { id: 'p1', municipalities: [{ id: 'k1' }] };
    expect(texts(input)).toEqual(['Kommune 1: navn mangler.']);
    expect(texts(input, 'nn')).toEqual(['Kommune 1: namn manglar.']);
  });

  it.each([
    [{ id: 'p1', municipalities: [{ id: 'k1', name: '' }] }, 'Kommune 1: navn må fylles ut.'],
    [{ id: 'p1', municipalities: [{ id: 'k1', name: 'A', number: '123' }] }, 'Kommune 1: kommunenummer har feil format.'],
    [{ id: 'p1', municipalities: [{ id: 'k1', name: 'A', adoption: { date: '2027-02-30' } }] }, 'Kommune 1: dato er ikke en gyldig dato (ÅÅÅÅ-MM-DD).'],
    [{ id: 'p1', planType: 'felles' }, 'Plantype har en verdi vi ikke kjenner.'],
    [{ id: 'p1', title: 'x'.repeat(301) }, 'Tittel er for lang (høyst 300 tegn).'],
    [{ id: 'p1', title: null }, 'Tittel har feil type: skal være tekst.'],
    [{ id: 'p1', measures: 'alle' }, 'Listen «tiltak» har feil type: skal være en liste.'],
    [{ id: 'p1', measures: [{ id: 'm1', description: 42 }] }, 'Tiltak 1: beskrivelse har feil type: skal være tekst.'],
    [{ id: 'p1', measures: [{ id: 'm1', description: 'x', resources: { amount: -1 } }] }, 'Tiltak 1: beløp er for lite.'],
    [{ id: 'p1', measures: [{ id: 'm1', description: 'x', milestones: [{ id: 'a', text: 't', when: '2027-Q5' }] }] }, 'Tiltak 1, Milepæl 1: tidspunkt må være en dato eller et kvartal (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-Q1).'],
    [{ id: 'p1', period: { end: '27' } }, 'Sluttdato må være et årstall eller en dato (ÅÅÅÅ eller ÅÅÅÅ-MM-DD).'],
    [{ id: 'p1', followUp: { resourceGroup: { established: 'ja' } } }, 'Ressursgruppe har feil type: skal være ja eller nei.'],
    [{ id: 'p1', violenceForms: ['fysisk', 'slag'] }, 'Voldsform 2 har en verdi vi ikke kjenner.'],
    [{ title: 'uten id' }, 'Id mangler.'],
    [42, 'Planen har feil type: skal være en gruppe felt.'],
  ])('%j gives «%s»', (input, expected) => {
    expect(texts(input)).toContain(expected);
  });

  it('writes nynorsk', () => {
    expect(texts({ id: 'p1', measures: [{ id: 'm1', description: 42 }] }, 'nn')).toEqual(['Tiltak 1: skildring har feil type: skal vere tekst.']);
    expect(texts({ id: 'p1', knowledgeBase: { sources: [{ id: 'd' }] } }, 'nn')).toEqual(['Datakjelde 1: namn manglar.']);
  });

  it('keeps numeric paths so the form can focus the field', () => {
    const parsed = planSchema.safeParse({ id: 'p1', measures: [{ id: 'm1', description: 'x' }, { id: 'm2' }] });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(planIssues(parsed.error, {}).map((i) => i.path)).toEqual([['measures', 1, 'description']]);
  });

  it('describes random wrong values in Norwegian only', () => {
    const planKeys = Object.keys(planSchema.shape);
    const value = fc.jsonValue({ maxDepth: 2 });
    const measureKeys = ['id', 'description', 'responsible', 'deadline', 'milestones', 'resources', 'status'];
    const junkPlan = fc.record({
      id: fc.oneof(fc.string({ minLength: 1 }), value),
      extra: fc.dictionary(fc.constantFrom(...planKeys), value, { maxKeys: 6 }),
      measures: fc.array(fc.dictionary(fc.constantFrom(...measureKeys), value), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(junkPlan, ({ id, extra, measures }) => {
        const input = { id, ...extra, measures };
        const parsed = planSchema.safeParse(input);
        if (parsed.success) return;
        for (const issue of planIssues(parsed.error, input)) {
          for (const lang of ['nb', 'nn'] as const) {
            const text = issueText(issue, lang);
            expect(text).toMatch(/^[A-ZÆØÅ].* .+\.$/s);
            expect(text).not.toMatch(/\b(expected|invalid|received|nonoptional|undefined|Planen Planen)\b/i);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  }, 30_000);
});
