/** Placeholder until the section is built. */
export function Planperiode() {
  return null;
}
