/**
 * «Lim inn tiltak» in the measures section: a field that takes a paste of rows from Word,
 * Excel or a web page (HTML table or tab-separated text). The preview and the import code
 * load only after something is pasted, so the measures page's first load does not grow.
 */
import { lazy, Suspense, useState, type ClipboardEvent } from 'react';
import { Button, Paragraph } from '../shared/ds';
import { useT } from '../wizard/t';

const PastePreview = lazy(() => import('./PastePreview'));

export function PasteMeasures({ onAdd }: { onAdd: (measures: Record<string, unknown>[]) => void }) {
  const t = useT();
  const [pasted, setPasted] = useState<{ html?: string; text?: string; n: number }>();
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const html = e.clipboardData.getData('text/html') || undefined;
    const text = e.clipboardData.getData('text/plain') || undefined;
    if (!html && !text) return;
    e.preventDefault();
    setMessage('');
    setPasted((p) => ({ html, text, n: (p?.n ?? 0) + 1 }));
  }

  return (
    <div className="stack lim-inn">
      <div className="ds-field">
        <label className="ds-label" htmlFor="lim-inn-tiltak">{t('import.paste.label')}</label>
        <div data-field="description" id="lim-inn-beskrivelse">{t('import.paste.description')}</div>
        <textarea id="lim-inn-tiltak" className="ds-input" rows={3} aria-describedby="lim-inn-beskrivelse"
          value={typed} onChange={(e) => setTyped(e.target.value)} onPaste={onPaste} />
      </div>
      {typed.trim() && !pasted && (
        <div><Button type="button" variant="secondary" data-size="sm" onClick={() => setPasted({ text: typed, n: 1 })}>{t('import.paste.add')}</Button></div>
      )}
      {pasted && (
        <Suspense fallback={null}>
          <PastePreview key={pasted.n} html={pasted.html} text={pasted.text} onAdd={onAdd}
            onClose={(m) => { setPasted(undefined); setTyped(''); setMessage(m ?? ''); }} />
        </Suspense>
      )}
      <Paragraph role="status" data-size="sm" id="lim-inn-status">{message}</Paragraph>
    </div>
  );
}
