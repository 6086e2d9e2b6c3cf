import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { href } from '../../shared/i18n';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useFormSelect } from '../form-changes';
import { Alert, Button, Paragraph } from '../../shared/ds';
import { newId } from '../../../plan/new-plan';
import { fieldId, sectionHref } from '../../../wizard/sections';
import { useT } from '../t';
import { focusAfterMove } from './tiltak/ItemActions';
import { ListStatusLine } from './tiltak/ListStatus';
import { MeasureItem, itemPrefix, type MeasureActions } from './tiltak/MeasureItem';
import { MeasureTable } from './tiltak/MeasureTable';
import { GoalFilter } from './tiltak/GoalFilter';
import { useGoalGroups, hiddenByFilter, NO_GOAL } from './tiltak/goals';
import { measureLabel } from './tiltak/summary';
import { useUndo } from './tiltak/useUndo';
import { focusSoon } from './tiltak/focus';
import { PasteMeasures } from '../../import/PasteMeasures';

const UNDO_ID = 'angre-tiltak';
const ADD_ID = 'legg-til-tiltak';
const HASH_RE = /^#felt-measures-(\d+)-/;

type Values = Record<string, unknown>;

/** Section 7: the measures. Memoised: the page re-renders as the draft saves, this list need not. */
export function Tiltak() {
  return <Measures />;
}

