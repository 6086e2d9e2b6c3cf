/**
 * Pasted rows in the measures section: the same preview as a file import (a field per column,
 * a tick per row), then the ticked rows are added to this plan's measures. Loaded only when
 * the user pastes (React.lazy from PasteMeasures), with the import code it needs.
 */
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { Button, Paragraph } from '../shared/ds';
import { makeT } from '../shared/i18n';
import { newId } from '../../plan/new-plan';
import { readPaste } from '../../import/paste';
import { ImportError } from '../../import/errors';
import { measuresFromTables } from '../../import/to-plan';
import type { ImportResult } from '../../import';
import type { MessageKey } from '../../i18n';
import { TablesPreview, includedCount, type Update } from './ImportPreview';
import { planLabels } from './labels';

interface Props {
  html?: string;
  text?: string;
  /** Adds the measures to the plan's list (the list's own append, so the list stays in step). */
  onAdd: (measures: Record<string, unknown>[]) => void;
  onClose: (message?: string) => void;
}

function read(html?: string, text?: string): ImportResult | { error: string } {
  try {
    const tables = readPaste(html, text);
    return { source: { name: '', kind: 'paste' }, tables, otherTables: 0, facts: { followUp: [], focusAreas: [] }, text: text ?? '' };
  } catch (error) {
    return { error: error instanceof ImportError ? error.code : 'empty-paste' };
  }
}

export default function PastePreview({ html, text, onAdd, onClose }: Props) {
  const [t] = useState(makeT);
  const { getValues, setValue } = useFormContext();
  const [state, setState] = useState(() => read(html, text));
  if ('error' in state) {
    return (
      <div className="ds-alert" data-color="warning" role="alert" id="lim-inn-feil">
        <Paragraph>{t(`import.error.${state.error}` as MessageKey)}</Paragraph>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onClose()}>{t('import.paste.cancel')}</Button>
      </div>
    );
  }
  const update: Update = (change) => setState((s) => {
    if ('error' in s) return s;
    const copy = structuredClone(s);
    change(copy);
    return copy;
  });
  function add(result: ImportResult) {
    const { measures, focusAreas } = measuresFromTables(result.tables, planLabels(t), newId, getValues('focusAreas') ?? []);
    setValue('focusAreas', focusAreas, { shouldDirty: true });
    onAdd(measures.map((m) => ({ milestones: [], status: 'planlagt', municipalityIds: [], ...m })));
    onClose(t('import.paste.added', { n: measures.length }));
  }
  const count = includedCount(state);
  return (
    <div className="stack import-preview" id="lim-inn-forhandsvisning">
      <TablesPreview t={t} result={state} update={update} idPrefix="lim-inn" />
      <Paragraph role="status">{t('import.count', count)}</Paragraph>
      <div className="button-row">
        <Button type="button" id="lim-inn-legg-til" onClick={() => add(state)} disabled={count.n === 0}>{t('import.paste.add')}</Button>
        <Button type="button" variant="secondary" onClick={() => onClose()}>{t('import.paste.cancel')}</Button>
      </div>
    </div>
  );
}
