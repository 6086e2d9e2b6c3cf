import { useMemo } from 'react';
import { href } from '../shared/i18n';
import { checkPlan } from '../../plan/check';
import { todayInNorway } from '../../plan/dates';
import { normalize } from '../../wizard/normalize';
import { sectionHref } from '../../wizard/sections';
import { useT } from './t';

/**
 * The compact status that stays visible on every wizard page: does the plan count in
 * KOSTRA, how many krav are met, how many recommendations are open. Updates as the user types.
 */
export function StatusPanel({ plan }: { plan: Record<string, unknown> }) {
  const t = useT();
  const today = todayInNorway();
  const result = useMemo(() => checkPlan(normalize(plan), { today }), [plan, today]);
  return (
    <aside className="status-panel ds-card" aria-labelledby="status-tittel" data-color="neutral">
      <h2 className="ds-heading" data-size="2xs" id="status-tittel">{t('wizard.status.title')}</h2>
      {result.ok ? (
        <dl>
          <div><dt>{t('wizard.status.counts', { year: result.reportingYear })}</dt><dd id="status-teller">{t(result.counts ? 'wizard.yes' : 'wizard.no')}</dd></div>
          <div><dt>{t('wizard.status.krav')}</dt><dd id="status-krav">{t('wizard.status.of', { n: result.kravMet, total: result.kravTotal })}</dd></div>
          <div><dt>{t('wizard.status.recommendations')}</dt><dd id="status-anbefalinger">{result.openRecommendations}</dd></div>
        </dl>
      ) : (
        <p className="ds-paragraph" data-size="sm" id="status-teller">{t('wizard.status.invalid', { n: result.issues.length })}</p>
      )}
      <a className="ds-link" href={href(sectionHref('sjekk'))}>{t('wizard.status.details')}</a>
    </aside>
  );
}
