import WizardPage from '../WizardPage';
import { Forankring } from '../sections/Forankring';

/** The island of /lag-plan/forankring/: each section page ships only its own section. */
export default function ForankringPage() {
  return <WizardPage section="forankring" Section={Forankring} />;
}
