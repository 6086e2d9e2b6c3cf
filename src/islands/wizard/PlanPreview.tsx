import type { ReactNode } from 'react';
import type { Plan } from '../../plan/schema';
import { DOC_TEXT, adoptionLines, measureCells } from '../../plan/document';
import { formatDate } from '../../plan/dates';
import { LAWS, INTERMUNICIPAL_LAW, CONVENTIONS } from '../../plan/legal-basis';
import * as L from '../../plan/labels';

/**
 * The plan as a reader will see it, in the order of the Word document: focus areas
 * and measures first, follow-up next, background last. In the plan's målform.
 * Everything is rendered as text: nothing the user typed becomes HTML.
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
  const goals = new Map(plan.focusAreas.flatMap((a) => a.goals.map((g) => [g.id, g.text] as const)));
  const f = plan.followUp;
  const laws = plan.planType === 'interkommunal' ? [...LAWS, INTERMUNICIPAL_LAW] : LAWS;
  const { mandate, participants, consultation } = plan.process;

  return (
    <article className="plan-preview" lang={lang === 'nb' ? 'nb-NO' : 'nn-NO'} aria-label={plan.title || d('draft')}>
      <H level={0}>{plan.title || d('draft')}</H>
      <p className="ds-paragraph">
        {plan.municipalities.map((m) => m.name).join(', ')}
        {plan.period.start || plan.period.end ? ` · ${d('period')}: ${date(plan.period.start)} – ${date(plan.period.end)}` : ''}
      </p>
      {adoptionLines(plan, lang).map((line) => <p className="ds-paragraph adoption-line" key={line}><strong>{line}</strong></p>)}
      {full && (mandate || participants || consultation) && (
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
          <ul>{a.goals.map((g) => <li key={g.id}>{g.text}</li>)}</ul>
        </section>
      ))}

      <H level={1}>{d('measures')}</H>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={d('measures')}>
        <table className="ds-table" data-border>
          <thead>
            <tr>
              <th scope="col">{d('measure')}</th><th scope="col">{d('goal')}</th><th scope="col">{d('responsible')}</th>
              <th scope="col">{d('when')}</th><th scope="col">{d('resources')}</th><th scope="col">{d('indicator')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.measures.map((m) => {
              const cells = measureCells(m, lang);
              return (
                <tr key={m.id}>
                  <td>{m.description}</td>
                  <td>{(m.goalId && goals.get(m.goalId)) || ''}</td>
                  <td>{cells.responsible}{m.partners ? ` (${d('partners').toLowerCase()}: ${m.partners})` : ''}</td>
                  <td>{cells.when.join('; ')}</td>
                  <td>{cells.resources}</td>
                  <td>{m.indicator ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <H level={1}>{d('followUp')}</H>
      <dl className="preview-facts">
        <dt>{d('reporting')}</dt><dd>{f.councilReporting ? L.REPORTING_LABELS[f.councilReporting][lang] : d('none')}</dd>
        <dt>{d('midTerm')}</dt><dd>{date(f.midTermEvaluation)}</dd>
        <dt>{d('finalEvaluation')}</dt><dd>{date(f.finalEvaluation)}</dd>
        <dt>{d('revision')}</dt><dd>{date(f.revisionDate)}</dd>
        <dt>{d('resourceGroup')}</dt><dd>{f.resourceGroup.established ? (f.resourceGroup.members || d('yes')) : d('no')}</dd>
        <dt>{d('publication')}</dt><dd>{f.publication.onWebsite ? d('onWebsite') : d('no')}</dd>
      </dl>

      <H level={1}>{d('background')}</H>
      <H level={2}>{d('knowledgeBase')}</H>
      <p className="ds-paragraph preview-text">{plan.knowledgeBase.situation ?? d('none')}</p>
      {plan.knowledgeBase.sources.length > 0 && (
        <p className="ds-paragraph">{d('sources')}: {plan.knowledgeBase.sources.map((s) => (s.date ? `${s.name} (${formatDate(s.date, lang)})` : s.name)).join(', ')}</p>
      )}
      <H level={2}>{d('targetGroups')}</H>
      <p className="ds-paragraph">
        {d('primaryTargetGroups')}: {plan.primaryTargetGroups.map((g) => L.PRIMARY_TARGET_GROUP_LABELS[g][lang]).join(', ') || d('none')}.{' '}
        {d('targetGroups')}: {plan.targetGroups.map((g) => L.TARGET_GROUP_LABELS[g][lang]).join(', ') || d('none')}.
      </p>
      <p className="ds-paragraph">{d('violenceForms')}: {plan.violenceForms.map((g) => L.VIOLENCE_FORM_LABELS[g][lang]).join(', ') || d('none')}.</p>
      {full && (
        <>
          <H level={2}>{d('legalBasis')}</H>
          <p className="ds-paragraph">{d('legalBasisLead')}</p>
          <ul>
            {laws.map((l) => <li key={l.name.nb}>{l.name[lang]}: {l.what[lang]}{l.url && <> (<a className="ds-link" href={l.url}>Lovdata</a>)</>}</li>)}
            {CONVENTIONS.map((c) => <li key={c.nb}>{c[lang]}</li>)}
          </ul>
        </>
      )}
      <H level={2}>{d('placement')}</H>
      <p className="ds-paragraph">
        {plan.placement.kind ? L.PLACEMENT_LABELS[plan.placement.kind][lang] : d('none')}
        {plan.placement.other ? ` (${plan.placement.other})` : ''}
        {plan.placement.owner ? `. ${d('owner')}: ${plan.placement.owner}` : ''}
      </p>
    </article>
  );
}
