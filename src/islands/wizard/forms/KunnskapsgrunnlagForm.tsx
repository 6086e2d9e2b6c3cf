import { WizardForm } from '../WizardForm';
import type { SectionFormProps } from '../section-forms';
import { Kunnskapsgrunnlag } from '../sections/Kunnskapsgrunnlag';

/** The form of /lag-plan/kunnskapsgrunnlag/, loaded by the page around it (WizardPage) as its own chunk: each section page ships only its own section. */
export default function KunnskapsgrunnlagForm(props: SectionFormProps) {
  return <WizardForm {...props} Section={Kunnskapsgrunnlag} />;
}
