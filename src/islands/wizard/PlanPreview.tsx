import type { Plan } from '../../plan/schema';
import { DOC_TEXT } from '../../plan/document';
import { formatDate } from '../../plan/dates';
import * as L from '../../plan/labels';

/**
 * The plan as a reader will see it, in the order the research recommends: focus
 * areas and measures first, follow-up next, background last. In the plan's målform.
 * Everything is rendered as text: nothing the user typed becomes HTML.
 */
export function PlanPreview({ plan }: { plan: Plan }) {
  const lang = plan.malform;
  const d = (key: keyof typeof DOC_TEXT) => DOC_TEXT[key][lang];
  const date = (v?: string) => (v ? formatDate(v, lang) : d('none'));
  const goals = new Map(plan.focusAreas.flatMap((a) => a.goals.map((g) => [g.id, g.text] as const)));
  const f = plan.followUp;
  return (
    <article className="plan-preview" lang={lang === 'nb' ? 'nb-NO' : 'nn-NO'} aria-label={plan.title || d('draft')}>
      <h3 className="ds-heading" data-size="md">{plan.title || d('draft')}</h3>
      <p className="ds-paragraph">
        {plan.municipalities.map((m) => m.name).join(', ')}
        {plan.period.start || plan.period.end ? ` · ${d('period')}: ${date(plan.period.start)} – ${date(plan.period.end)}` : ''}
      </p>

      <h4 className="ds-heading" data-size="sm">{d('focusAreas')}</h4>
      {plan.focusAreas.map((a) => (
        <section key={a.id}>
          <h5 className="ds-heading" data-size="xs">{a.title}</h5>
          {a.description && <p className="ds-paragraph">{a.description}</p>}
          <ul>{a.goals.map((g) => <li key={g.id}>{g.text}</li>)}</ul>
        </section>
      ))}

      <h4 className="ds-heading" data-size="sm">{d('measures')}</h4>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={d('measures')}>
        <table className="ds-table" data-border>
          <thead>
            <tr>
              <th scope="col">{d('measure')}</th><th scope="col">{d('goal')}</th><th scope="col">{d('responsible')}</th>
              <th scope="col">{d('when')}</th><th scope="col">{d('resources')}</th><th scope="col">{d('indicator')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.measures.map((m) => (
              <tr key={m.id}>
                <td>{m.description}</td>
                <td>{(m.goalId && goals.get(m.goalId)) || ''}</td>
                <td>{[m.responsible.unit, m.responsible.role].filter(Boolean).join(', ')}{m.partners ? ` (${d('partners').toLowerCase()}: ${m.partners})` : ''}</td>
                <td>{[m.deadline && date(m.deadline), ...m.milestones.map((x) => `${x.text}: ${formatDate(x.when, lang)}`)].filter(Boolean).join('; ')}</td>
                <td>{m.resources.kind ? L.RESOURCE_LABELS[m.resources.kind][lang] : ''}{m.resources.amount !== undefined ? `, ${m.resources.amount.toLocaleString('nb-NO')} kr` : ''}</td>
                <td>{m.indicator ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4 className="ds-heading" data-size="sm">{d('followUp')}</h4>
      <dl className="preview-facts">
        <dt>{d('reporting')}</dt><dd>{f.councilReporting ? L.REPORTING_LABELS[f.councilReporting][lang] : d('none')}</dd>
        <dt>{d('midTerm')}</dt><dd>{date(f.midTermEvaluation)}</dd>
        <dt>{d('finalEvaluation')}</dt><dd>{date(f.finalEvaluation)}</dd>
        <dt>{d('revision')}</dt><dd>{date(f.revisionDate)}</dd>
        <dt>{d('resourceGroup')}</dt><dd>{f.resourceGroup.established ? (f.resourceGroup.members || d('yes')) : d('no')}</dd>
        <dt>{d('publication')}</dt><dd>{f.publication.onWebsite ? d('onWebsite') : d('no')}</dd>
      </dl>

      <h4 className="ds-heading" data-size="sm">{d('background')}</h4>
      <h5 className="ds-heading" data-size="xs">{d('knowledgeBase')}</h5>
      <p className="ds-paragraph preview-text">{plan.knowledgeBase.situation ?? d('none')}</p>
      {plan.knowledgeBase.sources.length > 0 && (
        <p className="ds-paragraph">{d('sources')}: {plan.knowledgeBase.sources.map((s) => (s.date ? `${s.name} (${s.date})` : s.name)).join(', ')}</p>
      )}
      <h5 className="ds-heading" data-size="xs">{d('targetGroups')}</h5>
      <p className="ds-paragraph">
        {d('primaryTargetGroups')}: {plan.primaryTargetGroups.map((g) => L.PRIMARY_TARGET_GROUP_LABELS[g][lang]).join(', ') || d('none')}.{' '}
        {d('targetGroups')}: {plan.targetGroups.map((g) => L.TARGET_GROUP_LABELS[g][lang]).join(', ') || d('none')}.
      </p>
      <p className="ds-paragraph">{d('violenceForms')}: {plan.violenceForms.map((g) => L.VIOLENCE_FORM_LABELS[g][lang]).join(', ') || d('none')}.</p>
      <h5 className="ds-heading" data-size="xs">{d('placement')}</h5>
      <p className="ds-paragraph">
        {plan.placement.kind ? L.PLACEMENT_LABELS[plan.placement.kind][lang] : d('none')}
        {plan.placement.other ? ` (${plan.placement.other})` : ''}
        {plan.placement.owner ? `. ${d('owner')}: ${plan.placement.owner}` : ''}
      </p>
    </article>
  );
}
