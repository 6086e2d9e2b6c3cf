import { useDeferredValue, useEffect, useState } from 'react';
import { OutlookText } from './OutlookText';
import { ReportingYearPicker } from './ReportingYearPicker';
import { useOutlook } from './outlook';
import { useT } from './t';

const SETTLE_MS = 250;

/**
 * `value` once it has not changed and nothing was typed for `ms` (the first value at once). The form
 * hands its changes to the draft only every so often while the user types (DraftSession.defer), so
 * the wait also restarts on every keystroke: the plan is judged in a pause, not in the middle of typing.
 */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(value), ms);
    };
    restart();
    addEventListener('input', restart, true);
    return () => {
      clearTimeout(timer);
      removeEventListener('input', restart, true);
    };
  }, [value, settled, ms]);
  return settled;
}

/**
 * The status panel's verdict (./StatusPanel.tsx). Loaded after the page has rendered: it brings
 * the plan schema's parse, the outlook and the rule registry, which the page's first view does
 * not need. While the user types it waits for a pause (SETTLE_MS) and then judges the plan as a
 * deferred value, so keystrokes are drawn at once even in a plan of 200 measures, where judging
 * the whole plan takes longer than a frame on a slow laptop.
 */
export default function StatusVerdict({ plan }: { plan: Record<string, unknown> }) {
  const t = useT();
  const state = useOutlook(useDeferredValue(useSettled(plan, SETTLE_MS)));
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
