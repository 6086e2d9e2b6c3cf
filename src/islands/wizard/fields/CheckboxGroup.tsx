import { useFormContext } from 'react-hook-form';
import { errorAt } from './error';
import { Checkbox, Fieldset } from '../../shared/fields';
import { fieldId } from '../../../wizard/sections';

interface Props {
  path: string;
  legend: string;
  description?: string;
  options: { value: string; label: string; description?: string }[];
}

/** A list field of the plan as checkboxes; the first checkbox carries the field id. */
export function CheckboxGroup({ path, legend, description, options }: Props) {
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, path);
  return (
    <Fieldset legend={legend} description={description} error={error}>
      {options.map((o, i) => (
        <Checkbox key={o.value} id={i === 0 ? fieldId(path) : undefined} label={o.label} description={o.description} value={o.value} {...register(path)} />
      ))}
    </Fieldset>
  );
}
