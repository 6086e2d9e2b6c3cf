/** Placeholder until the section is built. */
export function Malgrupper() {
  return null;
}
