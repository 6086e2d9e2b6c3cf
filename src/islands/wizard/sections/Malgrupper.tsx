import { PRIMARY_TARGET_GROUPS, TARGET_GROUPS, VIOLENCE_FORMS } from '../../../plan/vocabulary';
import { CheckboxGroup } from '../fields/CheckboxGroup';
import { useT } from '../t';
import type { MessageKey } from '../../../i18n';

/** Section 5: the primary target groups, the groups the plan considers and the forms of violence. */
export function Malgrupper() {
  const t = useT();
  const options = (prefix: string, values: readonly string[]) => values.map((v) => ({
    value: v,
    label: t(`wizard.malgrupper.${prefix}.${v}` as MessageKey),
    description: t(`wizard.malgrupper.${prefix}.${v}.description` as MessageKey),
  }));
  return (
    <div className="stack malgrupper">
      <CheckboxGroup path="primaryTargetGroups" legend={t('wizard.malgrupper.primary')} description={t('wizard.malgrupper.primary.description')}
        options={options('p', PRIMARY_TARGET_GROUPS)} />
      <CheckboxGroup path="targetGroups" legend={t('wizard.malgrupper.targetGroups')} options={options('t', TARGET_GROUPS)} />
      <CheckboxGroup path="violenceForms" legend={t('wizard.malgrupper.violenceForms')} options={options('v', VIOLENCE_FORMS)} />
    </div>
  );
}
