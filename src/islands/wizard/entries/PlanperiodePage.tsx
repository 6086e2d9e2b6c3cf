import WizardPage from '../WizardPage';
import { Planperiode } from '../sections/Planperiode';

/** The island of /lag-plan/planperiode/: each section page ships only its own section. */
export default function PlanperiodePage() {
  return <WizardPage section="planperiode" Section={Planperiode} />;
}
