import { Tag } from '@digdir/designsystemet-react';
import type { T } from './i18n';

/** A label text with the Designsystemet «Må fylles ut» / «Valgfritt» marker instead of an asterisk. */
export function FieldLabel({ text, required, t }: { text: string; required: boolean; t: T }) {
  return (
    <>
      {text}{' '}
      <Tag data-size="sm" data-color={required ? 'warning' : 'neutral'}>
        {t(required ? 'form.required' : 'form.optional')}
      </Tag>
    </>
  );
}
