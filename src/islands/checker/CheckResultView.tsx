import { useEffect, useRef } from 'react';
import { uiLang } from '../shared/i18n';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { CheckResult, RuleResult } from '../../plan/check';
import { findingMessage } from '../../plan/messages';
import type { T } from '../shared/i18n';
import { nextSteps } from './next-steps';

interface Props {
  t: T;
  result: CheckResult;
  /** Quick mode: the plan was made from a few answers, so only the krav mean anything. */
  quick: boolean;
}

export function CheckResultView({ t, result, quick }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const year = result.reportingYear;
  const counting = result.municipalities.filter((m) => m.counts).length;
  const verdict = result.counts
    ? t('result.counts', { year })
    : counting > 0
      ? t('result.countsSome', { n: counting, total: result.municipalities.length, year })
      : t('result.countsNot', { year });
  const krav = result.results.filter((r) => r.rule.kind === 'krav');
  const anbefalinger = result.results.filter((r) => r.rule.kind === 'anbefaling');
  const { effectiveEnd, endBasis, lastReportingYear, revisionStartBy } = result.timeline;
  const days = result.daysUntilExpiry;

  return (
    <section className="stack result" aria-labelledby="resultat">
      <Heading level={2} data-size="md" id="resultat" ref={heading} tabIndex={-1}>{t('result.heading', { year })}</Heading>
      <div className="ds-alert" data-color={result.counts ? 'success' : 'danger'} role="status">
        <Paragraph data-size="lg" id="verdict"><strong>{verdict}</strong></Paragraph>
      </div>

      <Heading level={3} data-size="sm">{t('result.next')}</Heading>
      <ul className="next-steps">{nextSteps(result).map((s) => <li key={s.key}>{t(s.key, s.params)}</li>)}</ul>

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

      <Heading level={3} data-size="sm">{t('result.period')}</Heading>
      {effectiveEnd ? (
        <>
          <Paragraph>
            {t('result.end', { date: effectiveEnd })}{' '}
            {t(endBasis === 'rullering' ? 'result.end.rullering' : endBasis === 'sluttdato' ? 'result.end.sluttdato' : 'result.end.fallback')}
          </Paragraph>
          {days !== undefined && <Paragraph>{days >= 0 ? t('result.daysLeft', { days }) : t('result.daysAgo', { days: -days })}</Paragraph>}
          {lastReportingYear !== undefined && <Paragraph>{t('result.lastYear', { year: lastReportingYear })}</Paragraph>}
          {revisionStartBy && days !== undefined && days >= 0 && (
            <Paragraph>{t('result.revisionBy', { date: revisionStartBy })} {t('result.revisionWhy')}</Paragraph>
          )}
        </>
      ) : (
        <Paragraph>{t('result.endUnknown')}</Paragraph>
      )}

      <Heading level={3} data-size="sm">{t('result.krav', { met: result.kravMet, total: result.kravTotal })}</Heading>
      <RuleList t={t} results={krav} quick={quick} />

      <Heading level={3} data-size="sm">{t('result.recommendations', { open: result.openRecommendations })}</Heading>
      {quick ? <Paragraph>{t('result.recommendationsQuick')}</Paragraph> : <RuleList t={t} results={anbefalinger} quick={false} />}
    </section>
  );
}

function RuleList({ t, results, quick }: { t: T; results: RuleResult[]; quick: boolean }) {
  const lang = uiLang();
  return (
    <ul className="rule-results">
      {results.map(({ rule, met, findings }) => (
        <li key={rule.id} data-rule={rule.id} data-met={met}>
          <Tag data-color={met ? 'success' : 'danger'}>{t(met ? 'result.met' : 'result.notMet')}</Tag>{' '}
          <strong>{rule.title[lang]}</strong>
          {!met && (
            <ul>
              {quick && rule.id === 'measure-progress'
                ? <li>{t('result.quickMeasures')}</li>
                : findings.map((f, i) => <li key={i}>{findingMessage(f, lang)}</li>)}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
