import { get, useFormContext } from 'react-hook-form';
import { Button, Heading, Paragraph } from '../../shared/ds';
import { Fieldset, TextField } from '../../shared/fields';
import { newId } from '../../../plan/new-plan';
import { fieldId } from '../../../wizard/sections';
import { FieldLabel } from '../../shared/FieldLabel';
import { TextInput } from '../fields/TextInput';
import { useListEditor } from '../fields/useListEditor';
import { useT } from '../t';
import { useCheckOnLeave } from '../fields/useCheckOnLeave';
import type { MessageKey } from '../../../i18n';

const SUGGESTIONS = ['folkehelse', 'ungdata', 'kostra', 'politi', 'krisesenter', 'barnevern'] as const;
const LIST_ID = 'datakilder-forslag';
const ADD_ID = 'legg-til-datakilde';

/** Section 4: the situation today and the data sources the plan builds on. */
export function Kunnskapsgrunnlag() {
  const t = useT();
  const { fields, add, removeAt, announcement } = useListEditor({ name: 'knowledgeBase.sources', firstField: 'name', addButtonId: ADD_ID });
  const addSource = () => add({ id: newId(), name: '' });
  const removeSource = (i: number) => removeAt(i, t('wizard.sections.removed', { item: t('wizard.kunnskap.source', { n: i + 1 }) }));

  return (
    <div className="stack kunnskapsgrunnlag">
      <TextInput path="knowledgeBase.situation" multiline label={t('wizard.kunnskap.situation')} description={t('wizard.kunnskap.situation.description')} />

      <Heading level={2} data-size="sm">{t('wizard.kunnskap.sources.heading')}</Heading>
      <Paragraph>{t('wizard.kunnskap.sources.lead')}</Paragraph>
      <datalist id={LIST_ID}>
        {SUGGESTIONS.map((s) => <option key={s} value={t(`wizard.kunnskap.suggest.${s}` as MessageKey)} />)}
      </datalist>
      {fields.map((field, i) => (
        <Fieldset key={field.id} className="ds-card" legend={t('wizard.kunnskap.source', { n: i + 1 })}>
          <SourceName path={`knowledgeBase.sources.${i}.name`} />
          <TextInput path={`knowledgeBase.sources.${i}.date`} label={t('wizard.kunnskap.source.date')}
            description={t('wizard.kunnskap.source.date.description')} />
          <Button type="button" variant="tertiary" onClick={() => removeSource(i)}>{t('wizard.kunnskap.source.remove', { n: i + 1 })}</Button>
        </Fieldset>
      ))}
      <div className="visually-hidden" role="status">{announcement}</div>
      <Button id={ADD_ID} type="button" variant="secondary" onClick={addSource}>{t('wizard.kunnskap.source.add')}</Button>
    </div>
  );
}

/** The source's name, with the common sources suggested from a native datalist (free text allowed). */
function SourceName({ path }: { path: string }) {
  const t = useT();
  const { register, formState } = useFormContext();
  const error = (get(formState.errors, path) as { message?: string } | undefined)?.message;
  const check = useCheckOnLeave(path);
  return (
    <TextField id={fieldId(path)} list={LIST_ID} autoComplete="off" label={<FieldLabel t={t} required text={t('wizard.kunnskap.source.name')} />}
      description={t('wizard.kunnskap.source.name.description')} error={error} {...register(path, check)} />
  );
}
