import { useFormContext } from 'react-hook-form';
import { errorAt } from './error';
import { TextField } from '../../shared/fields';
import { fieldId } from '../../../wizard/sections';
import { FieldLabel } from '../../shared/FieldLabel';
import { useT } from '../t';
import { useCheckOnLeave } from './useCheckOnLeave';

interface Props {
  /** Dot path in the plan, for example «measures.2.description». */
  path: string;
  label: string;
  required?: boolean;
  /** Not required by the form, but needed for the plan to count in KOSTRA (labelled so). */
  counts?: boolean;
  /** Fields checked together with this one when the user leaves it (the period's start with its end). */
  related?: string[];
  description?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'number' | 'url';
  inputMode?: 'numeric' | 'text';
}

/** A text field bound to one field of the plan, with its error beside it. */
export function TextInput({ path, label, required = false, counts = false, related, description, multiline, type = 'text', inputMode }: Props) {
  const t = useT();
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, path);
  const check = useCheckOnLeave(path, related);
  const reg = register(path, type === 'number' ? { valueAsNumber: true, ...check } : check);
  const common = {
    id: fieldId(path),
    label: <FieldLabel t={t} required={required} counts={counts} text={label} />,
    description,
    error,
    ...reg,
  };
  return multiline ? <TextField multiline rows={4} {...common} /> : <TextField type={type} inputMode={inputMode} {...common} />;
}
