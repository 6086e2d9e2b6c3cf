/**
 * Reads a slide PDF with pdfjs-dist (its legacy build, as src/import/pdf.ts does) for the slide tests: each page's
 * size and text lines (top to bottom), and the document's title, author, creator and language.
 */
export interface PdfPage { width: number; height: number; lines: string[] }
export interface SlidePdf {
  pages: PdfPage[];
  info: { Title?: string; Author?: string; Creator?: string; Subject?: string; Language?: string };
}

export async function readSlidePdf(bytes: Uint8Array): Promise<SlidePdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const rotated = page.rotate % 180 !== 0;
      const width = rotated ? y1 - y0 : x1 - x0;
      const height = rotated ? x1 - x0 : y1 - y0;
      // Text runs grouped by their baseline, top of the page first.
      const rows = new Map<number, { x: number; str: string }[]>();
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str) continue;
        const y = Math.round(item.transform[5]);
        const row = [...rows.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
        rows.set(row, [...(rows.get(row) ?? []), { x: item.transform[4], str: item.str }]);
      }
      const lines = [...rows.entries()].sort((a, b) => b[0] - a[0])
        .map(([, runs]) => runs.sort((a, b) => a.x - b.x).map((r) => r.str).join('').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      pages.push({ width, height, lines });
      page.cleanup();
    }
    const metadata = await doc.getMetadata();
    return { pages, info: metadata.info as SlidePdf['info'] };
  } finally {
    await task.destroy();
  }
}
