import { describe, expect, it } from 'vitest';
import { draftFromForm, isBlankItem, normalize, toFormValues } from '../../src/wizard/normalize';
import { planSchema } from '../../src/plan/schema';

describe('form values to plan', () => {
  it('stores quarters and dates typed in Norwegian in the plan file form', () => {
    const plan = normalize({
      id: 'p1',
      period: { start: '1. mars 2027', end: '2030', rollovers: [{ id: 'r1', newEnd: '31.12.2031' }] },
      knowledgeBase: { sources: [{ id: 's1', name: 'Ungdata', date: '2025' }] },
      measures: [{ id: 'm1', description: 'Kurs', milestones: [
        { id: 'a', text: 'A', when: '3. kvartal 2027' },
        { id: 'b', text: 'B', when: '3. kv. 2027' },
        { id: 'c', text: 'C', when: 'Q3 2027' },
        { id: 'd', text: 'D', when: '1. juni 2028' },
        { id: 'e', text: 'E', when: 'snart' },
      ] }],
    });
    expect(plan.period).toEqual({ start: '2027-03-01', end: '2030', rollovers: [{ id: 'r1', newEnd: '2031-12-31' }] });
    expect(plan.measures[0].milestones.map((m) => m.when)).toEqual(['2027-Q3', '2027-Q3', '2027-Q3', '2028-06-01', 'snart']);
    // What is neither a date nor a quarter is kept for the schema to reject, with the user's text intact.
    expect(planSchema.safeParse(plan).success).toBe(false);
  });

  it('leaves other text alone, even when it looks like a quarter', () => {
    expect(normalize({ id: 'p1', title: '3. kvartal 2027', measures: [{ id: 'm1', description: '3. kvartal 2027', milestones: [] }] }))
      .toMatchObject({ title: '3. kvartal 2027', measures: [{ description: '3. kvartal 2027' }] });
  });

  it('shows stored dates and quarters in Norwegian in the form, and reads them back unchanged', () => {
    const stored = {
      id: 'p1',
      period: { start: '2027-03-01', end: '2030', rollovers: [] },
      measures: [{ id: 'm1', description: 'Kurs', milestones: [{ id: 'a', text: 'A', when: '2027-Q3' }, { id: 'b', text: 'B', when: '2028-06-01' }] }],
      municipalities: [{ id: 'k1', name: 'Fjordvik' }],
    };
    const form = toFormValues(stored);
    expect(form.period).toEqual({ start: '1. mars 2027', end: '2030', rollovers: [] });
    expect(form.measures[0].milestones.map((m) => m.when)).toEqual(['3. kvartal 2027', '1. juni 2028']);
    expect(normalize(form)).toEqual(stored);
  });

  it('gives «Om planen» one municipality to fill in when the plan has none', () => {
    expect(toFormValues({ id: 'p1', municipalities: [] }, { municipalityRow: true }).municipalities).toMatchObject([{ name: '' }]);
    expect(toFormValues({ id: 'p1', municipalities: [] }).municipalities).toEqual([]);
  });
});

describe('rows just added', () => {
  it('are blank until something is typed', () => {
    expect(isBlankItem({ id: 's1', name: '' })).toBe(false); // before normalising, an empty string is still there
    expect(isBlankItem(normalize({ id: 's1', name: '' }))).toBe(true);
    expect(isBlankItem(normalize({ id: 'f1', title: '', goals: [] }))).toBe(true);
    expect(isBlankItem(normalize({ id: 'm1', description: '', responsible: {}, milestones: [], resources: {}, status: 'planlagt', municipalityIds: [] }))).toBe(true);
    expect(isBlankItem(normalize({ id: 'm1', description: '', status: 'pågår' }))).toBe(false);
    expect(isBlankItem(normalize({ id: 's1', name: '', date: '2025' }))).toBe(false);
  });

  it('are left out of the draft, so the check does not report them before anything is typed', () => {
    const draft = draftFromForm({
      id: 'p1',
      knowledgeBase: { sources: [{ id: 's1', name: 'Ungdata' }, { id: 's2', name: '' }] },
      focusAreas: [{ id: 'f1', title: '', goals: [] }, { id: 'f2', title: 'Forebygging', goals: [{ id: 'g1', text: '' }] }],
      municipalities: [{ id: 'k1', name: '', adoption: { status: 'ikke-startet' } }],
    });
    expect(draft).toEqual({
      id: 'p1',
      knowledgeBase: { sources: [{ id: 's1', name: 'Ungdata' }] },
      focusAreas: [{ id: 'f2', title: 'Forebygging', goals: [] }],
      municipalities: [],
    });
    expect(planSchema.safeParse(draft).success).toBe(true);
  });
});
