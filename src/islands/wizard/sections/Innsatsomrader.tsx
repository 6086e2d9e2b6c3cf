import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button, Paragraph } from '../../shared/ds';
import { Fieldset } from '../../shared/fields';
import { newId } from '../../../plan/new-plan';
import { fieldId } from '../../../wizard/sections';
import { TextInput } from '../fields/TextInput';
import { useT } from '../t';
import type { T } from '../../shared/i18n';
import { ItemActions, focusAfterMove } from './tiltak/ItemActions';
import { ListStatusLine } from './tiltak/ListStatus';
import { useUndo, type UndoApi } from './tiltak/useUndo';
import { focusSoon, shorten } from './tiltak/focus';

const UNDO_ID = 'angre-innsatsomrade';
const ADD_ID = 'legg-til-innsatsomrade';
const areaPrefix = (i: number) => `innsatsomrade-${i}`;
const goalPrefix = (area: number) => (j: number) => `innsatsomrade-${area}-mal-${j}`;

/** Section 6: focus areas, each with a title, a description and the goals under it. */
export function Innsatsomrader() {
  const t = useT();
  const { control, getValues } = useFormContext();
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: 'focusAreas', keyName: 'key' });
  const titles = useWatch({ control, name: 'focusAreas', compute: (areas: { title?: string }[] | undefined) => (areas ?? []).map((a) => a?.title ?? '') }) as string[];
  const undo = useUndo(UNDO_ID);
  const areaName = (i: number) => (titles[i]?.trim() ? shorten(titles[i], 50) : t('wizard.fa.unnamed', { n: i + 1 }));

  function add() {
    append({ id: newId(), title: '', goals: [] }, { shouldFocus: false });
    focusSoon(fieldId(`focusAreas.${fields.length}.title`));
  }

  function moveArea(from: number, to: number) {
    const name = areaName(from);
    move(from, to);
    undo.announce(t(to < from ? 'wizard.list.movedUp' : 'wizard.list.movedDown', { name, n: to + 1 }));
    focusSoon(...focusAfterMove(areaPrefix, from, to));
  }

  function removeArea(i: number) {
    const name = areaName(i);
    const value = structuredClone(getValues(`focusAreas.${i}`));
    remove(i);
    undo.offerUndo(removedText(t, name, getValues, (value?.goals ?? []).map((g: { id?: string }) => g.id)), () => {
      insert(i, value, { shouldFocus: false });
      undo.announce(t('wizard.list.restored', { name }));
      focusSoon(fieldId(`focusAreas.${i}.title`));
    });
  }

  return (
    <div className="stack innsatsomrader">
      <Paragraph>{t('wizard.fa.intro')}</Paragraph>
      {fields.length === 0 && <Paragraph data-size="sm">{t('wizard.fa.empty')}</Paragraph>}
      {fields.map((field, i) => (
        <Fieldset key={field.key} className="ds-card stack" legend={t('wizard.fa.item', { n: i + 1 })}>
          <TextInput path={`focusAreas.${i}.title`} label={t('wizard.fa.title')} description={t('wizard.fa.title.description')} required />
          <TextInput path={`focusAreas.${i}.description`} label={t('wizard.fa.description')} description={t('wizard.fa.description.description')} multiline />
          {/* Keyed by position: a moved area gets a fresh goal list bound to its new path. */}
          <GoalList key={i} area={i} areaName={areaName(i)} undo={undo} />
          <ItemActions name={areaName(i)} index={i} last={i === fields.length - 1} idPrefix={areaPrefix(i)} onMove={moveArea} onRemove={removeArea} />
        </Fieldset>
      ))}
      <ListStatusLine id={UNDO_ID} api={undo} />
      <Button id={ADD_ID} type="button" variant="secondary" onClick={add}>{t('wizard.fa.add')}</Button>
    </div>
  );
}

/** The goals under one focus area: add, edit, reorder, remove with undo. */
function GoalList({ area, areaName, undo }: { area: number; areaName: string; undo: UndoApi }) {
  const t = useT();
  const { control, getValues } = useFormContext();
  const name = `focusAreas.${area}.goals`;
  const { fields, append, insert, remove, move } = useFieldArray({ control, name, keyName: 'key' });
  const prefix = goalPrefix(area);
  const addId = `${areaPrefix(area)}-legg-til-mal`;
  const goalName = (j: number) => t('wizard.fa.goalName', { n: j + 1, area: areaName });

  function add() {
    append({ id: newId(), text: '' }, { shouldFocus: false });
    focusSoon(fieldId(`${name}.${fields.length}.text`));
  }

  function moveGoal(from: number, to: number) {
    const text = String(getValues(`${name}.${from}.text`) ?? '').trim();
    move(from, to);
    undo.announce(t(to < from ? 'wizard.list.movedUp' : 'wizard.list.movedDown', { name: text ? shorten(text, 60) : goalName(from), n: to + 1 }));
    focusSoon(...focusAfterMove(prefix, from, to));
  }

  function removeGoal(j: number) {
    const value = structuredClone(getValues(`${name}.${j}`));
    const label = String(value?.text ?? '').trim() ? shorten(String(value.text), 60) : goalName(j);
    remove(j);
    undo.offerUndo(removedText(t, label, getValues, [value?.id]), () => {
      insert(j, value, { shouldFocus: false });
      undo.announce(t('wizard.list.restored', { name: label }));
      focusSoon(fieldId(`${name}.${j}.text`));
    });
  }

  return (
    <Fieldset className="innsatsomrader__goals" legend={t('wizard.fa.goals', { name: areaName })} description={t('wizard.fa.goals.description')}>
      {fields.length > 0 && (
        <ol className="innsatsomrader__goal-list">
          {fields.map((field, j) => (
            <li key={field.key}>
              <TextInput path={`${name}.${j}.text`} label={t('wizard.fa.goal', { n: j + 1 })} required multiline />
              <ItemActions name={goalName(j)} index={j} last={j === fields.length - 1} idPrefix={prefix(j)} onMove={moveGoal} onRemove={removeGoal} />
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button id={addId} type="button" variant="secondary" data-size="sm" onClick={add}>{t('wizard.fa.goal.add', { name: areaName })}</Button>
      </div>
    </Fieldset>
  );
}

/** «X er fjernet», and how many measures pointed at the removed goals (undo keeps those links). */
function removedText(t: T, name: string, getValues: (path: string) => unknown, goalIds: (string | undefined)[]): string {
  const ids = new Set(goalIds.filter(Boolean));
  const linked = ((getValues('measures') ?? []) as { goalId?: string }[]).filter((m) => m?.goalId && ids.has(m.goalId)).length;
  return linked ? t('wizard.fa.removedLinked', { name, n: linked }) : t('wizard.list.removed', { name });
}
