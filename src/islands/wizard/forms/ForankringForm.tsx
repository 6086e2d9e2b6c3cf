import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { Forankring } from '../sections/Forankring';

/** The form of /lag-plan/forankring/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function ForankringForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={Forankring} />;
}
