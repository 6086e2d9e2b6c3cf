import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { Innsatsomrader } from '../sections/Innsatsomrader';

/** The form of /lag-plan/innsatsomrader/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function InnsatsomraderForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={Innsatsomrader} />;
}
