import { lazy, Suspense } from 'react';
import { Button, Paragraph } from '../shared/ds';
import { href } from '../shared/i18n';
import { LoadBoundary } from '../shared/LoadBoundary';
import { useDraft } from './session';
import { useT } from './t';

// The plan itself (schema parse, legal basis, outlook) renders just after the page around it, as its own chunk,
// so the first load carries neither zod nor the rules (issue 15).
const PrintPreview = lazy(() => import('./PrintPreview'));

/** /lag-plan/utskrift/: the current draft as a page made for printing to A4 or PDF. */
export default function PrintView() {
  const t = useT();
  const draft = useDraft();
  return (
    <div className="print-view stack">
      <div className="no-print stack">
        <p className="ds-paragraph"><a className="ds-link" href={href('/lag-plan/sjekk/')}>{t('wizard.print.back')}</a></p>
        <Paragraph>{t('wizard.print.lead')}</Paragraph>
        <Button type="button" onClick={() => print()}>{t('wizard.print.button')}</Button>
      </div>
      <LoadBoundary fallback={<p className="ds-paragraph" role="alert">{t('wizard.loadFailed')}</p>}>
        <Suspense fallback={<p className="ds-paragraph print-view__loading">{t('wizard.status.loading')}</p>}>
          <PrintPreview plan={draft.plan} />
        </Suspense>
      </LoadBoundary>
    </div>
  );
}
