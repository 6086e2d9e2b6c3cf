import { useFormContext } from 'react-hook-form';
import { errorAt } from './error';
import { Label, Select, ValidationMessage } from '../../shared/ds';
import { fieldId } from '../../../wizard/sections';
import { FieldLabel } from '../../shared/FieldLabel';
import { useT } from '../t';

interface Props {
  path: string;
  label: string;
  options: { value: string; label: string }[];
  /** Text of the empty first option. */
  placeholder: string;
  required?: boolean;
  /** Not required by the form, but needed for the plan to count in KOSTRA (labelled so). */
  counts?: boolean;
  /** The options are numbers (a month, say): the plan stores the number, and an empty choice as «not given». */
  numeric?: boolean;
  description?: string;
}

export function SelectInput({ path, label, options, placeholder, required = false, counts = false, numeric = false, description }: Props) {
  const t = useT();
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, path);
  const id = fieldId(path);
  return (
    <div className="ds-field">
      <Label htmlFor={id}><FieldLabel t={t} required={required} counts={counts} text={label} /></Label>
      {description && <p className="ds-paragraph field-description" id={`${id}-description`} data-size="sm">{description}</p>}
      <Select id={id} aria-invalid={!!error || undefined} aria-describedby={description ? `${id}-description` : undefined}
        {...register(path, numeric ? { setValueAs: (v: unknown) => (v === '' || v === undefined || v === null ? undefined : Number(v)) } : undefined)}>
        <Select.Option value="">{placeholder}</Select.Option>
        {options.map((o) => <Select.Option key={o.value} value={o.value}>{o.label}</Select.Option>)}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </div>
  );
}
