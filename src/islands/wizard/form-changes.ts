/**
 * Changes in the builder's form, without a copy of the whole form per keystroke.
 *
 * As soon as anything subscribes to react-hook-form's values (watch(callback), useWatch, subscribe with values) for the
 * field being typed in, RHF copies every value of the form on each keystroke to hand it over: in a plan of 200 measures
 * that copy was the largest piece of script per keystroke (issue 15, typing). These read RHF's own change signal instead
 * (control._subjects.state, the subject its useWatch and useFormState listen to; react-hook-form 7) and read only the
 * values they need with getValues. tests/e2e/typing-flush.test.ts and wizard-measures.test.ts keep them honest: every
 * key saved, summaries and filters following the fields.
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { useFormContext, type Control } from 'react-hook-form';

/** RHF's signal: a keystroke gives { name, type }; setValue, the field-array methods and reset give values (maybe undefined). */
interface Signal { name?: string; type?: string; values?: unknown }
interface StateSubject { subscribe(observer: { next: (signal: Signal) => void }): { unsubscribe(): void } }

/**
 * Calls `listener` after every change of a value in the form: typing, setValue, adding, moving or removing rows, reset.
 * The name is the changed field or array, or undefined for the whole form. Returns the unsubscribe.
 */
export function onFormChange(control: Control<any>, listener: (name: string | undefined) => void): () => void { // eslint-disable-line @typescript-eslint/no-explicit-any
  const subject = (control as unknown as { _subjects: { state: StateSubject } })._subjects.state;
  const subscription = subject.subscribe({
    next: (signal) => {
      if ('values' in signal || (signal.name !== undefined && signal.type !== undefined)) listener(signal.name);
    },
  });
  return () => subscription.unsubscribe();
}

/** Whether a change to `changed` (a field or array path, or undefined = everything) can touch `path`. */
export function touches(changed: string | undefined, path: string): boolean {
  return changed === undefined || changed === path || path.startsWith(`${changed}.`) || changed.startsWith(`${path}.`);
}

/**
 * What `select` reads from the form (with getValues), read again when a field under one of `paths` changes; the
 * component re-renders only when the result differs (item by item for arrays). Like useWatch with compute, without
 * the copy of the form.
 */
export function useFormSelect<T>(paths: string[], select: (get: (path: string) => unknown) => T): T {
  const { control, getValues } = useFormContext();
  const key = paths.join('\n');
  // The same paths as long as the key is the same; the signal's check runs for every measure on every keystroke.
  const watched = useMemo(() => key.split('\n'), [key]);
  const last = useRef<{ key: string; value: T } | undefined>(undefined);
  const selectRef = useRef(select);
  selectRef.current = select;
  const subscribe = useCallback(
    (changed: () => void) => onFormChange(control, (name) => { if (watched.some((p) => touches(name, p))) changed(); }),
    [control, watched],
  );
  const snapshot = () => {
    const value = selectRef.current((path) => getValues(path));
    const prev = last.current;
    if (prev && prev.key === key && same(prev.value, value)) return prev.value;
    last.current = { key, value };
    return value;
  };
  return useSyncExternalStore(subscribe, snapshot);
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
