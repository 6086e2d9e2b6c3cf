/** Placeholder until the section is built. */
export function Kunnskapsgrunnlag() {
  return null;
}
