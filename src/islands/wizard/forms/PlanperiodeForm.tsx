import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { Planperiode } from '../sections/Planperiode';

/** The form of /lag-plan/planperiode/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function PlanperiodeForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={Planperiode} />;
}
