import { memo } from 'react';
import { get, useFormContext, useWatch } from 'react-hook-form';
import { Label, Select, ValidationMessage } from '../../../shared/ds';
import { Fieldset } from '../../../shared/fields';
import { MEASURE_STATUSES, PREVENTION_LEVELS, RESOURCE_KINDS } from '../../../../plan/vocabulary';
import { fieldId } from '../../../../wizard/sections';
import type { MessageKey } from '../../../../i18n';
import { TextInput } from '../../fields/TextInput';
import { RadioGroup } from '../../fields/RadioGroup';
import { CheckboxGroup } from '../../fields/CheckboxGroup';
import { FieldLabel } from '../../../shared/FieldLabel';
import { useT } from '../../t';
import { GoalOptions, type GoalGroup } from './goals';
import { MilestoneList } from './MilestoneList';

export interface MeasureContext {
  goals: GoalGroup[];
  interkommunal: boolean;
  municipalities: { value: string; label: string }[];
}

/**
 * Every field of one measure (rendered only while its <details> is open). Memoised: its measure's
 * summary line re-renders as the user types the description, the fields need not (re-rendering
 * them sets every input's attributes again, and the browser then restyles them at every keystroke).
 */
export const MeasureFields = memo(function MeasureFields({ index, ctx }: { index: number; ctx: MeasureContext }) {
  const t = useT();
  const p = (field: string) => `measures.${index}.${field}`;
  const resourceKind = useWatch({ name: p('resources.kind') });
  return (
    <div className="stack tiltak__fields">
      <TextInput path={p('description')} label={t('wizard.measure.description')} description={t('wizard.measure.description.description')} required multiline />
      <GoalSelect path={p('goalId')} groups={ctx.goals} />
      <Fieldset legend={t('wizard.measure.responsible')}>
        <TextInput path={p('responsible.unit')} label={t('wizard.measure.unit')} description={t('wizard.measure.unit.description')} />
        <TextInput path={p('responsible.role')} label={t('wizard.measure.role')} description={t('wizard.measure.role.description')} />
        <TextInput path={p('partners')} label={t('wizard.measure.partners')} description={t('wizard.measure.partners.description')} />
      </Fieldset>
      <TextInput path={p('deadline')} type="date" label={t('wizard.measure.deadline')} description={t('wizard.measure.deadline.description')} counts />
      <MilestoneList index={index} />
      <RadioGroup path={p('resources.kind')} legend={t('wizard.measure.resources')}
        options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`wizard.measure.resources.${k}` as MessageKey) }))} />
      {resourceKind === 'krever-midler' && (
        <TextInput path={p('resources.amount')} type="number" inputMode="numeric" label={t('wizard.measure.amount')} description={t('wizard.measure.amount.description')} />
      )}
      <TextInput path={p('indicator')} label={t('wizard.measure.indicator')} description={t('wizard.measure.indicator.description')} />
      <RadioGroup path={p('preventionLevel')} legend={t('wizard.measure.prevention')}
        options={PREVENTION_LEVELS.map((l) => ({
          value: l,
          label: t(`wizard.measure.prevention.${l}` as MessageKey),
          description: t(`wizard.measure.prevention.${l}.description` as MessageKey),
        }))} />
      <RadioGroup path={p('status')} legend={t('wizard.measure.status')}
        options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`wizard.measure.status.${s}` as MessageKey) }))} />
      {ctx.interkommunal && ctx.municipalities.length > 0 && (
        <CheckboxGroup path={p('municipalityIds')} legend={t('wizard.measure.municipalities')}
          description={t('wizard.measure.municipalities.description')} options={ctx.municipalities} />
      )}
    </div>
  );
});

/** The goal of a measure: every goal of the plan, grouped by focus area. */
function GoalSelect({ path, groups }: { path: string; groups: GoalGroup[] }) {
  const t = useT();
  const { register, formState } = useFormContext();
  const error = (get(formState.errors, path) as { message?: string } | undefined)?.message;
  const id = fieldId(path);
  return (
    <div className="ds-field">
      <Label htmlFor={id}><FieldLabel t={t} required={false} text={t('wizard.measure.goal')} /></Label>
      <Select id={id} aria-invalid={!!error || undefined} {...register(path)}>
        <Select.Option value="">{t('wizard.measure.goal.choose')}</Select.Option>
        <GoalOptions groups={groups} />
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </div>
  );
}
