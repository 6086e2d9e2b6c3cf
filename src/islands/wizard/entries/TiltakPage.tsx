import WizardPage from '../WizardPage';
import { Tiltak } from '../sections/Tiltak';

/** The island of /lag-plan/tiltak/: each section page ships only its own section. */
export default function TiltakPage() {
  return <WizardPage section="tiltak" Section={Tiltak} />;
}
