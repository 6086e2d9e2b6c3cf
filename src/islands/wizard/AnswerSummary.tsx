import { Heading } from '../shared/ds';
import { href, uiLang } from '../shared/i18n';
import { SECTIONS, fieldHref, sectionTitleKey } from '../../wizard/sections';
import { answerRows } from '../../wizard/summary';
import { useT } from './t';

/** Every answer in the page's language, grouped by wizard section, each with an «Endre» link to its field. */
export function AnswerSummary({ plan }: { plan: Record<string, unknown> }) {
  const t = useT();
  const rows = answerRows(plan, uiLang());
  return (
    <div className="stack answer-summary">
      {SECTIONS.filter((s) => s.id !== 'sjekk').map((s) => {
        const mine = rows.filter((r) => r.section === s.id);
        return (
          <section key={s.id} aria-labelledby={`svar-${s.id}`}>
            <Heading level={3} data-size="xs" id={`svar-${s.id}`}>{t(sectionTitleKey(s.id))}</Heading>
            {mine.length === 0 ? (
              <p className="ds-paragraph" data-size="sm"><a className="ds-link" href={href(`/lag-plan/${s.id}/`)}>{t('wizard.summary.empty')}</a></p>
            ) : (
              <dl className="summary-list">
                {mine.map((r) => (
                  <div key={r.path.join('.')}>
                    <dt>{r.place}</dt>
                    <dd>{r.value}</dd>
                    <dd><a className="ds-link" href={href(fieldHref(r.path))}>{t('wizard.summary.change')}<span className="visually-hidden"> {r.place}</span></a></dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
