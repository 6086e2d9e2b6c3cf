import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { Malgrupper } from '../sections/Malgrupper';

/** The form of /lag-plan/malgrupper/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function MalgrupperForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={Malgrupper} />;
}
