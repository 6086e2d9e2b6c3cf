import { Label, Select } from '../../../shared/ds';
import { useT } from '../../t';
import { GoalOptions, NO_GOAL, type GoalGroup } from './goals';

const ID = 'tiltak-filter';

/** «Vis tiltak for mål»: shows only the measures for one goal. Not a plan field; it only hides items. */
export function GoalFilter({ value, onChange, groups }: { value: string; onChange: (value: string) => void; groups: GoalGroup[] }) {
  const t = useT();
  return (
    <div className="ds-field tiltak__filter">
      <Label htmlFor={ID}>{t('wizard.measure.filter')}</Label>
      <Select id={ID} value={value} onChange={(e) => onChange(e.target.value)}>
        <Select.Option value="">{t('wizard.measure.filter.all')}</Select.Option>
        <GoalOptions groups={groups} />
        <Select.Option value={NO_GOAL}>{t('wizard.measure.filter.none')}</Select.Option>
      </Select>
    </div>
  );
}
