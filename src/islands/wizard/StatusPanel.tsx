import { lazy, Suspense } from 'react';
import { href } from '../shared/i18n';
import { sectionHref } from '../../wizard/sections';
import { useT } from './t';
import { LoadBoundary } from '../shared/LoadBoundary';

// The verdict loads after the page's first render, with the schema's parse and the rules (see StatusVerdict).
// Zod, then the schema, then the rules, each on its own: each import runs as a task of its own, so none of them is
// a long one on a slow laptop.
const StatusVerdict = lazy(() => import('zod/mini').then(() => import('../../plan/schema')).then(() => import('./StatusVerdict')));

/**
 * The compact status that stays visible on every wizard page: for which reporting years
 * the plan counts once the council adopts it on the planned date, the next step, and the
 * krav and recommendations for the year picked. Updates as the user types.
 */
export function StatusPanel({ plan }: { plan: Record<string, unknown> }) {
  const t = useT();
  return (
    <aside className="status-panel ds-card" aria-labelledby="status-tittel" data-color="neutral">
      <h2 className="ds-heading" data-size="2xs" id="status-tittel">{t('wizard.status.title')}</h2>
      <LoadBoundary fallback={<p className="ds-paragraph" data-size="sm" role="alert">{t('wizard.loadFailed')}</p>}>
        <Suspense fallback={<p className="ds-paragraph" data-size="sm" id="status-laster">{t('wizard.status.loading')}</p>}>
          <StatusVerdict plan={plan} />
        </Suspense>
      </LoadBoundary>
      <a className="ds-link" href={href(sectionHref('sjekk'))}>{t('wizard.status.details')}</a>
    </aside>
  );
}
