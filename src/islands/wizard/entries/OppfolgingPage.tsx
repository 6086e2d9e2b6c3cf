import WizardPage from '../WizardPage';
import { Oppfolging } from '../sections/Oppfolging';

/** The island of /lag-plan/oppfolging/: each section page ships only its own section. */
export default function OppfolgingPage() {
  return <WizardPage section="oppfolging" Section={Oppfolging} />;
}
