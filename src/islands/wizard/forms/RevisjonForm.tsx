import { lazy, Suspense } from 'react';
import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { useT } from '../t';
import { LoadBoundary } from '../../shared/LoadBoundary';

// The evaluation (schema parse, the old plan's status) renders just after the page around it, as its own
// chunk, like the check page: the first load carries no zod (issue 15).
const Revisjon = lazy(() => import('../sections/Revisjon').then((m) => ({ default: m.Revisjon })));

function RevisjonSection() {
  const t = useT();
  return (
    <LoadBoundary fallback={<p className="ds-paragraph" role="alert">{t('wizard.loadFailed')}</p>}>
      <Suspense fallback={<p className="ds-paragraph wizard-section-loading">{t('wizard.status.loading')}</p>}>
        <Revisjon />
      </Suspense>
    </LoadBoundary>
  );
}

/** The form of /lag-plan/revisjon/, loaded by the page around it (WizardPage) as its own chunk: evaluating an expired plan and starting the next period. */
export default function RevisjonForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={RevisjonSection} />;
}
