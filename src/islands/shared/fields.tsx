/**
 * Designsystemet's form fields as plain elements with its CSS classes (ds-fieldset,
 * ds-field, ds-label, ds-input, ds-validation-message), for the islands.
 *
 * Why not Textfield, Checkbox and Radio from @digdir/designsystemet-react: they render
 * <ds-field> and import @digdir/designsystemet-web (the whole package, 28 KB gzip of custom
 * elements, on every page with one field), which wires labels, descriptions and fieldsets
 * after the fact. Here that wiring is written out when rendering, the way the script does
 * it (so Fieldset is here too: without the script, nothing would label it by its description):
 * - the label's `for` is the input's id;
 * - the input's aria-describedby lists the validation messages first, then the description;
 * - a field inside a fieldset with a validation message is described by that message too,
 *   and is aria-invalid;
 * - a fieldset is labelled by its legend and its description, if it has one;
 * - a click anywhere on a checkbox or radio field (its description, for example) ticks it.
 */
import { createContext, useContext, useId, type ComponentPropsWithRef, type MouseEvent, type ReactNode } from 'react';
// Their spacing between questions and card legends (forms.css) comes with the tool pages' one stylesheet (tool-pages.css).

const classes = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(' ');
const idList = (...ids: (string | undefined | false)[]) => ids.filter(Boolean).join(' ') || undefined;

/** The id of the validation message of the nearest fieldset, when it has one. */
const FieldsetError = createContext<string | undefined>(undefined);

type FieldsetProps = Omit<ComponentPropsWithRef<'fieldset'>, 'children'> & {
  legend: ReactNode;
  description?: ReactNode;
  /** A validation message for the whole group (below its fields). */
  error?: ReactNode;
  children?: ReactNode;
};

/** A fieldset with its legend, an optional description and an optional validation message. */
export function Fieldset({ legend, description, error, className, children, ...rest }: FieldsetProps) {
  const id = useId();
  const legendId = `${id}l`;
  const descriptionId = description ? `${id}d` : undefined;
  const errorId = error ? `${id}e` : undefined;
  return (
    <fieldset className={classes('ds-fieldset', className)} aria-labelledby={idList(legendId, descriptionId)} {...rest}>
      <legend className="ds-label" id={legendId}>{legend}</legend>
      {description && <p className="ds-paragraph" id={descriptionId}>{description}</p>}
      <FieldsetError.Provider value={errorId}>{children}</FieldsetError.Provider>
      {error && <p className="ds-validation-message" data-field="validation" id={errorId}>{error}</p>}
    </fieldset>
  );
}

type TextFieldProps = Omit<ComponentPropsWithRef<'input'>, 'children'> & {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  /** A <textarea> instead of an <input>. */
  multiline?: boolean;
  rows?: number;
};

/** A labelled text input (or textarea) with an optional description and validation message. */
export function TextField({ id, label, description, error, multiline, className, type = 'text', 'aria-describedby': describedBy, ...rest }: TextFieldProps) {
  const auto = useId();
  const inputId = id ?? auto;
  const groupErrorId = useContext(FieldsetError);
  const descriptionId = description ? `${auto}d` : undefined;
  const errorId = error ? `${auto}e` : undefined;
  const wiring = {
    id: inputId,
    className: 'ds-input',
    'aria-invalid': error || groupErrorId ? true : undefined,
    'aria-describedby': idList(groupErrorId, errorId, descriptionId, describedBy),
  };
  return (
    <div className={classes('ds-field', className)}>
      <label className="ds-label" htmlFor={inputId}>{label}</label>
      {description && <div data-field="description" id={descriptionId}>{description}</div>}
      {multiline
        ? <textarea {...wiring} {...(rest as ComponentPropsWithRef<'textarea'>)} />
        : <input {...wiring} type={type} {...rest} />}
      {error && <p className="ds-validation-message" data-field="validation" id={errorId}>{error}</p>}
    </div>
  );
}

type ChoiceProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'children'> & {
  label: ReactNode;
  description?: ReactNode;
};

export const Checkbox = (props: ChoiceProps) => <Choice type="checkbox" {...props} />;
export const Radio = (props: ChoiceProps) => <Choice type="radio" {...props} />;

const INTERACTIVE = new Set(['A', 'BUTTON', 'DETAILS', 'DIALOG', 'INPUT', 'LABEL', 'SELECT', 'SUMMARY', 'TEXTAREA']);
const HOVER = ':click-delegate-hover'; // Designsystemet's CSS outlines the box while the field is hovered

function Choice({ type, id, label, description, className, 'aria-describedby': describedBy, ...rest }: ChoiceProps & { type: 'checkbox' | 'radio' }) {
  const auto = useId();
  const inputId = id ?? auto;
  const groupErrorId = useContext(FieldsetError);
  const descriptionId = description ? `${auto}d` : undefined;
  const input = (field: HTMLElement) => field.querySelector<HTMLInputElement>(':scope > input');

  /** A click on the field outside the label and the box (on its description) ticks the box. */
  function delegateClick(event: MouseEvent<HTMLDivElement>) {
    const box = input(event.currentTarget);
    if (!box || box.disabled) return;
    for (let el = event.target as Element | null; el && el !== event.currentTarget; el = el.parentElement) {
      if (INTERACTIVE.has(el.nodeName) || el.getAttribute('role') === 'button' || (el as HTMLElement).isContentEditable) return;
    }
    box.click();
  }

  return (
    <div
      className={classes('ds-field', className)}
      data-clickdelegatefor={inputId}
      onClick={delegateClick}
      onMouseEnter={(e) => input(e.currentTarget)?.classList.add(HOVER)}
      onMouseLeave={(e) => input(e.currentTarget)?.classList.remove(HOVER)}
    >
      <input
        id={inputId}
        className="ds-input"
        type={type}
        aria-invalid={groupErrorId ? true : undefined}
        aria-describedby={idList(groupErrorId, descriptionId, describedBy)}
        {...rest}
      />
      <label className="ds-label" data-weight="regular" htmlFor={inputId}>{label}</label>
      {description && <div data-field="description" id={descriptionId}>{description}</div>}
    </div>
  );
}
