import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { Oppfolging } from '../sections/Oppfolging';

/** The form of /lag-plan/oppfolging/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function OppfolgingForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={Oppfolging} />;
}
