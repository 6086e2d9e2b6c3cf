import { useFormContext } from 'react-hook-form';
import { Checkbox } from '../../shared/fields';
import { fieldId } from '../../../wizard/sections';

/** A yes/no field of the plan as one checkbox. */
export function CheckboxField({ path, label, description }: { path: string; label: string; description?: string }) {
  const { register } = useFormContext();
  return <Checkbox id={fieldId(path)} label={label} description={description} {...register(path)} />;
}
