import { useState } from 'react';
import { Button, Paragraph } from '../shared/ds';
import { downloadBlob } from '../shared/download';
import { useT } from './t';

export type Exports = typeof import('../../export/browser');
type Made = { blob: Blob; fileName: string };

/** Loads the export code on first use only: the docx library stays out of the first load. */
let exportsModule: Promise<Exports> | undefined;
const loadExports = () => (exportsModule ??= import('../../export/browser'));

/** A button that makes a file with the export code and offers it for download. */
export function ExportButton({ label, make, variant = 'primary' }: { label: string; make: (m: Exports) => Promise<Made> | Made; variant?: 'primary' | 'secondary' }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function run() {
    setBusy(true);
    setFailed(false);
    try {
      const file = await make(await loadExports());
      downloadBlob(file.blob, file.fileName);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button type="button" variant={variant} onClick={run} aria-busy={busy || undefined}>{label}</Button>
      {busy && <Paragraph role="status" className="visually-hidden">{t('wizard.export.busy')}</Paragraph>}
      {failed && <Paragraph role="alert">{t('wizard.export.failed')}</Paragraph>}
    </>
  );
}
