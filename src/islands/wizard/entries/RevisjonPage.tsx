import WizardPage from '../WizardPage';
import { Revisjon } from '../sections/Revisjon';

/** The island of /lag-plan/revisjon/: evaluating an expired plan and starting the next period. */
export default function RevisjonPage() {
  return <WizardPage section="revisjon" Section={Revisjon} />;
}
