import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '../../shared/ds';
import { Fieldset } from '../../shared/fields';
import { COOPERATION_FORMS } from '../../../plan/vocabulary';
import { newId } from '../../../plan/new-plan';
import { findMunicipality } from '../../../data/municipalities';
import { fieldId } from '../../../wizard/sections';
import { TextInput } from '../fields/TextInput';
import { RadioGroup } from '../fields/RadioGroup';
import { SelectInput } from '../fields/SelectInput';
import { useT } from '../t';
import { MunicipalityInput, MunicipalityList } from '../fields/MunicipalityInput';
import type { MessageKey } from '../../../i18n';

/** Section 1: title, målform, own or intermunicipal plan, the municipalities, cooperation form and host. */
export function OmPlanen() {
  const t = useT();
  const { control, setValue, getValues } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'municipalities' });
  const planType = useWatch({ name: 'planType' });
  const municipalities = (useWatch({ name: 'municipalities' }) ?? []) as { id: string; name?: string }[];
  const interkommunal = planType === 'interkommunal';

  function addMunicipality() {
    append({ id: newId(), name: '', adoption: { status: 'ikke-startet' } }, { shouldFocus: false });
    requestAnimationFrame(() => document.getElementById(fieldId(`municipalities.${fields.length}.name`))?.focus());
  }

  function removeMunicipality(i: number) {
    remove(i);
    // Focus goes to the list's add button so keyboard users are not left on a removed field.
    requestAnimationFrame(() => document.getElementById('legg-til-kommune')?.focus());
  }

  /** Fills in the kommunenummer when the name matches a known municipality. */
  function completeNumber(i: number) {
    const known = findMunicipality(String(getValues(`municipalities.${i}.name`) ?? ''));
    if (known) setValue(`municipalities.${i}.number`, known.number, { shouldDirty: true });
  }

  return (
    <div className="stack">
      <TextInput path="title" label={t('wizard.om.title')} description={t('wizard.om.title.description')} required />
      <RadioGroup path="malform" legend={t('wizard.om.malform')} description={t('wizard.om.malform.description')} required
        options={[{ value: 'nb', label: t('wizard.om.malform.nb') }, { value: 'nn', label: t('wizard.om.malform.nn') }]} />
      <RadioGroup path="planType" legend={t('wizard.om.planType')} required
        options={[{ value: 'egen', label: t('wizard.om.planType.egen') }, { value: 'interkommunal', label: t('wizard.om.planType.interkommunal') }]} />

      <MunicipalityList />
      {fields.map((field, i) => (
        <Fieldset key={field.id} className="ds-card" legend={t('wizard.om.municipality', { n: i + 1 })}>
          <MunicipalityInput path={`municipalities.${i}.name`} label={t('wizard.om.name')} description={t('wizard.om.name.description')} onPicked={() => completeNumber(i)} />
          <TextInput path={`municipalities.${i}.number`} label={t('wizard.om.number')} inputMode="numeric" description={t('wizard.om.number.description')} />
          {(interkommunal || fields.length > 1) && (
            <Button type="button" variant="tertiary" onClick={() => removeMunicipality(i)}>
              {t('wizard.om.remove', { name: municipalities[i]?.name || t('wizard.om.municipality', { n: i + 1 }) })}
            </Button>
          )}
        </Fieldset>
      ))}
      {(interkommunal || fields.length === 0) && (
        <Button id="legg-til-kommune" type="button" variant="secondary" onClick={addMunicipality}>{t('wizard.om.add')}</Button>
      )}

      {interkommunal && (
        <>
          <SelectInput path="cooperation.form" label={t('wizard.om.cooperation')} placeholder={t('wizard.choose')}
            options={COOPERATION_FORMS.map((f) => ({ value: f, label: t(`cooperation.${f}` as MessageKey) }))} />
          <TextInput path="cooperation.other" label={t('wizard.om.cooperation.other')} />
          <SelectInput path="cooperation.hostId" label={t('wizard.om.host')} placeholder={t('wizard.choose')}
            options={municipalities.filter((m) => m.name).map((m) => ({ value: m.id, label: m.name! }))} />
        </>
      )}

      <Fieldset legend={t('wizard.om.process')} description={t('wizard.om.process.description')}>
        <TextInput path="process.mandate" multiline label={t('wizard.om.mandate')} description={t('wizard.om.mandate.description')} />
        <TextInput path="process.participants" multiline label={t('wizard.om.participants')} description={t('wizard.om.participants.description')} />
        <TextInput path="process.consultation" multiline label={t('wizard.om.consultation')} description={t('wizard.om.consultation.description')} />
      </Fieldset>
    </div>
  );
}
