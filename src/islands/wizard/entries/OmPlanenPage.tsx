import WizardPage from '../WizardPage';
import { OmPlanen } from '../sections/OmPlanen';

/** The island of /lag-plan/om-planen/: each section page ships only its own section. */
export default function OmPlanenPage() {
  return <WizardPage section="om-planen" Section={OmPlanen} />;
}
