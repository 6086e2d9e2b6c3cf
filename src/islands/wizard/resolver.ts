/**
 * The wizard's resolver for react-hook-form. The check itself (the plan schema, the form's own
 * checks and their Norwegian messages, ./form-check.ts) loads only when the form is first
 * checked (on «Lagre og fortsett», then as the user corrects), not with the page: the form
 * mode is onSubmit, so nothing needs it before then.
 */
import type { FieldErrors, Resolver } from 'react-hook-form';

type Values = Record<string, unknown>;

let check: Promise<Resolver<Values>> | undefined;

/** Starts loading the check (idempotent); the page calls it once it is idle, so a first click finds it ready. */
export function preloadFormCheck(): Promise<Resolver<Values>> {
  check ??= import('./form-check').then((m) => m.checkForm);
  return check;
}

export const planResolver: Resolver<Values> = async (values, context, options) => (await preloadFormCheck())(values, context, options);

/** Every error path in an RHF error tree, as arrays. */
export function errorPaths(errors: FieldErrors, prefix: (string | number)[] = []): { path: (string | number)[]; message: string }[] {
  return Object.entries(errors).flatMap(([k, v]) => {
    if (!v || typeof v !== 'object') return [];
    const key = /^\d+$/.test(k) ? Number(k) : k;
    const path = [...prefix, key];
    if (typeof (v as { message?: unknown }).message === 'string' && 'type' in v) return [{ path, message: (v as { message: string }).message }];
    return errorPaths(v as FieldErrors, path);
  });
}
