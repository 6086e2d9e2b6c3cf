/** Placeholder until the section is built. */
export function Forankring() {
  return null;
}
