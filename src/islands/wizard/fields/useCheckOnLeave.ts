import { useRef } from 'react';
import { useFormContext } from 'react-hook-form';

/**
 * Checks a field when the user leaves it after typing in it (or while it shows an error),
 * so a problem is shown where it was typed, not only on «Lagre og fortsett». A field left
 * without typing (a new, empty row passed with Tab) is not reported. `related` are fields
 * checked together with it: the end of the period with its start.
 */
export function useCheckOnLeave(path: string, related: string[] = []) {
  const { trigger, getFieldState } = useFormContext();
  const typed = useRef(false);
  return {
    onChange: () => { typed.current = true; },
    onBlur: () => {
      if (typed.current || getFieldState(path).error) void trigger([path, ...related]);
    },
  };
}
