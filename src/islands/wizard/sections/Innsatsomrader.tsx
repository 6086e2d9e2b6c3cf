/** Placeholder until the section is built. */
export function Innsatsomrader() {
  return null;
}
