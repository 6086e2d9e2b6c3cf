import { useFormContext } from 'react-hook-form';
import { Table } from '../../../shared/ds';
import { useT } from '../../t';
import { hiddenByFilter } from './goals';
import { whenText } from './summary';

type Row = { description?: string; goalId?: string; responsible?: { unit?: string; role?: string }; deadline?: string; milestones?: { when?: string }[] };

/** All measures as one compact table (what, who, when), for the group to read through together. */
export function MeasureTable({ filter }: { filter: string }) {
  const t = useT();
  const { getValues } = useFormContext();
  const measures = ((getValues('measures') ?? []) as Row[]).map((m, i) => ({ m, i })).filter(({ m }) => !hiddenByFilter(filter, m?.goalId));
  const missing = t('wizard.measure.table.missing');
  const who = t('wizard.measure.table.who');
  const when = t('wizard.measure.table.when');
  // On narrow screens the rows stack (CSS); the explicit roles keep it a table for screen readers there too.
  return (
    <div className="tiltak__table">
      <Table zebra border role="table">
        <caption>{t('wizard.measure.table.caption')}</caption>
        <Table.Head role="rowgroup">
          <Table.Row role="row">
            <Table.HeaderCell scope="col" role="columnheader">{t('wizard.measure.table.what')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" role="columnheader">{who}</Table.HeaderCell>
            <Table.HeaderCell scope="col" role="columnheader">{when}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body role="rowgroup">
          {measures.map(({ m, i }) => {
            const responsible = [m?.responsible?.unit, m?.responsible?.role].map((s) => s?.trim()).filter(Boolean).join(', ');
            return (
              <Table.Row key={i} role="row">
                <Table.HeaderCell scope="row" role="rowheader">{t('wizard.measure.table.row', { n: i + 1, description: m?.description?.trim() || missing })}</Table.HeaderCell>
                <Table.Cell role="cell" data-label={who}>{responsible || missing}</Table.Cell>
                <Table.Cell role="cell" data-label={when}>{whenText(t, m?.deadline, m?.milestones?.[0]?.when) || missing}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
