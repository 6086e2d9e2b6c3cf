import { useFormContext } from 'react-hook-form';
import { errorAt } from './error';
import { Fieldset, Radio } from '../../shared/fields';
import { fieldId } from '../../../wizard/sections';
import { FieldLabel } from '../../shared/FieldLabel';
import { useT } from '../t';

interface Props {
  path: string;
  legend: string;
  options: { value: string; label: string; description?: string }[];
  required?: boolean;
  /** Not required by the form, but needed for the plan to count in KOSTRA (labelled so). */
  counts?: boolean;
  description?: string;
}

/** One choice among a few, bound to one field of the plan. The first radio carries the field id. */
export function RadioGroup({ path, legend, options, required = false, counts = false, description }: Props) {
  const t = useT();
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, path);
  return (
    <Fieldset legend={<FieldLabel t={t} required={required} counts={counts} text={legend} />} description={description} error={error}>
      {options.map((o, i) => (
        <Radio key={o.value} id={i === 0 ? fieldId(path) : undefined} label={o.label} description={o.description} value={o.value} {...register(path)} />
      ))}
    </Fieldset>
  );
}
