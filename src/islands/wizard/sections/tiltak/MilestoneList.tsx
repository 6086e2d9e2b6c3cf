import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '../../../shared/ds';
import { Fieldset } from '../../../shared/fields';
import { newId } from '../../../../plan/new-plan';
import { fieldId } from '../../../../wizard/sections';
import { TextInput } from '../../fields/TextInput';
import { useT } from '../../t';
import { focusSoon } from './focus';

/** The milestones of one measure: text and when (date or quarter), added and removed in place. */
export function MilestoneList({ index }: { index: number }) {
  const t = useT();
  const { control } = useFormContext();
  const name = `measures.${index}.milestones`;
  const { fields, append, remove } = useFieldArray({ control, name, keyName: 'key' });
  const addId = `tiltak-${index}-legg-til-milepael`;

  function add() {
    append({ id: newId(), text: '', when: '' }, { shouldFocus: false });
    focusSoon(fieldId(`${name}.${fields.length}.text`));
  }

  function removeAt(m: number) {
    remove(m);
    focusSoon(addId);
  }

  return (
    <Fieldset legend={t('wizard.measure.milestones', { n: index + 1 })} description={t('wizard.measure.milestones.description')}>
      {fields.map((field, m) => (
        <Fieldset key={field.key} className="tiltak__milestone" legend={t('wizard.measure.milestone', { n: m + 1 })}>
          <TextInput path={`${name}.${m}.text`} label={t('wizard.measure.milestone.text')} required />
          <TextInput path={`${name}.${m}.when`} label={t('wizard.measure.milestone.when')} description={t('wizard.measure.milestone.when.description')} required />
          <div>
            <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => removeAt(m)}>
              {t('wizard.measure.milestone.remove', { m: m + 1, n: index + 1 })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button id={addId} type="button" variant="secondary" data-size="sm" onClick={add}>{t('wizard.measure.milestone.add', { n: index + 1 })}</Button>
      </div>
    </Fieldset>
  );
}
