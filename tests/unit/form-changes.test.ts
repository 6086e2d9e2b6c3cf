/**
 * The builder's change signal (src/islands/wizard/form-changes.ts) reads react-hook-form's internal state subject.
 * These tests state what it must report, against the installed react-hook-form, so an upgrade that changes the
 * signal fails here and not silently in the browser (unsaved keystrokes, stale summaries).
 */
import { describe, expect, it } from 'vitest';
import { createFormControl } from 'react-hook-form';
import { onFormChange, touches } from '../../src/islands/wizard/form-changes';

function form() {
  const f = createFormControl<Record<string, unknown>>({ defaultValues: { title: 'Plan', measures: [{ description: 'Kurs' }] } });
  const heard: (string | undefined)[] = [];
  onFormChange(f.control, (name) => heard.push(name));
  return { f, heard };
}

describe('onFormChange', () => {
  it('reports a keystroke in a field with the field name, and the value is in the form already', async () => {
    const { f, heard } = form();
    const field = f.register('measures.0.description');
    let seen: unknown;
    onFormChange(f.control, () => { seen = f.getValues('measures.0.description'); });
    await field.onChange({ target: { name: 'measures.0.description', value: 'Kurs for alle' }, type: 'change' });
    expect(heard).toEqual(['measures.0.description']);
    expect(seen).toBe('Kurs for alle');
  });

  it('does not report leaving a field', async () => {
    const { f, heard } = form();
    const field = f.register('title');
    await field.onBlur({ target: { name: 'title', value: 'Plan' }, type: 'blur' });
    expect(heard).toEqual([]);
  });

  it('reports setValue and reset', () => {
    const { f, heard } = form();
    f.register('title');
    f.setValue('title', 'Ny plan', { shouldDirty: true });
    f.reset({ title: 'Lagret plan', measures: [] });
    expect(heard.length).toBeGreaterThanOrEqual(2);
    expect(f.getValues('title')).toBe('Lagret plan');
  });
});

describe('touches', () => {
  it('matches the changed field, its parents and its children, not its neighbours', () => {
    expect(touches('measures.1.description', 'measures.1.description')).toBe(true);
    expect(touches('measures', 'measures.1.description')).toBe(true);
    expect(touches('measures.1.milestones.0.when', 'measures.1.milestones')).toBe(true);
    expect(touches(undefined, 'title')).toBe(true);
    expect(touches('measures.10.description', 'measures.1.description')).toBe(false);
    expect(touches('measures.1.descriptionX', 'measures.1.description')).toBe(false);
  });
});
