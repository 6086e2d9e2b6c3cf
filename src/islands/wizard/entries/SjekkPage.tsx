import WizardPage from '../WizardPage';
import { Sjekk } from '../sections/Sjekk';

/** The island of /lag-plan/sjekk/: each section page ships only its own section. */
export default function SjekkPage() {
  return <WizardPage section="sjekk" Section={Sjekk} />;
}
