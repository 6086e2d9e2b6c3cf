/** Placeholder until the section is built. */
export function Oppfolging() {
  return null;
}
