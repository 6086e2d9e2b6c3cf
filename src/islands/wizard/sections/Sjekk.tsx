import { useMemo } from 'react';
import { href, uiLang } from '../../shared/i18n';
import { useWatch } from 'react-hook-form';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { checkPlan } from '../../../plan/check';
import { todayInNorway } from '../../../plan/dates';
import { findingMessage } from '../../../plan/messages';
import { issueText } from '../../../plan/issues';
import { normalize } from '../../../wizard/normalize';
import { fieldHref } from '../../../wizard/sections';
import { ExportPanel } from '../ExportPanel';
import { AnswerSummary } from '../AnswerSummary';
import { PlanPreview } from '../PlanPreview';
import { planSchema } from '../../../plan/schema';
import { useT } from '../t';

/** Section 9: the full check, each finding linking to its field. */
export function Sjekk() {
  const t = useT();
  const lang = uiLang();
  const values = useWatch() as Record<string, unknown>;
  const result = useMemo(() => checkPlan(normalize(values), { today: todayInNorway() }), [values]);
  if (!result.ok) {
    return (
      <section className="stack" aria-labelledby="format-feil">
        <Heading level={2} data-size="sm" id="format-feil">{t('wizard.check.invalid')}</Heading>
        <ul>{result.issues.map((i, n) => <li key={n}><a className="ds-link" href={href(fieldHref(i.path))}>{issueText(i, lang)}</a></li>)}</ul>
      </section>
    );
  }
  const plan = planSchema.parse(normalize(values));
  return (
    <div className="stack">
      <div className="ds-alert" data-color={result.counts ? 'success' : 'warning'} role="status">
        <Paragraph id="sjekk-resultat"><strong>{t(result.counts ? 'result.counts' : 'result.countsNot', { year: result.reportingYear })}</strong></Paragraph>
      </div>
      {(['krav', 'anbefaling'] as const).map((kind) => (
        <section key={kind} className="stack" aria-labelledby={`funn-${kind}`}>
          <Heading level={2} data-size="sm" id={`funn-${kind}`}>
            {kind === 'krav' ? t('result.krav', { met: result.kravMet, total: result.kravTotal }) : t('result.recommendations', { open: result.openRecommendations })}
          </Heading>
          <ul className="rule-results">
            {result.results.filter((r) => r.rule.kind === kind).map(({ rule, met, findings }) => (
              <li key={rule.id} data-rule={rule.id} data-met={met}>
                <Tag data-color={met ? 'success' : kind === 'krav' ? 'danger' : 'warning'}>{t(met ? 'result.met' : 'result.notMet')}</Tag>{' '}
                <strong>{rule.title[lang]}</strong>
                {!met && (
                  <ul>
                    {findings.map((f, i) => (
                      <li key={i}><a className="ds-link" href={href(fieldHref(f.path))}>{findingMessage(f, lang)}</a></li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="stack" aria-labelledby="svar-tittel">
        <Heading level={2} data-size="sm" id="svar-tittel">{t('wizard.summary.title')}</Heading>
        <AnswerSummary plan={normalize(values)} />
      </section>
      <section className="stack" aria-labelledby="forhandsvisning">
        <Heading level={2} data-size="sm" id="forhandsvisning">{t('wizard.preview.title')}</Heading>
        <Paragraph data-size="sm">{t('wizard.preview.lead')}</Paragraph>
        <PlanPreview plan={plan} />
      </section>
      <ExportPanel plan={plan} />
    </div>
  );
}
