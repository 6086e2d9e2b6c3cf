import WizardPage from '../WizardPage';
import { Malgrupper } from '../sections/Malgrupper';

/** The island of /lag-plan/malgrupper/: each section page ships only its own section. */
export default function MalgrupperPage() {
  return <WizardPage section="malgrupper" Section={Malgrupper} />;
}
