import WizardPage from '../WizardPage';
import { Kunnskapsgrunnlag } from '../sections/Kunnskapsgrunnlag';

/** The island of /lag-plan/kunnskapsgrunnlag/: each section page ships only its own section. */
export default function KunnskapsgrunnlagPage() {
  return <WizardPage section="kunnskapsgrunnlag" Section={Kunnskapsgrunnlag} />;
}
