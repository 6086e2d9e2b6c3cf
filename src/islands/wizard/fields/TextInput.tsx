import { useFormContext } from 'react-hook-form';
import { errorAt } from './error';
import { TextField } from '../../shared/fields';
import { fieldId } from '../../../wizard/sections';
import { FieldLabel } from '../../shared/FieldLabel';
import { useT } from '../t';

interface Props {
  /** Dot path in the plan, for example «measures.2.description». */
  path: string;
  label: string;
  required?: boolean;
  description?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'number' | 'url';
  inputMode?: 'numeric' | 'text';
}

/** A text field bound to one field of the plan, with its error beside it. */
export function TextInput({ path, label, required = false, description, multiline, type = 'text', inputMode }: Props) {
  const t = useT();
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, path);
  const reg = register(path, type === 'number' ? { valueAsNumber: true } : undefined);
  const common = {
    id: fieldId(path),
    label: <FieldLabel t={t} required={required} text={label} />,
    description,
    error,
    ...reg,
  };
  return multiline ? <TextField multiline rows={4} {...common} /> : <TextField type={type} inputMode={inputMode} {...common} />;
}
