/** Turning a docx Document into bytes (Node, tests) or a Blob (browser). */
import { Packer, type Document } from 'docx';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function docxBytes(doc: Document): Promise<Uint8Array> {
  return Packer.toBuffer(doc).then((b) => new Uint8Array(b));
}

export function docxBlob(doc: Document): Promise<Blob> {
  return Packer.toBlob(doc);
}
