/** Placeholder until the section is built. */
export function Tiltak() {
  return null;
}
