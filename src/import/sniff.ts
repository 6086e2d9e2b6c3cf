/** What kind of file the bytes are, from their first bytes rather than the name. */
export type FileKind = 'docx' | 'pdf' | 'encrypted-office' | 'old-word' | 'other';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** «EncryptedPackage» in UTF-16LE: the stream a password-protected .docx keeps its content in. */
const ENCRYPTED_PACKAGE = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  // %PDF may follow a little junk; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  // Compound File Binary: either an encrypted Office file or an old .doc.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return contains(bytes.subarray(0, 1024 * 1024), ENCRYPTED_PACKAGE) ? 'encrypted-office' : 'old-word';
  }
  return 'other';
}
