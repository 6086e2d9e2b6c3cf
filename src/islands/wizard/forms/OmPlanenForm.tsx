import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { OmPlanen } from '../sections/OmPlanen';

/** The form of /lag-plan/om-planen/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function OmPlanenForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={OmPlanen} />;
}
