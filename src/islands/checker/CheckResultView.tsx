import { useEffect, useRef } from 'react';
import { Button, Heading, Paragraph } from '../shared/ds';
import type { Outlook } from '../../plan/outlook';
import { computeTimeline } from '../../plan/timeline';
import { daysBetween, yearOf } from '../../plan/dates';
import type { T } from '../shared/i18n';
import { RuleResults } from '../shared/RuleResults';
import { nextSteps } from './next-steps';

interface Props {
  t: T;
  outlook: Outlook;
  today: string;
  /** Quick mode: the plan was made from a few answers, so only the krav mean anything. */
  quick: boolean;
  /** Opens the checked plan as a new draft on the builder's revision page (a plan file only). */
  onRevise?: () => void;
}

/**
 * The verdict for the reporting year being checked, spoken from that year: next steps,
 * the period, the last year the plan counts for (adoption and every krav included), and the rules.
 * The red box is kept for a plan that does not count; one that takes effect later, or counts for
 * some of its municipalities, gets a calmer one.
 */
export function CheckResultView({ t, outlook, today, quick, onRevise }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const result = outlook.result;
  useEffect(() => heading.current?.focus(), [result]);
  const year = result.reportingYear;
  const counting = result.municipalities.filter((m) => m.counts).length;
  const countsLater = outlook.years.some((y) => y.year > year && y.counts);
  const verdict = result.counts
    ? t('result.counts', { year })
    : counting > 0
      ? t('result.countsSome', { n: counting, total: result.municipalities.length, year })
      : t('result.countsNot', { year });
  const tone = result.counts ? 'success' : counting > 0 || countsLater ? 'warning' : 'danger';
  const krav = result.results.filter((r) => r.rule.kind === 'krav');
  const anbefalinger = result.results.filter((r) => r.rule.kind === 'anbefaling');
  const { effectiveEnd, endBasis, revisionStartBy } = result.timeline;
  // Days to or since the end only for this year or later, with every roll-over decided so far.
  const nowEnd = computeTimeline(outlook.judgedPlan, today).effectiveEnd;
  const days = year >= yearOf(today) && nowEnd ? daysBetween(today, nowEnd) : undefined;
  const steps = nextSteps(outlook, today);

  return (
    <section className="stack result" aria-labelledby="resultat">
      <Heading level={2} data-size="md" id="resultat" ref={heading} tabIndex={-1}>{t('result.heading', { year })}</Heading>
      <div className="ds-alert" data-color={tone} role="status">
        <Paragraph data-size="lg" id="verdict"><strong>{verdict}</strong></Paragraph>
        {!result.counts && countsLater && outlook.countsFrom !== undefined && (
          <Paragraph id="verdict-later">{t('result.calm.notStarted', { year: outlook.countsFrom })}</Paragraph>
        )}
      </div>

      <Heading level={3} data-size="sm">{t('result.next')}</Heading>
      <ul className="next-steps">{steps.map((s) => <li key={s.key}>{t(s.key, s.params)}</li>)}</ul>
      {onRevise && steps.some((s) => s.key === 'next.expired') && (
        <div className="button-row">
          <Button type="button" variant="secondary" onClick={onRevise} id="start-revisjon">{t('next.startRevision')}</Button>
        </div>
      )}

      {result.municipalities.length > 1 && (
        <>
          <Heading level={3} data-size="sm">{t('result.municipalities')}</Heading>
          <ul>
            {result.municipalities.map((m) => (
              <li key={m.id}>{t(m.counts ? 'result.municipalityCounts' : 'result.municipalityNot', { name: m.name })}</li>
            ))}
          </ul>
        </>
      )}

      {!outlook.endBeforeStart && (
        <>
          <Heading level={3} data-size="sm">{t('result.period')}</Heading>
          {effectiveEnd ? (
            <>
              <Paragraph>
                {t('result.end', { date: effectiveEnd })}{' '}
                {t(endBasis === 'rullering' ? 'result.end.rullering' : endBasis === 'sluttdato' ? 'result.end.sluttdato' : 'result.end.fallback')}
              </Paragraph>
              {days !== undefined && <Paragraph>{days >= 0 ? t('result.daysLeft', { days }) : t('result.daysAgo', { days: -days })}</Paragraph>}
              <Paragraph id="last-year">
                {outlook.countsTo !== undefined ? t('result.lastYear', { year: outlook.countsTo }) : t('result.neverCounts')}
              </Paragraph>
              {revisionStartBy && days !== undefined && days >= 0 && result.counts && (
                <Paragraph>{t('result.revisionBy', { date: revisionStartBy })} {t('result.revisionWhy')}</Paragraph>
              )}
            </>
          ) : (
            <Paragraph>{t('result.endUnknown')}</Paragraph>
          )}
        </>
      )}

      <Heading level={3} data-size="sm">{t('result.krav', { met: result.kravMet, total: result.kravTotal })}</Heading>
      <RuleResults t={t} results={krav} override={quick ? (r) => (r.rule.id === 'measure-progress' ? t('result.quickMeasures') : undefined) : undefined} />

      {quick ? (
        <>
          <Heading level={3} data-size="sm">{t('result.recommendationsHeading')}</Heading>
          <Paragraph>{t('result.recommendationsQuick')}</Paragraph>
        </>
      ) : (
        <>
          <Heading level={3} data-size="sm">{t('result.recommendations', { open: result.openRecommendations })}</Heading>
          <RuleResults t={t} results={anbefalinger} />
        </>
      )}
    </section>
  );
}
