import { useEffect, useRef } from 'react';
import { Heading } from './ds';

export interface SummaryError {
  /** id of the field the error belongs to */
  fieldId: string;
  message: string;
}

/**
 * The error summary: takes focus when it appears so screen readers announce it;
 * each link moves focus to its field and scrolls the field's label into view.
 */
export function ErrorSummary({ heading, errors }: { heading: string; errors: SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="ds-error-summary" ref={ref} tabIndex={-1} role="region" aria-labelledby="feiloppsummering">
      <Heading level={2} data-size="xs" id="feiloppsummering">{heading}</Heading>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a className="ds-link" href={`#${e.fieldId}`} onClick={(ev) => focusField(ev, e.fieldId)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: React.MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field.closest('fieldset')?.querySelector('legend');
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}
