import { useDeferredValue } from 'react';
import { OutlookText } from './OutlookText';
import { ReportingYearPicker } from './ReportingYearPicker';
import { useOutlook } from './outlook';
import { useT } from './t';

/**
 * The status panel's verdict (./StatusPanel.tsx). Loaded after the page has rendered: it brings
 * the plan schema's parse, the outlook and the rule registry, which the page's first view does
 * not need. It follows the draft as a deferred value, so a keystroke is drawn before the plan is
 * judged again.
 */
export default function StatusVerdict({ plan }: { plan: Record<string, unknown> }) {
  const t = useT();
  const state = useOutlook(useDeferredValue(plan));
  return state.ok ? (
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
  );
}
