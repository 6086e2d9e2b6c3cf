import type { Outlook } from '../../plan/outlook';
import { setReportingYear } from './reporting-year';
import { useT } from './t';

/**
 * Picks the reporting year the krav are shown for, as /sjekk/ does. The choices are the
 * years of the plan period and the year after it, and this year, so no year can be typed wrong.
 */
export function ReportingYearPicker({ outlook, id }: { outlook: Outlook; id: string }) {
  const t = useT();
  const thisYear = new Date().getFullYear();
  const years = [...new Set([...outlook.years.map((y) => y.year), outlook.focusYear, thisYear])].sort((a, b) => a - b);
  return (
    <div className="ds-field reporting-year">
      <label className="ds-label" data-weight="regular" htmlFor={id}>{t('outlook.pick')}</label>
      <p className="ds-paragraph" data-size="sm" id={`${id}-d`}>{t('outlook.pick.description')}</p>
      <select className="ds-input" id={id} aria-describedby={`${id}-d`} value={outlook.focusYear}
        onChange={(e) => setReportingYear(Number(e.target.value))}>
        {years.map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </div>
  );
}
