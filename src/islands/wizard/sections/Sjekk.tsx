import { lazy, Suspense } from 'react';
import { href, uiLang } from '../../shared/i18n';
import { useWatch } from 'react-hook-form';
import { Heading, Paragraph } from '../../shared/ds';
import { issueText } from '../../../plan/issues';
import { normalize } from '../../../wizard/normalize';
import { fieldHref } from '../../../wizard/sections';
import { outlookSummary } from '../../../wizard/outlook-summary';
import { todayInNorway } from '../../../plan/dates';
import { ExportPanel } from '../ExportPanel';
import { ExportButton } from '../ExportButton';
import { AnswerSummary } from '../AnswerSummary';
import { OutlookText } from '../OutlookText';
import { ReportingYearPicker } from '../ReportingYearPicker';
import { RuleResults } from '../../shared/RuleResults';
import { useOutlook } from '../outlook';
import { planSchema } from '../../../plan/schema';
import { useT } from '../t';
import { LoadBoundary } from '../../shared/LoadBoundary';

// The preview of the document, far down the page, loads after the check itself (with the legal basis texts).
const PlanPreview = lazy(() => import('../PlanPreview').then((m) => ({ default: m.PlanPreview })));

/**
 * Section 9: the working group's final check. The draft is judged as the plan the council
 * will adopt on the planned meeting date, year by year; the krav and recommendations are shown
 * for the year picked, each finding linking to its field. Adoption itself is the next step, never a fault.
 */
export function Sjekk() {
  const t = useT();
  const lang = uiLang();
  const values = useWatch() as Record<string, unknown>;
  const state = useOutlook(values);
  if (!state.ok) {
    return (
      <section className="stack" aria-labelledby="format-feil">
        <Heading level={2} data-size="sm" id="format-feil">{t('wizard.check.invalid')}</Heading>
        <ul>{state.issues.map((i, n) => <li key={n}><a className="ds-link" href={href(fieldHref(i.path))}>{issueText(i, lang)}</a></li>)}</ul>
      </section>
    );
  }
  const { outlook } = state;
  const { result } = outlook;
  const summary = outlookSummary(outlook, todayInNorway());
  const plan = planSchema.parse(normalize(values));
  const link = (f: { path: (string | number)[] }) => href(fieldHref(f.path));
  return (
    <div className="stack">
      <div className="ds-alert outlook" data-color={summary.tone} role="status" id="sjekk-resultat">
        <OutlookText outlook={outlook} idPrefix="sjekk" />
      </div>
      <ReportingYearPicker outlook={outlook} id="sjekk-ar" />
      <section className="stack" aria-labelledby="funn-krav">
        <Heading level={2} data-size="sm" id="funn-krav">{t('result.krav', { met: result.kravMet, total: result.kravTotal })}</Heading>
        <Paragraph data-size="sm" id="sjekk-ar-resultat">
          {t(result.counts ? 'outlook.focus.counts' : result.municipalities.some((m) => m.counts) ? 'outlook.focus.countsSome' : 'outlook.focus.not', {
            year: result.reportingYear,
            n: result.municipalities.filter((m) => m.counts).length,
            total: result.municipalities.length,
          })}
        </Paragraph>
        <RuleResults t={t} results={result.results.filter((r) => r.rule.kind === 'krav')} linkFor={link} assumedAdoption={outlook.pending.length > 0} />
      </section>
      <section className="stack" aria-labelledby="funn-anbefaling">
        <Heading level={2} data-size="sm" id="funn-anbefaling">{t('result.recommendations', { open: result.openRecommendations })}</Heading>
        <RuleResults t={t} results={result.results.filter((r) => r.rule.kind === 'anbefaling')} linkFor={link} />
        {result.findings.length > 0 && (
          <div className="stack">
            <Paragraph data-size="sm">{t('outlook.checklist.lead')}</Paragraph>
            <div className="button-row">
              <ExportButton variant="secondary" label={t('outlook.checklist')} make={(m) => m.checklistDocx(plan)} />
            </div>
          </div>
        )}
      </section>
      <section className="stack" aria-labelledby="svar-tittel">
        <Heading level={2} data-size="sm" id="svar-tittel">{t('wizard.summary.title')}</Heading>
        <AnswerSummary plan={normalize(values)} />
      </section>
      <section className="stack" aria-labelledby="forhandsvisning">
        <Heading level={2} data-size="sm" id="forhandsvisning">{t('wizard.preview.title')}</Heading>
        <Paragraph data-size="sm">{t('wizard.preview.lead')}</Paragraph>
        <LoadBoundary fallback={<p className="ds-paragraph" data-size="sm" role="alert">{t('wizard.loadFailed')}</p>}><Suspense fallback={null}><PlanPreview plan={plan} /></Suspense></LoadBoundary>
      </section>
      <ExportPanel plan={plan} />
    </div>
  );
}
