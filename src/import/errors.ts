/** Why a file could not be imported; the page turns each code into a Norwegian sentence that says what to do. */
export const IMPORT_ERROR_CODES = [
  'not-supported', // not a .docx or PDF
  'old-word', // .doc (Word 97–2003)
  'password', // encrypted Word file or PDF
  'too-large', // over IMPORT_LIMITS.fileBytes
  'zip-bomb', // would unpack to far more than a plan can be
  'damaged', // not readable as what it claims to be
  'not-word', // a zip, but not a Word document
  'no-content', // a .docx with no tables and no lists
  'no-text', // a PDF without a text layer (scanned)
  'empty-paste', // pasted nothing that looks like rows
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode) {
    super(code);
    this.name = 'ImportError';
  }
}

export const IMPORT_LIMITS = {
  /** The file as chosen. Plans with photos run to a few MB; 25 MB leaves room. */
  fileBytes: 25 * 1024 * 1024,
  /** Any one part of a .docx once unpacked (document.xml of a 200-page plan is a few MB). */
  partBytes: 60 * 1024 * 1024,
  /** All parts of a .docx together, once unpacked. */
  unzippedBytes: 250 * 1024 * 1024,
  /** Compression ratio above which a large part is taken for a zip bomb (text XML compresses about 10:1). */
  ratio: 200,
  /** PDF pages read. */
  pdfPages: 300,
} as const;
