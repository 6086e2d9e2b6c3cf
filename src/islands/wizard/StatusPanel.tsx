import { href } from '../shared/i18n';
import { sectionHref } from '../../wizard/sections';
import { OutlookText } from './OutlookText';
import { ReportingYearPicker } from './ReportingYearPicker';
import { useOutlook } from './outlook';
import { useT } from './t';

/**
 * The compact status that stays visible on every wizard page: for which reporting years
 * the plan counts once the council adopts it on the planned date, the next step, and the
 * krav and recommendations for the year picked. Updates as the user types.
 */
export function StatusPanel({ plan }: { plan: Record<string, unknown> }) {
  const t = useT();
  const state = useOutlook(plan);
  return (
    <aside className="status-panel ds-card" aria-labelledby="status-tittel" data-color="neutral">
      <h2 className="ds-heading" data-size="2xs" id="status-tittel">{t('wizard.status.title')}</h2>
      {state.ok ? (
        <>
          <OutlookText outlook={state.outlook} idPrefix="status" />
          <dl>
            <div><dt>{t('wizard.status.krav', { year: state.outlook.focusYear })}</dt><dd id="status-krav">{t('wizard.status.of', { n: state.outlook.result.kravMet, total: state.outlook.result.kravTotal })}</dd></div>
            <div><dt>{t('wizard.status.recommendations')}</dt><dd id="status-anbefalinger">{state.outlook.result.openRecommendations}</dd></div>
          </dl>
          <ReportingYearPicker outlook={state.outlook} id="status-ar" />
        </>
      ) : (
        <p className="ds-paragraph" data-size="sm" id="status-teller">{t('wizard.status.invalid', { n: state.issues.length })}</p>
      )}
      <a className="ds-link" href={href(sectionHref('sjekk'))}>{t('wizard.status.details')}</a>
    </aside>
  );
}
