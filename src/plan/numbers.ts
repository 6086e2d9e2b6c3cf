/**
 * A number as the plan's documents and pages write it, the way nb-NO does: a non-breaking space between
 * thousands, a decimal comma, at most three decimals, and a minus sign (−) for negatives: «1 250 000», «2,5».
 *
 * Not with toLocaleString('nb-NO'): its first call on a page sets up the browser's number format data, about
 * 200 ms at 4× CPU slowdown, in the first render of the print page (issue 15). What no plan holds goes to the
 * browser as before: integers of 10²¹ and more (written with an exponent), decimals of 10¹² and more.
 */
export function formatNumber(n: number): string {
  const integer = Number.isInteger(n);
  if (!Number.isFinite(n) || Math.abs(n) >= (integer ? 1e21 : 1e12)) return n.toLocaleString('nb-NO');
  const rounded = integer ? Math.abs(n) : Math.round(Math.abs(n) * 1000) / 1000;
  const [whole, decimals] = integer ? [rounded.toFixed(0)] : rounded.toFixed(3).replace(/0+$/, '').replace(/\.$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  // A minus for every negative number, also one that rounds to 0, and for -0, as nb-NO writes them («−0»).
  return `${n < 0 || Object.is(n, -0) ? '−' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}
