import { lazy, Suspense } from 'react';
import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { useT } from '../t';
import { LoadBoundary } from '../../shared/LoadBoundary';

// The check (schema parse, outlook, rules, findings, summary) renders just after the page around it,
// as its own chunk: the page's first render and the check's work are two shorter tasks, not one long one.
const Sjekk = lazy(() => import('../sections/Sjekk').then((m) => ({ default: m.Sjekk })));

function SjekkSection() {
  const t = useT();
  return (
    <LoadBoundary fallback={<p className="ds-paragraph" role="alert">{t('wizard.loadFailed')}</p>}>
      <Suspense fallback={<p className="ds-paragraph wizard-section-loading" id="sjekk-laster">{t('wizard.status.loading')}</p>}>
        <Sjekk />
      </Suspense>
    </LoadBoundary>
  );
}

/** The form of /lag-plan/sjekk/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function SjekkForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={SjekkSection} />;
}
