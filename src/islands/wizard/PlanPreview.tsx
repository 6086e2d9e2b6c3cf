import type { ReactNode } from 'react';
import type { Plan } from '../../plan/schema';
import {
  DOC_TEXT, adoptionLines, formatKroner, measureCells, measureGroups, moneyTotals, municipalityTitle, yearKey,
} from '../../plan/document';
import { formatDate, MONTHS, todayInNorway } from '../../plan/dates';
import { computeOutlook, countingYearsText } from '../../plan/outlook';
import { fill } from '../../plan/fill';
import { LAWS, INTERMUNICIPAL_LAW, CONVENTIONS } from '../../plan/legal-basis';
import * as L from '../../plan/labels';

/**
 * The plan as a reader will see it, with the content and in the order of the Word document
 * (src/export/plan-docx.ts): front page, foreword, focus areas and their measures in short,
 * the measures in full with their goals and the new money, follow-up, and the background last.
 * In the plan's målform. Everything is rendered as text: nothing the user typed becomes HTML.
 * `full` is the print view: the plan is the page, so its title is the h1.
 */
export function PlanPreview({ plan, full = false }: { plan: Plan; full?: boolean }) {
  const lang = plan.malform;
  const d = (key: keyof typeof DOC_TEXT) => DOC_TEXT[key][lang];
  const date = (v?: string) => (v ? formatDate(v, lang) : d('none'));
  const top = full ? 1 : 3;
  const H = ({ level, children }: { level: 0 | 1 | 2; children: ReactNode }) => {
    const Tag = `h${top + level}` as 'h1';
    return <Tag className="ds-heading" data-size={['lg', 'md', 'sm'][level]}>{children}</Tag>;
  };
  const f = plan.followUp;
  const laws = plan.planType === 'interkommunal' ? [...LAWS, INTERMUNICIPAL_LAW] : LAWS;
  const { mandate, participants, consultation } = plan.process;
  const owners = plan.municipalities.map((m) => municipalityTitle(m.name)).filter(Boolean);
  const outlook = computeOutlook(plan, { today: todayInNorway() });
  const years = countingYearsText(outlook);
  const groups = measureGroups(plan);
  const byArea = new Map(groups.filter((g) => g.areaId).map((g) => [g.areaId!, g.items]));
  const loose = groups.find((g) => !g.areaId);
  const all = moneyTotals(plan.measures);
  const moneyGroups = groups.map((g) => ({ title: g.title, totals: moneyTotals(g.items.map((x) => x.measure)) })).filter((g) => g.totals.total > 0);
  const moneyRows = [...(moneyGroups.length > 1 ? moneyGroups : []), { title: moneyGroups.length > 1 ? d('total') : d('allAreas'), totals: all }];
  const reportMonth = f.councilReportMonth ? `, ${fill(d('reportMonth'), { month: MONTHS[lang][f.councilReportMonth - 1] }, lang)}` : '';

  return (
    <article className="plan-preview" lang={lang === 'nb' ? 'nb-NO' : 'nn-NO'} aria-label={plan.title || d('draft')}>
      <header className="plan-preview__cover">
        <H level={0}>{plan.title || d('draft')}</H>
        {owners.length > 0 && <p className="ds-paragraph plan-preview__owner"><strong>{owners.join(', ')}</strong></p>}
        {(plan.period.start || plan.period.end) && <p className="ds-paragraph"><strong>{d('period')}:</strong> {date(plan.period.start)} – {date(plan.period.end)}</p>}
        {adoptionLines(plan, lang).map((line) => <p className="ds-paragraph adoption-line" key={line}><strong>{line}</strong></p>)}
        {years && <p className="ds-paragraph">{fill(DOC_TEXT[outlook.basis === 'adopted' ? 'countsAdopted' : 'countsOnceAdopted'][lang], { years }, lang)}</p>}
      </header>

      {(mandate || participants || consultation) && (
        <section>
          <H level={1}>{d('foreword')}</H>
          {mandate && <><H level={2}>{d('mandate')}</H><p className="ds-paragraph preview-text">{mandate}</p></>}
          {participants && <><H level={2}>{d('participants')}</H><p className="ds-paragraph preview-text">{participants}</p></>}
          {consultation && <><H level={2}>{d('consultation')}</H><p className="ds-paragraph preview-text">{consultation}</p></>}
        </section>
      )}

      <H level={1}>{d('focusAreas')}</H>
      {plan.focusAreas.map((a) => (
        <section key={a.id}>
          <H level={2}>{a.title}</H>
          {a.description && <p className="ds-paragraph preview-text">{a.description}</p>}
          {a.goals.length > 0 && <><p className="ds-paragraph"><strong>{d('goals')}:</strong></p><ul>{a.goals.map((g) => <li key={g.id}>{g.text}</li>)}</ul></>}
          {(byArea.get(a.id) ?? []).length > 0 && (
            <>
              <p className="ds-paragraph"><strong>{d('measures')}:</strong></p>
              <ol>{(byArea.get(a.id) ?? []).map((x) => <li key={x.measure.id} value={x.number}>{x.measure.description}</li>)}</ol>
            </>
          )}
        </section>
      ))}
      {loose && (
        <section>
          <H level={2}>{d('withoutArea')}</H>
          <ol>{loose.items.map((x) => <li key={x.measure.id} value={x.number}>{x.measure.description}</li>)}</ol>
        </section>
      )}

      <H level={1}>{d('measuresInFull')}</H>
      {groups.map((g) => (
        <section key={g.areaId ?? 'loose'}>
          <H level={2}>{g.title}</H>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`${d('measures')}: ${g.title}`}>
            <table className="ds-table plan-preview__measures" data-border>
              <thead>
                <tr>
                  <th scope="col">{d('measure')}</th><th scope="col">{d('responsibleAndPartners')}</th>
                  <th scope="col">{d('when')}</th><th scope="col">{d('resources')}</th><th scope="col">{d('indicator')}</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map(({ measure: m, number, goal }) => {
                  const cells = measureCells(m, lang);
                  return (
                    <tr key={m.id}>
                      <td>
                        <strong>{number}.</strong> <span className="preview-text">{m.description}</span>
                        {goal && <><br /><strong>{d('goal')}:</strong> <em>{goal}</em></>}
                      </td>
                      <td>
                        {cells.responsible}
                        {m.partners && <><br /><strong>{d('partnersShort')}:</strong> {m.partners}</>}
                      </td>
                      <td>{cells.when.map((w) => { const i = w.indexOf(': '); return <div key={w}><strong>{w.slice(0, i)}:</strong> {w.slice(i + 2)}</div>; })}</td>
                      <td>{cells.resources}</td>
                      <td>{m.indicator ?? ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <H level={2}>{d('newMoney')}</H>
      {all.years.length === 0 ? <p className="ds-paragraph">{d('noNewMoney')}</p> : (
        <>
          <p className="ds-paragraph">{d('newMoneyLead')}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={d('newMoney')}>
            <table className="ds-table" data-border>
              <thead>
                <tr><th scope="col">{d('area')}</th>{all.years.map((y) => <th scope="col" key={yearKey(y)}>{y ?? d('noYear')}</th>)}<th scope="col">{d('total')}</th></tr>
              </thead>
              <tbody>
                {moneyRows.map((r) => (
                  <tr key={r.title}>
                    <th scope="row">{r.title}</th>
                    {all.years.map((y) => <td key={yearKey(y)}>{r.totals.byYear.has(yearKey(y)) ? formatKroner(r.totals.byYear.get(yearKey(y))!) : '–'}</td>)}
                    <td>{formatKroner(r.totals.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <H level={1}>{d('followUp')}</H>
      <dl className="preview-facts">
        <dt>{d('reporting')}</dt><dd>{f.councilReporting ? L.REPORTING_LABELS[f.councilReporting][lang] : d('none')}{reportMonth}</dd>
        <dt>{d('midTerm')}</dt><dd>{date(f.midTermEvaluation)}</dd>
        <dt>{d('finalEvaluation')}</dt><dd>{date(f.finalEvaluation)}</dd>
        <dt>{d('revision')}</dt><dd>{date(f.revisionDate)}</dd>
        <dt>{d('resourceGroup')}</dt><dd>{f.resourceGroup.established ? (f.resourceGroup.members || d('yes')) : d('no')}</dd>
        <dt>{d('publication')}</dt><dd>{f.publication.onWebsite ? `${d('onWebsite')}${f.publication.url ? ` ${f.publication.url}` : ''}` : d('no')}</dd>
      </dl>

      <H level={1}>{d('background')}</H>
      <H level={2}>{d('knowledgeBase')}</H>
      <p className="ds-paragraph preview-text">{plan.knowledgeBase.situation ?? d('none')}</p>
      {plan.knowledgeBase.sources.length > 0 && (
        <p className="ds-paragraph"><strong>{d('sources')}:</strong> {plan.knowledgeBase.sources.map((s) => (s.date ? `${s.name} (${formatDate(s.date, lang)})` : s.name)).join(', ')}</p>
      )}
      <H level={2}>{d('targetGroupsAndForms')}</H>
      <p className="ds-paragraph"><strong>{d('primaryTargetGroups')}:</strong> {plan.primaryTargetGroups.map((g) => L.PRIMARY_TARGET_GROUP_LABELS[g][lang]).join(', ') || d('none')}</p>
      <p className="ds-paragraph"><strong>{d('targetGroups')}:</strong> {plan.targetGroups.map((g) => L.TARGET_GROUP_LABELS[g][lang]).join(', ') || d('none')}</p>
      <p className="ds-paragraph"><strong>{d('violenceForms')}:</strong> {plan.violenceForms.map((g) => L.VIOLENCE_FORM_LABELS[g][lang]).join(', ') || d('none')}</p>
      <H level={2}>{d('legalBasis')}</H>
      <p className="ds-paragraph">{d('legalBasisLead')}</p>
      <ul>
        {laws.map((l) => <li key={l.name.nb}>{l.url ? <a className="ds-link" href={l.url}>{l.name[lang]}</a> : l.name[lang]}: {l.what[lang]}</li>)}
        {CONVENTIONS.map((c) => <li key={c.nb}>{c[lang]}</li>)}
      </ul>
      <H level={2}>{d('placement')}</H>
      <p className="ds-paragraph">
        {plan.placement.kind ? L.PLACEMENT_LABELS[plan.placement.kind][lang] : d('none')}
        {plan.placement.other ? ` (${plan.placement.other})` : ''}
        {plan.placement.owner ? `. ${d('owner')}: ${plan.placement.owner}` : ''}
      </p>
    </article>
  );
}
