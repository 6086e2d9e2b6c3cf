/**
 * Designsystemet's components as the plain elements they render, with the same classes and data
 * attributes as @digdir/designsystemet-react (1.x) gives them, so the styles from
 * @digdir/designsystemet-css apply unchanged. The React package's versions wrap each element in
 * Radix's Slot (for `asChild`) and the button in a spinner: about 3 KB gzip on every tool page's
 * first load for features the site does not use (issue 15). Same idea as fields.tsx.
 *
 * As there, attributes given directly (data-size, data-variant, type) win over the defaults.
 * Only the props the site uses are here. Need `asChild`, a loading button or another component?
 * Import it from @digdir/designsystemet-react instead.
 */
import type { ComponentProps } from 'react';

type Variant = 'primary' | 'secondary' | 'tertiary';

/** `<Button>`: a `<button type="button">` with class ds-button; `variant` becomes data-variant. */
export function Button({ className, variant, ...rest }: ComponentProps<'button'> & { variant?: Variant }) {
  return <button type="button" className={cls('ds-button', className)} data-variant={variant} {...rest} />;
}

/** `<Heading level={n}>`: h1–h6 with class ds-heading (level 2 unless given, as in Designsystemet). */
export function Heading({ level = 2, className, ...rest }: ComponentProps<'h2'> & { level?: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const H = `h${level}` as const;
  return <H className={cls('ds-heading', className)} {...rest} />;
}

/** `<Paragraph>`: a `<p>` with class ds-paragraph; `variant` (long, short) becomes data-variant. */
export function Paragraph({ className, variant, ...rest }: ComponentProps<'p'> & { variant?: 'default' | 'long' | 'short' }) {
  return <p className={cls('ds-paragraph', className)} data-variant={variant} {...rest} />;
}

/** `<Label>`: a `<label>` with class ds-label; `weight` becomes data-weight. */
export function Label({ className, weight, ...rest }: ComponentProps<'label'> & { weight?: 'regular' | 'medium' | 'semibold' }) {
  return <label className={cls('ds-label', className)} data-weight={weight} {...rest} />;
}

/** `<Tag>`: a `<span>` with class ds-tag. */
export function Tag({ className, variant, ...rest }: ComponentProps<'span'> & { variant?: 'default' | 'outline' }) {
  return <span className={cls('ds-tag', className)} data-variant={variant} {...rest} />;
}

/** `<ValidationMessage>`: a `<p>` with class ds-validation-message, marked as the field's validation text. */
export function ValidationMessage({ className, ...rest }: ComponentProps<'p'>) {
  return <p className={cls('ds-validation-message', className)} data-field="validation" {...rest} />;
}

/** `<Alert>`: a `<div>` with class ds-alert, info-coloured unless data-color says otherwise. */
export function Alert({ className, ...rest }: ComponentProps<'div'>) {
  return <div className={cls('ds-alert', className)} data-color="info" {...rest} />;
}

/** `<Select>`: a native `<select>` with class ds-input; `<Select.Option>` and `<Select.Optgroup>` are the plain elements. */
export const Select = Object.assign(
  function Select({ className, ...rest }: ComponentProps<'select'>) {
    return <select className={cls('ds-input', className)} {...rest} />;
  },
  { Option: (props: ComponentProps<'option'>) => <option {...props} />, Optgroup: (props: ComponentProps<'optgroup'>) => <optgroup {...props} /> },
);

/** `<Table zebra border>`: a `<table>` with class ds-table; its parts are the plain table elements. */
export const Table = Object.assign(
  function Table({ className, zebra, border, ...rest }: Omit<ComponentProps<'table'>, 'border'> & { zebra?: boolean; border?: boolean }) {
    return <table className={cls('ds-table', className)} data-border={border || undefined} data-zebra={zebra || undefined} {...rest} />;
  },
  {
    Head: (props: ComponentProps<'thead'>) => <thead {...props} />,
    Body: (props: ComponentProps<'tbody'>) => <tbody {...props} />,
    Row: (props: ComponentProps<'tr'>) => <tr {...props} />,
    HeaderCell: (props: ComponentProps<'th'>) => <th {...props} />,
    Cell: (props: ComponentProps<'td'>) => <td {...props} />,
  },
);

const cls = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);
