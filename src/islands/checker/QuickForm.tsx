import { useState, type FormEvent } from 'react';
import { useForm, useFieldArray, type FieldErrors, type Resolver } from 'react-hook-form';
import { Button, Label, Select, ValidationMessage } from '../shared/ds';
import { Fieldset, Radio, TextField } from '../shared/fields';
import type { QuickAnswers, QuickAnswersInput } from '../../plan/quick';
import { ADOPTING_BODIES } from '../../plan/vocabulary';
import { ErrorSummary, type SummaryError } from '../shared/ErrorSummary';
import { FieldLabel } from '../shared/FieldLabel';
import type { T } from '../shared/i18n';
import type { MessageKey } from '../../i18n';
import { BODY_KEYS } from './labels';

const EMPTY_MUNICIPALITY = { name: '', adopted: '' as never, body: '' as never, date: '' };

/** Which message and which element id belong to an error at a form path (and with the schema's message id). */
function describeError(path: string, message?: string): { key: MessageKey; id: string } {
  if (message === 'endBeforeStart') return { key: 'error.endBeforeStart', id: `q-${path}` };
  const m = /^municipalities\.(\d+)\.(\w+)$/.exec(path);
  if (m) {
    const [, i, field] = m;
    const key = ({ name: 'error.name', adopted: 'error.adopted', body: 'error.body', date: 'error.date' } as const)[field as 'name'] ?? 'error.choose';
    return { key, id: `q-${field}-${i}` };
  }
  const simple: Record<string, MessageKey> = {
    start: 'error.periodDate', end: 'error.periodDate', rolledOverTo: 'error.periodDate', evaluationDate: 'error.date',
    planType: 'error.planType', hasMeasures: 'error.hasMeasures', measuresTimed: 'error.measuresTimed', reportingYear: 'error.year',
  };
  return { key: simple[path] ?? 'error.choose', id: `q-${path}` };
}

type QuickResolver = Resolver<QuickAnswersInput, unknown, QuickAnswers>;
let check: Promise<QuickResolver> | undefined;

/**
 * Loads the quick form's check (zod and the answers' schema, with the plan's date formats), once; the checker
 * starts it on the first focus, the first check waits for it. Not in the first load (issue 15).
 */
export function loadQuickCheck(): Promise<QuickResolver> {
  check ??= Promise.all([import('@hookform/resolvers/zod'), import('../../plan/quick')])
    .then(([{ zodResolver }, { quickAnswersSchema }]) => zodResolver(quickAnswersSchema) as QuickResolver);
  check.catch(() => { check = undefined; }); // tried again at the next check
  return check;
}

const quickResolver: QuickResolver = async (values, context, options) => (await loadQuickCheck())(values, context, options);

function flatten(errors: FieldErrors, prefix = ''): { path: string; message?: string }[] {
  return Object.entries(errors).flatMap(([k, v]) => {
    if (!v || typeof v !== 'object') return [];
    const path = prefix ? `${prefix}.${k}` : k;
    return 'type' in v && 'message' in v ? [{ path, message: typeof v.message === 'string' ? v.message : undefined }] : flatten(v as FieldErrors, path);
  });
}

