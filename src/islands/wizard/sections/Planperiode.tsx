import { useFormContext, useWatch } from 'react-hook-form';
import { Button, Heading, Paragraph } from '../../shared/ds';
import { Fieldset } from '../../shared/fields';
import { newId } from '../../../plan/new-plan';
import { fieldId } from '../../../wizard/sections';
import { suggestDates, type SuggestedField } from '../../../wizard/suggest-dates';
import { parsePeriodDate } from '../../../plan/dates';
import { TextInput } from '../fields/TextInput';
import { useListEditor } from '../fields/useListEditor';
import { SelectInput } from '../fields/SelectInput';
import { useT } from '../t';
import { bodyOptions } from './Forankring';
import type { MessageKey } from '../../../i18n';

const FOLLOW_UP_FIELDS: SuggestedField[] = ['midTermEvaluation', 'finalEvaluation', 'revisionDate'];
const ADD_ID = 'legg-til-rullering';

/** Section 3: the plan period, evaluation and revision dates (with suggestions) and roll-overs. */
export function Planperiode() {
  const t = useT();
  const { fields, add, removeAt, announcement } = useListEditor({ name: 'period.rollovers', firstField: 'decidedOn', addButtonId: ADD_ID });
  const addRollover = () => add({ id: newId(), newEnd: '' });
  const removeRollover = (i: number) => removeAt(i, t('wizard.sections.removed', { item: t('wizard.periode.rollover', { n: i + 1 }) }));

  return (
    <div className="stack planperiode">
      <Fieldset legend={t('wizard.periode.heading')}>
        <TextInput path="period.start" label={t('wizard.periode.start')} description={t('wizard.periode.yearOrDate')} counts related={['period.end']} />
        <TextInput path="period.end" label={t('wizard.periode.end')} description={t('wizard.periode.yearOrDate')} counts related={['period.start']} />
      </Fieldset>

      <Fieldset legend={t('wizard.periode.followUp.heading')} description={t('wizard.periode.followUp.lead')}>
        {FOLLOW_UP_FIELDS.map((f) => (
          <div key={f} className="planperiode__date">
            <TextInput path={`followUp.${f}`} type="date" label={t(`wizard.periode.${f}` as MessageKey)} />
            <Suggestions field={f} />
          </div>
        ))}
      </Fieldset>

      <Heading level={2} data-size="sm">{t('wizard.periode.rollovers.heading')}</Heading>
      <Paragraph>{t('wizard.periode.rollovers.lead')}</Paragraph>
      {fields.map((field, i) => {
        const base = `period.rollovers.${i}`;
        return (
          <Fieldset key={field.id} className="ds-card" legend={t('wizard.periode.rollover', { n: i + 1 })}>
            <TextInput path={`${base}.decidedOn`} type="date" label={t('wizard.periode.rollover.decidedOn')} />
            <SelectInput path={`${base}.body`} label={t('wizard.periode.rollover.body')} placeholder={t('wizard.choose')} options={bodyOptions(t)} />
            <TextInput path={`${base}.newEnd`} label={t('wizard.periode.rollover.newEnd')} description={t('wizard.periode.yearOrDate')} required />
            <TextInput path={`${base}.caseNumber`} label={t('wizard.periode.rollover.caseNumber')} />
            <Button type="button" variant="tertiary" onClick={() => removeRollover(i)}>{t('wizard.periode.rollover.remove', { n: i + 1 })}</Button>
          </Fieldset>
        );
      })}
      <div className="visually-hidden" role="status">{announcement}</div>
      <Button id={ADD_ID} type="button" variant="secondary" onClick={addRollover}>{t('wizard.periode.rollover.add')}</Button>
    </div>
  );
}

/** The suggested dates for one field, each with a one-click «Bruk …» button. */
function Suggestions({ field }: { field: SuggestedField }) {
  const t = useT();
  const { setValue } = useFormContext();
  const [start, end, current] = useWatch({ name: ['period.start', 'period.end', `followUp.${field}`] }) as (string | undefined)[];
  // The fields show what was typed («1. mars 2027»); the suggestions work on the stored form.
  const suggestions = suggestDates(start && parsePeriodDate(start), end && parsePeriodDate(end)).filter((s) => s.field === field && s.date !== current);
  if (suggestions.length === 0) return null;

  function use(date: string) {
    setValue(`followUp.${field}`, date, { shouldDirty: true });
    // The button disappears once used; focus goes to the field that now holds the date.
    requestAnimationFrame(() => document.getElementById(fieldId(`followUp.${field}`))?.focus());
  }

  return (
    <ul className="planperiode__suggestions">
      {suggestions.map((s) => {
        const whyId = `forslag-${field}-${s.date}`;
        return (
          <li key={s.date}>
            <Paragraph data-size="sm" id={whyId}>
              {t('wizard.periode.suggestion', { date: s.date })}{' '}
              {t(`wizard.periode.why.${field}` as MessageKey, { year: s.electionYear ?? '' })}
            </Paragraph>
            <Button type="button" variant="secondary" data-size="sm" aria-describedby={whyId} onClick={() => use(s.date)}>
              {t('wizard.periode.use', { date: s.date })}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
