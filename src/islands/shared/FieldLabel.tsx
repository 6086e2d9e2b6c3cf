import { Tag } from './ds';
import type { T } from './i18n';

/**
 * A label text with a Designsystemet marker instead of an asterisk: «Må fylles ut», «Valgfritt»,
 * or (`counts`) «Trengs for å telle i KOSTRA» for a field the form accepts empty but the check needs.
 */
export function FieldLabel({ text, required, counts = false, t }: { text: string; required: boolean; counts?: boolean; t: T }) {
  const [key, color] = required ? (['form.required', 'warning'] as const) : counts ? (['form.counts', 'info'] as const) : (['form.optional', 'neutral'] as const);
  return (
    <>
      {text}{' '}
      <Tag data-size="sm" data-color={color}>{t(key)}</Tag>
    </>
  );
}
