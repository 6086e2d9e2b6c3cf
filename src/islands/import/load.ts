/**
 * The import code, loaded only when the user picks a file or pastes rows: none of it is in
 * any page's first load. The PDF worker is a file on the site itself (the Content-Security-Policy
 * allows workers from 'self' only); Vite copies it to /_astro/ and gives its address.
 */
import pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

export const loadImport = () => import('../../import');
export const PDF_WORKER_SRC: string = pdfWorker;
