/**
 * Stands in for html2canvas, DOMPurify and canvg, which jsPDF loads on demand only for its html() and SVG features
 * (see the alias in astro.config.mjs). The slides' PDF (pdf.ts) uses neither, so they stay out of the build.
 */
export default function unused(): never {
  throw new Error('html2canvas, DOMPurify and canvg are not part of this site.');
}
