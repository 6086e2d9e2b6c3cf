import { get, type FieldError, type FieldErrors } from 'react-hook-form';

/** The error message of the field at a dot path, if any. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return (get(errors, path) as FieldError | undefined)?.message;
}
