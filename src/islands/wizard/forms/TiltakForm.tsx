import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { Tiltak } from '../sections/Tiltak';

/** The form of /lag-plan/tiltak/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function TiltakForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={Tiltak} />;
}