export function QuickForm({ t, year, onResult }: { t: T; year: number; onResult: (a: QuickAnswers) => void }) {
  const [summary, setSummary] = useState<SummaryError[]>([]);
  // The check's code could not be fetched (offline, or a new version of the site replaced it): say so, keep the answers.
  const [loadFailed, setLoadFailed] = useState(false);
  const { register, handleSubmit, control, watch, formState, trigger } = useForm<QuickAnswersInput, unknown, QuickAnswers>({
    resolver: quickResolver,
    defaultValues: { planType: 'egen', municipalities: [EMPTY_MUNICIPALITY], reportingYear: year, hasMeasures: '' as never },
    shouldFocusError: false,
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'municipalities' });
  const planType = watch('planType');
  const hasMeasures = watch('hasMeasures');
  const municipalities = watch('municipalities');
  const errorText = (path: string) => {
    const error = flatten(formState.errors).find((e) => e.path === path);
    return error ? t(describeError(path, error.message).key) : undefined;
  };
  // The period is checked as soon as the user leaves one of its fields after typing a date (end before start).
  const periodField = (name: 'start' | 'end') =>
    register(name, { onBlur: (e) => { if (String(e.target.value).trim() || formState.errors.start || formState.errors.end) void trigger(['start', 'end']); } });

  const onInvalid = (errors: FieldErrors) =>
    setSummary(flatten(errors).map((e) => ({ fieldId: describeError(e.path, e.message).id, message: t(describeError(e.path, e.message).key) })));
  const onValid = (answers: QuickAnswers) => {
    setSummary([]);
    onResult(answers);
  };
  const submit = handleSubmit(onValid, onInvalid);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    setLoadFailed(false);
    submit(e).catch(() => setLoadFailed(true));
  };

  return (
    <form noValidate onSubmit={onSubmit} className="stack">
      <ErrorSummary heading={t('form.errorSummary')} errors={summary} />
      <input type="hidden" {...register('reportingYear')} />
      <Fieldset legend={t('checker.planType')}>
        <Radio id="q-planType" label={t('checker.planType.egen')} value="egen" {...register('planType')} />
        <Radio label={t('checker.planType.interkommunal')} value="interkommunal" {...register('planType')} />
      </Fieldset>

      {fields.map((field, i) => {
        const name = municipalities?.[i]?.name?.trim() || t('checker.municipality.unnamed');
        const adopted = municipalities?.[i]?.adopted === 'ja';
        return (
          <Fieldset key={field.id} className="ds-card municipality" legend={planType === 'interkommunal' ? `${t('checker.municipality')} ${i + 1}` : t('checker.municipality')}>
            <TextField id={`q-name-${i}`} label={<FieldLabel t={t} required text={t('checker.municipality.name')} />} error={errorText(`municipalities.${i}.name`)} {...register(`municipalities.${i}.name`)} />
            <Fieldset legend={t('checker.adopted', { name })} error={errorText(`municipalities.${i}.adopted`)}>
              <Radio id={`q-adopted-${i}`} label={t('checker.yes')} value="ja" {...register(`municipalities.${i}.adopted`)} />
              <Radio label={t('checker.no')} value="nei" {...register(`municipalities.${i}.adopted`)} />
            </Fieldset>
            {adopted && (
              <>
                <div className="ds-field">
                  <Label htmlFor={`q-body-${i}`}><FieldLabel t={t} required text={t('checker.body')} /></Label>
                  <Select id={`q-body-${i}`} aria-invalid={!!errorText(`municipalities.${i}.body`)} {...register(`municipalities.${i}.body`)}>
                    <Select.Option value="">{t('checker.body.choose')}</Select.Option>
                    {ADOPTING_BODIES.map((b) => <Select.Option key={b} value={b}>{t(BODY_KEYS[b])}</Select.Option>)}
                  </Select>
                  {errorText(`municipalities.${i}.body`) && <ValidationMessage>{errorText(`municipalities.${i}.body`)}</ValidationMessage>}
                </div>
                <TextField id={`q-date-${i}`} type="date" label={<FieldLabel t={t} required={false} counts text={t('checker.date')} />} error={errorText(`municipalities.${i}.date`)} {...register(`municipalities.${i}.date`)} />
              </>
            )}
            {planType === 'interkommunal' && fields.length > 1 && (
              <Button type="button" variant="tertiary" onClick={() => remove(i)}>{t('checker.municipality.remove', { name })}</Button>
            )}
          </Fieldset>
        );
      })}
      {planType === 'interkommunal' && (
        <Button type="button" variant="secondary" onClick={() => append(EMPTY_MUNICIPALITY, { focusName: `municipalities.${fields.length}.name` })}>
          {t('checker.municipality.add')}
        </Button>
      )}

      <Fieldset legend={t('checker.period.legend')} description={t('checker.period.description')}>
        <TextField id="q-start" label={<FieldLabel t={t} required={false} counts text={t('checker.start')} />} error={errorText('start')} {...periodField('start')} />
        <TextField id="q-end" label={<FieldLabel t={t} required={false} counts text={t('checker.end')} />} error={errorText('end')} {...periodField('end')} />
        <TextField id="q-evaluationDate" type="date" label={<FieldLabel t={t} required={false} text={t('checker.evaluationDate')} />} description={t('checker.evaluationDate.description')} error={errorText('evaluationDate')} {...register('evaluationDate')} />
        <TextField id="q-rolledOverTo" label={<FieldLabel t={t} required={false} text={t('checker.rolledOver')} />} description={t('checker.rolledOver.description')} error={errorText('rolledOverTo')} {...register('rolledOverTo')} />
      </Fieldset>

      <Fieldset legend={t('checker.hasMeasures')} error={errorText('hasMeasures')}>
        <Radio id="q-hasMeasures" label={t('checker.yes')} value="ja" {...register('hasMeasures')} />
        <Radio label={t('checker.no')} value="nei" {...register('hasMeasures')} />
      </Fieldset>
      {hasMeasures === 'ja' && (
        <Fieldset legend={t('checker.measuresTimed')} error={errorText('measuresTimed')}>
          <Radio id="q-measuresTimed" label={t('checker.measuresTimed.alle')} value="alle" {...register('measuresTimed')} />
          <Radio label={t('checker.measuresTimed.noen')} value="noen" {...register('measuresTimed')} />
          <Radio label={t('checker.measuresTimed.ingen')} value="ingen" {...register('measuresTimed')} />
        </Fieldset>
      )}
      {loadFailed && <p className="ds-paragraph" role="alert">{t('checker.loadFailed')}</p>}
      <Button type="submit">{t('checker.submit')}</Button>
    </form>
  );
}