const Measures = memo(function Measures() {
  const t = useT();
  const { control, getValues } = useFormContext();
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: 'measures', keyName: 'key' });
  const goals = useGoalGroups();
  const planType = useWatch({ control, name: 'planType' });
  const municipalityValues = useWatch({ control, name: 'municipalities' }) as { id?: string; name?: string }[] | undefined;
  // Read without RHF's copy of the form per keystroke (form-changes.ts): typing in any measure signals 'measures'.
  const goalIds = useFormSelect(['measures'], (get) => ((get('measures') as { goalId?: string }[] | undefined) ?? []).map((m) => m?.goalId ?? ''));
  const measureErrors = (useFormState({ control, name: 'measures' }).errors as { measures?: unknown[] }).measures;
  const [openIds, setOpenIds] = useState<Set<string>>(() => new Set([idAtHash(getValues)].filter((id): id is string => !!id)));
  const [filter, setFilter] = useState('');
  const [table, setTable] = useState(false);
  const undo = useUndo(UNDO_ID);

  const ctx = useMemo(() => ({
    goals,
    interkommunal: planType === 'interkommunal',
    municipalities: (municipalityValues ?? []).filter((m) => m?.id && m.name?.trim()).map((m) => ({ value: m.id!, label: m.name! })),
  }), [goals, planType, municipalityValues]);

  // The list's operations read the newest field array through a ref, so `actions` stays one object.
  const latest = useRef({ insert, remove, move, filter });
  latest.current = { insert, remove, move, filter };

  const actions = useMemo<MeasureActions>(() => {
    const setOpen = (planId: string, open: boolean) =>
      setOpenIds((prev) => {
        if (prev.has(planId) === open) return prev;
        const next = new Set(prev);
        if (open) next.add(planId); else next.delete(planId);
        return next;
      });
    const label = (i: number) => measureLabel(t, i, getValues(`measures.${i}.description`));
    return {
      setOpen,
      move(from, to) {
        const target = visibleNeighbour(getValues, latest.current.filter, from, to);
        const name = label(from);
        latest.current.move(from, target);
        undo.announce(t(target < from ? 'wizard.list.movedUp' : 'wizard.list.movedDown', { name, n: target + 1 }));
        focusSoon(...focusAfterMove(itemPrefix, from, target));
      },
      remove(i) {
        const name = label(i);
        const value = structuredClone(getValues(`measures.${i}`)) as Values;
        latest.current.remove(i);
        undo.offerUndo(t('wizard.list.removed', { name }), () => {
          latest.current.insert(i, value, { shouldFocus: false });
          undo.announce(t('wizard.list.restored', { name }));
          focusSoon(`${itemPrefix(i)}-tittel`);
        });
      },
      duplicate(i) {
        const source = structuredClone(getValues(`measures.${i}`)) as Values & { milestones?: Values[] };
        const copy = { ...source, id: newId(), milestones: (source.milestones ?? []).map((m) => ({ ...m, id: newId() })) };
        latest.current.insert(i + 1, copy, { shouldFocus: false });
        setOpen(copy.id, true);
        undo.announce(t('wizard.measure.duplicated', { n: i + 2 }));
        focusSoon(fieldId(`measures.${i + 1}.description`));
      },
    };
  }, [getValues, t, undo.announce, undo.offerUndo]);

  // A link to a measure's field (from the check or the status panel) opens that measure.
  useEffect(() => {
    function onHash() {
      const id = idAtHash(getValues);
      if (!id) return;
      setTable(false);
      actions.setOpen(id, true);
      focusSoon(decodeURIComponent(location.hash.slice(1)));
    }
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [actions, getValues]);

  function add() {
    const id = newId();
    const goalId = filter && filter !== NO_GOAL ? filter : undefined;
    append({ id, description: '', goalId, responsible: {}, milestones: [], resources: {}, status: 'planlagt', municipalityIds: [] }, { shouldFocus: false });
    actions.setOpen(id, true);
    focusSoon(fieldId(`measures.${fields.length}.description`));
  }

  const shown = goalIds.filter((g) => !hiddenByFilter(filter, g)).length;
  return (
    <div className="stack tiltak">
      {goals.length === 0 && (
        <Alert data-color="info">
          <Paragraph>{t('wizard.measure.noGoals')}</Paragraph>
          <Paragraph><a className="ds-link" href={href(sectionHref('innsatsomrader'))}>{t('wizard.measure.noGoals.link')}</a></Paragraph>
        </Alert>
      )}
      <Paragraph>{t('wizard.measure.intro')}</Paragraph>
      <div className="button-row tiltak__tools">
        {goals.length > 0 && <GoalFilter value={filter} onChange={setFilter} groups={goals} />}
        <Button id="tiltak-visning" type="button" variant="secondary" onClick={() => setTable((v) => !v)}>
          {t(table ? 'wizard.measure.view.form' : 'wizard.measure.view.table')}
        </Button>
      </div>
      <Paragraph role="status" data-size="sm">{filter ? t('wizard.measure.filter.count', { shown, total: fields.length }) : ''}</Paragraph>
      {fields.length === 0 && <Paragraph data-size="sm">{t('wizard.measure.empty')}</Paragraph>}
      {table ? (
        <MeasureTable filter={filter} />
      ) : (
        <ol className="tiltak__list">
          {fields.map((field, i) => {
            const planId = String((field as { id?: unknown }).id ?? field.key);
            return (
              <MeasureItem key={field.key} index={i} last={i === fields.length - 1} planId={planId} open={openIds.has(planId)}
                hasError={!!measureErrors?.[i]} filter={filter} ctx={ctx} actions={actions} />
            );
          })}
        </ol>
      )}
      <ListStatusLine id={UNDO_ID} api={undo} />
      {!table && <Button id={ADD_ID} type="button" variant="secondary" onClick={add}>{t('wizard.measure.add')}</Button>}
      <PasteMeasures onAdd={(measures) => append(measures, { shouldFocus: false })} />
    </div>
  );
});

/** The plan id of the measure a «#felt-measures-N-…» address points at. */
function idAtHash(getValues: (path: string) => unknown): string | undefined {
  const match = HASH_RE.exec(decodeURIComponent(location.hash));
  const id = match ? getValues(`measures.${match[1]}.id`) : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** With a filter on, «move up» passes the hidden measures and lands next to the previous visible one. */
function visibleNeighbour(getValues: (path: string) => unknown, filter: string, from: number, to: number): number {
  if (!filter) return to;
  const goalIds = ((getValues('measures') ?? []) as { goalId?: string }[]).map((m) => m?.goalId);
  const step = to < from ? -1 : 1;
  for (let i = from + step; i >= 0 && i < goalIds.length; i += step) {
    if (!hiddenByFilter(filter, goalIds[i])) return i;
  }
  return to;
}
