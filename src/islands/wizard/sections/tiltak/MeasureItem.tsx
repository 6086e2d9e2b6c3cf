import { memo, useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useFormSelect } from '../../form-changes';
import { useT } from '../../t';
import { ItemActions } from './ItemActions';
import { MeasureFields, type MeasureContext } from './MeasureFields';
import { hiddenByFilter } from './goals';
import { measureSummary } from './summary';
import { OriginNotice } from './OriginNotice';

/** What a measure can ask of its list; one stable object, so the memoised items do not re-render. */
export interface MeasureActions {
  setOpen: (planId: string, open: boolean) => void;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  duplicate: (index: number) => void;
}

interface Props {
  index: number;
  last: boolean;
  planId: string;
  open: boolean;
  /** The measure has validation errors (it then opens, so the error summary's links land on a field). */
  hasError: boolean;
  filter: string;
  ctx: MeasureContext;
  actions: MeasureActions;
}

export const itemPrefix = (i: number) => `tiltak-${i}`;

/**
 * One measure as a collapsed <details>: the summary line is always there, the fields
 * only while it is open. With 200 measures the page then holds 200 summaries, not
 * 4 000 inputs, and typing re-renders only the item being edited.
 */
export const MeasureItem = memo(function MeasureItem({ index, last, planId, open, hasError, filter, ctx, actions }: Props) {
  const t = useT();
  const { control } = useFormContext();
  const goalId = useWatch({ control, name: `measures.${index}.goalId` }) as unknown;

  // A measure with errors opens, so the error summary's links land on a field that exists.
  useEffect(() => {
    if (hasError) actions.setOpen(planId, true);
  }, [hasError, planId, actions]);

  const name = t('wizard.measure.name', { n: index + 1 });
  return (
    <li className="tiltak__item" hidden={hiddenByFilter(filter, goalId)}>
      {/* A plain <details> with Designsystemet's class (its React Details pulls in designsystemet-web). */}
      <details className="ds-details" open={open} onToggle={(e) => { if (e.currentTarget.open !== open) actions.setOpen(planId, e.currentTarget.open); }}>
        <summary id={`${itemPrefix(index)}-tittel`}><SummaryText index={index} /></summary>
        <div>{open && <MeasureFields key={index} index={index} ctx={ctx} />}</div>
      </details>
      <OriginNotice index={index} name={name} />
      <ItemActions name={name} index={index} last={last} idPrefix={itemPrefix(index)} onMove={actions.move} onRemove={actions.remove}
        duplicateLabel={t('wizard.measure.duplicate', { name })} onDuplicate={actions.duplicate} />
    </li>
  );
});

/**
 * The summary line's text. Its own component: typing the description re-renders only this text,
 * not the item with its buttons (in a plan of 200 measures every keystroke counts).
 */
function SummaryText({ index }: { index: number }) {
  const t = useT();
  const p = `measures.${index}`;
  // Compared by value: adding or moving other measures then does not re-render it. Read without RHF's copy of the
  // whole form per keystroke (form-changes.ts).
  const [description, unit, deadline, firstWhen] = useFormSelect(
    [`${p}.description`, `${p}.responsible.unit`, `${p}.deadline`, `${p}.milestones`],
    (get) => [get(`${p}.description`), get(`${p}.responsible.unit`), get(`${p}.deadline`), get(`${p}.milestones.0.when`)],
  );
  return measureSummary(t, index, { description, unit, deadline, firstWhen });
}
