import { useFormContext } from 'react-hook-form';
import { errorAt } from './error';
import { TextField } from '../../shared/fields';
import { MUNICIPALITIES } from '../../../data/municipalities';
import { fieldId } from '../../../wizard/sections';
import { FieldLabel } from '../../shared/FieldLabel';
import { useT } from '../t';
import { useCheckOnLeave } from './useCheckOnLeave';

const LIST_ID = 'kommuneliste';

/**
 * A municipality name with search-as-you-type over Norway's municipalities (a native
 * datalist: works with keyboard and screen readers, and free text is allowed).
 */
export function MunicipalityInput({ path, label, description, onPicked }: { path: string; label: string; description?: string; onPicked: () => void }) {
  const t = useT();
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, path);
  const check = useCheckOnLeave(path);
  const reg = register(path, {
    onChange: () => { check.onChange(); onPicked(); },
    onBlur: () => { check.onBlur(); onPicked(); },
  });
  return <TextField id={fieldId(path)} list={LIST_ID} autoComplete="off" label={<FieldLabel t={t} required text={label} />} description={description} error={error} {...reg} />;
}

/** The list of municipalities the inputs suggest from; render it once per page. */
export function MunicipalityList() {
  return (
    <datalist id={LIST_ID}>
      {MUNICIPALITIES.map((m) => <option key={m.number} value={m.name}>{m.number}</option>)}
    </datalist>
  );
}
