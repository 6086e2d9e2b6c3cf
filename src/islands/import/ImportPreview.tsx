/**
 * The preview of an import: the facts proposed from the text (each with its sentence), the
 * focus areas, and each measure table with a field per column and a tick per row. Nothing
 * here saves anything; the parent decides what to do with the confirmed result.
 */
import { Button, Heading, Paragraph } from '../shared/ds';
import { Checkbox, Fieldset, TextField } from '../shared/fields';
import type { T } from '../shared/i18n';
import type { ImportResult, FoundTable, Field } from '../../import';
import { FIELDS } from '../../import/columns';
import type { MessageKey } from '../../i18n';

export type Update = (change: (draft: ImportResult) => void) => void;

const short = (s: string, max = 160) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function tableTitle(t: T, table: FoundTable): string {
  const { kind, index, heading } = table.origin;
  if (kind === 'list') return t('import.table.list', { heading: heading ?? '' });
  if (kind === 'paste') return t('import.table.paste');
  return heading ? t('import.table.tableUnder', { n: index, heading }) : t('import.table.table', { n: index });
}

export function includedCount(result: ImportResult): { n: number; total: number } {
  const rows = result.tables.flatMap((tb) => tb.rows);
  return { n: rows.filter((r) => r.include).length, total: rows.length };
}

export function FactsPreview({ t, result, update, municipality, setMunicipality }: { t: T; result: ImportResult; update: Update; municipality: string; setMunicipality: (s: string) => void }) {
  const f = result.facts;
  const source = (sentence: string) => <span className="import-source">{t('import.fact.source', { sentence: short(sentence, 240) })}</span>;
  const date = (d: { date: string; yearOnly: boolean }) => (d.yearOnly ? t('import.fact.yearOnly', { year: d.date.slice(0, 4) }) : d.date);
  const adoptionText = (a: NonNullable<typeof f.adoption>['value']) => [
    a.body ? t(`import.body.${a.body}` as MessageKey) : undefined,
    a.date ? t('import.fact.adoption.date', { date: a.date }) : undefined,
    a.caseNumber ? t('import.fact.adoption.case', { case: a.caseNumber }) : undefined,
  ].filter(Boolean).join(', ');
  const none = !f.title && !f.period && !f.adoption && !f.followUp.length;
  return (
    <section className="stack" aria-labelledby="import-fakta">
      <Heading level={2} data-size="sm" id="import-fakta">{t('import.facts.heading')}</Heading>
      {none ? <Paragraph>{t('import.facts.none')}</Paragraph> : (
        <Fieldset legend={t('import.facts.legend')}>
          {f.title && <Checkbox id="forslag-tittel" checked={f.title.accept} onChange={(e) => update((d) => { d.facts.title!.accept = e.target.checked; })}
            label={t('import.fact.title', { value: f.title.value })} description={source(f.title.sentence)} />}
          {f.period && <Checkbox id="forslag-periode" checked={f.period.accept} onChange={(e) => update((d) => { d.facts.period!.accept = e.target.checked; })}
            label={t('import.fact.period', { start: f.period.value.start, end: f.period.value.end })} description={source(f.period.sentence)} />}
          {f.adoption && <Checkbox id="forslag-vedtak" checked={f.adoption.accept} onChange={(e) => update((d) => { d.facts.adoption!.accept = e.target.checked; })}
            label={t('import.fact.adoption', { text: adoptionText(f.adoption.value) })} description={source(f.adoption.sentence)} />}
          {f.followUp.map((p, i) => (
            <Checkbox key={p.value.kind} id={`forslag-${p.value.kind}`} checked={p.accept} onChange={(e) => update((d) => { d.facts.followUp[i].accept = e.target.checked; })}
              label={t(p.value.kind === 'evaluation' ? 'import.fact.evaluation' : 'import.fact.revision', { date: date(p.value) })} description={source(p.sentence)} />
          ))}
        </Fieldset>
      )}
      <TextField id="import-kommune" label={t('import.municipality')} description={t('import.municipality.description')} value={municipality} onChange={(e) => setMunicipality(e.target.value)} autoComplete="off" />
      {f.focusAreas.length > 0 && (
        <Fieldset legend={t('import.areas.legend')} description={t('import.areas.description')}>
          {f.focusAreas.map((a, i) => (
            <Checkbox key={a.value} id={`forslag-omrade-${i}`} checked={a.accept} onChange={(e) => update((d) => { d.facts.focusAreas[i].accept = e.target.checked; })}
              label={a.value} description={a.sentence !== a.value ? source(a.sentence) : undefined} />
          ))}
        </Fieldset>
      )}
    </section>
  );
}

export function TablesPreview({ t, result, update, idPrefix = 'import' }: { t: T; result: ImportResult; update: Update; idPrefix?: string }) {
  return (
    <>
      {result.tables.map((table, ti) => {
        const description = table.columns.findIndex((c) => c.field === 'description');
        const area = table.columns.findIndex((c) => c.field === 'focusArea');
        const titleId = `${idPrefix}-tabell-${ti}`;
        return (
          <section key={ti} className="stack import-table" aria-labelledby={titleId}>
            <Heading level={3} data-size="xs" id={titleId}>{tableTitle(t, table)}</Heading>
            {table.columns.length > 1 && (
              <Fieldset legend={t('import.columns.legend')} className="import-columns">
                {table.columns.map((c, ci) => {
                  const id = `${idPrefix}-kolonne-${ti}-${ci}`;
                  return (
                    <div className="ds-field" key={ci}>
                      <label className="ds-label" htmlFor={id}>{c.header ? t('import.column', { n: ci + 1, header: short(c.header, 60) }) : t('import.column.unnamed', { n: ci + 1 })}</label>
                      <select id={id} className="ds-input" value={c.field} onChange={(e) => update((d) => { d.tables[ti].columns[ci].field = e.target.value as Field; })}>
                        {FIELDS.map((f) => <option key={f} value={f}>{t(`import.field.${f}` as MessageKey)}</option>)}
                      </select>
                    </div>
                  );
                })}
              </Fieldset>
            )}
            <Fieldset legend={t('import.rows.legend')}>
              <div className="button-row">
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => update((d) => { d.tables[ti].rows.forEach((r) => { r.include = true; }); })}>{t('import.rows.all')}</Button>
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => update((d) => { d.tables[ti].rows.forEach((r) => { r.include = false; }); })}>{t('import.rows.none')}</Button>
              </div>
              {table.rows.map((row, ri) => {
                const text = description === -1 ? row.cells.join(' – ') : row.cells[description];
                const others = row.cells.filter((c, ci) => ci !== description && ci !== area && c && table.columns[ci].field !== 'ignore');
                const rowArea = area !== -1 ? row.cells[area] : row.focusArea;
                return (
                  <Checkbox key={ri} id={`${idPrefix}-rad-${ti}-${ri}`} checked={row.include}
                    onChange={(e) => update((d) => { d.tables[ti].rows[ri].include = e.target.checked; })}
                    label={short(text || '—')}
                    description={[rowArea ? t('import.row.area', { area: rowArea }) : '', ...others.map((o) => short(o, 80))].filter(Boolean).join(' · ') || undefined} />
                );
              })}
            </Fieldset>
          </section>
        );
      })}
    </>
  );
}
