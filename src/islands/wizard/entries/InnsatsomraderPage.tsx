import WizardPage from '../WizardPage';
import { Innsatsomrader } from '../sections/Innsatsomrader';

/** The island of /lag-plan/innsatsomrader/: each section page ships only its own section. */
export default function InnsatsomraderPage() {
  return <WizardPage section="innsatsomrader" Section={Innsatsomrader} />;
}
