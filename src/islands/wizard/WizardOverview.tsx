import { useEffect, useMemo, useState } from 'react';
import { href, uiLang } from '../shared/i18n';
import { Heading, Paragraph, Tag } from '../shared/ds';
import { todayInNorway } from '../../plan/dates';
import { TASKS, sectionHref, sectionTitleKey, sectionLeadKey } from '../../wizard/sections';
import { startedStatuses, type TaskStatus } from '../../wizard/status-start';
import { afterPaint } from '../shared/after-paint';
import { useDraft, getSession } from './session';
import { StatusPanel } from './StatusPanel';
import { useReportingYear } from './reporting-year';
import { SaveNotice } from './SaveNotice';
import { DraftList } from './DraftList';
import type { ExampleFromUrl } from './examples';
import { EXAMPLE_PARAM } from '../../examples/list';
import { History } from './History';
import { useT } from './t';
import type { MessageKey } from '../../i18n';

const STATUS_KEYS: Record<TaskStatus, MessageKey> = {
  notStarted: 'wizard.task.notStarted',
  started: 'wizard.task.started',
  done: 'wizard.task.done',
  fix: 'wizard.task.fix',
};
const STATUS_COLORS: Record<TaskStatus, string> = { notStarted: 'neutral', started: 'info', done: 'success', fix: 'danger' };

/**
 * ?eksempel=<id> opens a copy of an example plan. It runs once, when the island loads and before the draft is
 * read: in a state initializer React could run it twice (a render it starts over), and the second call finds
 * the parameter already gone from the address, so the «opened» message was lost. The example plans load only
 * for such an address (top-level await: the island renders once the copy is the session's draft).
 */
const FROM_URL: ExampleFromUrl | undefined = typeof location !== 'undefined' && new URLSearchParams(location.search).has(EXAMPLE_PARAM)
  ? (await import('./examples')).openExampleFromUrl()
  : undefined;

type FullStatuses = typeof import('../../wizard/status').sectionStatuses;
let fullStatuses: FullStatuses | undefined;

/**
 * The full task statuses (the plan checked with the schema and the rules, «Må rettes»), loaded just after the
 * first paint; until then the list shows what needs no check (Ferdig, Påbegynt, Ikke startet), and it keeps
 * that if the code cannot be fetched.
 */
function useFullStatuses(): FullStatuses | undefined {
  const [full, setFull] = useState(() => fullStatuses);
  useEffect(() => {
    if (full) return;
    let live = true;
    afterPaint(() => void import('../../wizard/status').then((m) => {
      fullStatuses = m.sectionStatuses;
      if (live) setFull(() => m.sectionStatuses);
    }).catch(() => undefined));
    return () => { live = false; };
  }, [full]);
  return full;
}

/** /lag-plan/: the task list of the current draft, and the drafts on this device. */
export default function WizardOverview() {
  const t = useT();
  const fromUrl = FROM_URL;
  const draft = useDraft();
  const [, force] = useState(0);
  const year = useReportingYear();
  const full = useFullStatuses();
  const statuses = useMemo(
    () => (full ? full(draft.plan, draft.done, todayInNorway(), year) : startedStatuses(draft.plan, draft.done)),
    [full, draft.plan, draft.done, year],
  );
  const title = (draft.plan.title as string | undefined) || t('wizard.untitled');

  const done = TASKS.filter((s) => statuses[s.id] === 'done').length;

  // GOV.UK's task list in Designsystemet's look: the plan's title and progress, then the KOSTRA status beside the
  // sections (their tops aligned), then drafts, examples and plan files in their own titled area (src/styles/overview.css).
  return (
    <div className="overview">
      {fromUrl && (
        <div className="ds-alert" data-color={fromUrl.kind === 'opened' ? 'info' : 'warning'} role="status">
          <Paragraph>
            {fromUrl.kind === 'opened' ? t('examples.opened', { title: fromUrl.example.title[uiLang()] }) : t('examples.unknown', { id: fromUrl.id })}
          </Paragraph>
        </div>
      )}
      <SaveNotice draft={draft} onReloadNewest={() => { getSession().reloadNewest(); force((n) => n + 1); }} onSaveAsCopy={() => getSession().saveAsCopy()} />
      <section className="overview__plan" aria-labelledby="gjeldende-utkast">
        <div className="overview__head">
          <p className="ds-paragraph overview__eyebrow" data-size="sm">{t('wizard.overview.planHeading')}</p>
          <Heading level={2} data-size="md" id="gjeldende-utkast">{title}</Heading>
          <p className="ds-paragraph overview__progress" id="fremdrift">{t('wizard.overview.progress', { done, total: TASKS.length })}</p>
          <History previous={draft.plan.history as { previousPlanId?: string; previousTitle?: string } | undefined} />
          <p className="ds-paragraph overview__to-drafts" data-size="sm"><a className="ds-link" href="#utkast-tittel">{t('wizard.overview.toDrafts')}</a></p>
        </div>
        <div className="overview__body">
          <StatusPanel plan={draft.plan} />
          <div className="overview__tasks">
            <h3 className="visually-hidden" id="deler-tittel">{t('wizard.overview.sections')}</h3>
            <ol className="task-list" aria-labelledby="deler-tittel">
              {TASKS.map((s) => (
                <li key={s.id} className="task-list__item">
                  <div className="task-list__name">
                    <a className="ds-link task-list__link" href={href(sectionHref(s.id))} aria-describedby={`status-${s.id}`}>{t(sectionTitleKey(s.id))}</a>
                    <Paragraph data-size="sm" className="task-list__hint">{t(sectionLeadKey(s.id))}</Paragraph>
                  </div>
                  <Tag id={`status-${s.id}`} className="task-list__status" data-color={STATUS_COLORS[statuses[s.id]]}>{t(STATUS_KEYS[statuses[s.id]])}</Tag>
                </li>
              ))}
            </ol>
            <p className="ds-paragraph"><a className="ds-link" href={href(sectionHref('revisjon'))}>{t('revision.overview.link')}</a></p>
          </div>
        </div>
      </section>
      <DraftList />
    </div>
  );
}

