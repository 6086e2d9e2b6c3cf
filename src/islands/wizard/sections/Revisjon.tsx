import { useEffect, useMemo } from 'react';
import { href } from '../../shared/i18n';
import { useFormContext, useWatch } from 'react-hook-form';
import { Button, Heading, Paragraph } from '../../shared/ds';
import { Fieldset } from '../../shared/fields';
import { planSchema } from '../../../plan/schema';
import { newId } from '../../../plan/new-plan';
import { todayInNorway } from '../../../plan/dates';
import { EVALUATION_DECISIONS, EVALUATION_RESULTS } from '../../../plan/vocabulary';
import { normalize } from '../../../wizard/normalize';
import { oldPlanStatus, evaluationSummary, startNewPeriod, resultFromStatus, nextPeriod } from '../../../plan/revision';
import { sectionHref } from '../../../wizard/sections';
import { createDraft } from '../session';
import { RadioGroup } from '../fields/RadioGroup';
import { TextInput } from '../fields/TextInput';
import { ExportButton } from '../ExportButton';
import { useT } from '../t';
import type { MessageKey } from '../../../i18n';

type Values = Record<string, unknown> & {
  measures?: { id: string; description?: string; status?: 'planlagt' | 'pagar' | 'gjennomfort' | 'utsatt' }[];
  evaluation?: { measures?: { measureId: string; result?: string }[] };
};

/** Evaluating an expired plan and starting the next period from what is worth keeping. */
export function Revisjon() {
  const t = useT();
  const today = todayInNorway();
  const { setValue, getValues } = useFormContext<Values>();
  const values = useWatch() as Values;
  const parsed = useMemo(() => planSchema.safeParse(normalize(values)), [values]);
  const measures = values.measures ?? [];

  // One evaluation entry per measure, in the plan's order, keyed by the measure's id. A new entry starts
  // from the measure's status in the builder (carried out, under way, postponed); the group can change it.
  useEffect(() => {
    const existing = getValues('evaluation')?.measures ?? [];
    const aligned = measures.map((m) => existing.find((e) => e.measureId === m.id) ?? { measureId: m.id, result: resultFromStatus(m.status) });
    if (JSON.stringify(aligned) !== JSON.stringify(existing)) setValue('evaluation.measures', aligned, { shouldDirty: true });
  }, [measures.map((m) => m.id).join()]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!parsed.success) return <Paragraph role="alert">{t('wizard.status.invalid', { n: parsed.error.issues.length })}</Paragraph>;
  const plan = parsed.data;
  const status = oldPlanStatus(plan, today);
  const summary = evaluationSummary(plan);

  function startNext() {
    // Saved as a new draft and opened in this tab; a failure is shown by SaveNotice (issue 14).
    void createDraft(startNewPeriod(plan, today, newId()) as unknown as Record<string, unknown>);
  }

  return (
    <div className="stack revisjon">
      <div className="ds-alert" data-color={status.countsNow ? 'info' : 'warning'} role="status">
        <Paragraph id="revisjon-status">
          {!status.endedOn ? t('revision.status.unclear')
            : status.expired ? t('revision.status.expired', { date: status.endedOn })
            : t('revision.status.current', { date: status.endedOn })}{' '}
          {status.countedYears
            ? t('revision.status.years', { first: status.countedYears.first, last: status.countedYears.last })
            : t('revision.status.never')}
        </Paragraph>
      </div>
      {measures.length === 0 && (
        <Paragraph>
          {t('revision.empty')} <a className="ds-link" href={href(sectionHref('tiltak'))}>{t('revision.empty.link')}</a>
        </Paragraph>
      )}

      <Heading level={2} data-size="sm">{t('revision.measures')}</Heading>
      {measures.map((m, i) => (
        <Fieldset key={m.id} className="ds-card" legend={t('revision.measure', { n: i + 1, description: m.description ?? '' })}>
          <RadioGroup path={`evaluation.measures.${i}.result`} legend={t('revision.result')}
            options={EVALUATION_RESULTS.map((r) => ({ value: r, label: t(`revision.result.${r}` as MessageKey) }))} />
          <RadioGroup path={`evaluation.measures.${i}.decision`} legend={t('revision.decision')}
            options={EVALUATION_DECISIONS.map((d) => ({ value: d, label: t(`revision.decision.${d}` as MessageKey) }))} />
          <TextInput path={`evaluation.measures.${i}.comment`} label={t('revision.comment')} multiline />
        </Fieldset>
      ))}

      <Heading level={2} data-size="sm">{t('revision.questions')}</Heading>
      {(['whatDone', 'learned', 'worked', 'missingGroups'] as const).map((q) => (
        <TextInput key={q} path={`evaluation.${q}`} label={t(`revision.q.${q}` as MessageKey)} multiline />
      ))}
      <RadioGroup path="evaluation.placementVerdict" legend={t('revision.q.placement')} description={t('revision.placement.help')}
        options={[{ value: 'riktig', label: t('revision.placement.riktig') }, { value: 'feil', label: t('revision.placement.feil') }]} />
      <TextInput path="evaluation.placement" label={t('revision.placement.why')} multiline />
      <TextInput path="evaluation.evaluatedOn" type="date" label={t('revision.evaluatedOn')} />

      <section className="stack" aria-labelledby="revisjon-oppsummering">
        <Heading level={2} data-size="sm" id="revisjon-oppsummering">{t('revision.summary')}</Heading>
        <ul id="revisjon-tall">
          {EVALUATION_RESULTS.map((r) => <li key={r}>{t(`revision.result.${r}` as MessageKey)}: {summary.results[r]}</li>)}
          {EVALUATION_DECISIONS.map((d) => <li key={d}>{t(`revision.decision.${d}` as MessageKey)}: {summary.decisions[d]}</li>)}
          <li>{t('revision.notJudged')}: {summary.results['ikke-vurdert']}</li>
        </ul>
      </section>

      <div className="button-row">
        <ExportButton label={t('revision.report')} make={(m) => m.evaluationDocx(plan)} />
        <Button type="button" onClick={startNext}>{t('revision.startNext')}</Button>
      </div>
      <Paragraph data-size="sm">{t('revision.startNext.help', nextPeriod(today))}</Paragraph>
    </div>
  );
}
