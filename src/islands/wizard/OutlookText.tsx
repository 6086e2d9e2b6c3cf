import { href } from '../shared/i18n';
import type { Outlook } from '../../plan/outlook';
import { fieldHref } from '../../wizard/sections';
import { findingMessage } from '../../plan/messages';
import { uiLang } from '../shared/i18n';
import { outlookSummary, type Line } from '../../wizard/outlook-summary';
import { todayInNorway } from '../../plan/dates';
import { useT } from './t';

/** The outlook in words: headline, the years, and the next step. Used by the status panel and the check page. */
export function OutlookText({ outlook, idPrefix }: { outlook: Outlook; idPrefix: string }) {
  const t = useT();
  const summary = outlookSummary(outlook, todayInNorway());
  const line = (l: Line) => t(l.key, l.params);
  return (
    <>
      <p className="ds-paragraph outlook__headline" id={`${idPrefix}-teller`}>{line(summary.headline)}</p>
      {!outlook.countsFrom && !outlook.endBeforeStart && (
        <ul className="outlook__fix" id={`${idPrefix}-rettes`}>
          {outlook.result.findings.filter((f) => f.kind === 'krav').map((f, i) => (
            <li key={i}><a className="ds-link" href={href(fieldHref(f.path))}>{findingMessage(f, uiLang())}</a></li>
          ))}
        </ul>
      )}
      {!outlook.endBeforeStart && (
        <dl className="outlook__years" aria-label={t('outlook.years')}>
          {summary.spans.map((s) => (
            <div key={s.years} data-reason={s.reason}>
              <dt>{s.years}</dt>
              <dd>{t(s.key)}</dd>
            </div>
          ))}
        </dl>
      )}
      {summary.next.length > 0 && (
        <div className="outlook__next">
          <p className="ds-paragraph" data-size="sm"><strong>{t('outlook.next')}</strong></p>
          <ul id={`${idPrefix}-neste`}>
            {summary.next.map((l, i) => (
              <li key={i}>
                {l.href ? <a className="ds-link" href={href(l.href)}>{line(l)}</a>
                  : l.path && !l.params?.date ? <a className="ds-link" href={href(fieldHref(l.path))}>{line(l)}</a> : line(l)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
