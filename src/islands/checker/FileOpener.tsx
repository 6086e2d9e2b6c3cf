import { useState } from 'react';
import { uiLang } from '../shared/i18n';
import { FileErrors } from '../shared/FileErrors';
import { readPlanFile } from '../shared/readPlanFile';
import type { Plan } from '../../plan/schema';
import type { T } from '../shared/i18n';
import { FieldLabel } from '../shared/FieldLabel';

/**
 * Opens a plan file from the file picker or by drag and drop. On any problem it
 * shows Norwegian errors and calls nothing, so whatever was open stays as it was.
 */
export function FileOpener({ t, onOpen }: { t: T; onOpen: (plan: Plan, name: string) => void }) {
  const [errors, setErrors] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  async function read(file: File | undefined) {
    if (!file) return;
    const result = await readPlanFile(file);
    if (result.ok) {
      setErrors([]);
      onOpen(result.plan, file.name);
    } else {
      setErrors(result.errors.map((e) => e[uiLang()]));
    }
  }

  return (
    <div
      className="dropzone stack"
      data-dragging={dragging}
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => { e.preventDefault(); setDragging(false); void read(e.dataTransfer.files[0]); }}
    >
      <div className="ds-field">
        <label className="ds-label" htmlFor="planfil"><FieldLabel t={t} required text={t('checker.file.label')} /></label>
        <p className="ds-paragraph" data-field="description" id="planfil-beskrivelse">{t('checker.file.description')}</p>
        <input
          id="planfil"
          className="ds-input"
          type="file"
          accept=".json,application/json"
          aria-describedby="planfil-beskrivelse"
          aria-invalid={errors.length > 0 || undefined}
          onChange={(e) => { void read(e.target.files?.[0]); e.target.value = ''; }}
        />
      </div>
      <FileErrors t={t} errors={errors} level={2} />
    </div>
  );
}
