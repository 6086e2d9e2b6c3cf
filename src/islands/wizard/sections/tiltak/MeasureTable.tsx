import { useFormContext } from 'react-hook-form';
import { Table } from '@digdir/designsystemet-react';
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
  return (
    <div className="tiltak__table">
      <Table zebra border>
        <caption>{t('wizard.measure.table.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('wizard.measure.table.number')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('wizard.measure.table.what')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('wizard.measure.table.who')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('wizard.measure.table.when')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measures.map(({ m, i }) => {
            const who = [m?.responsible?.unit, m?.responsible?.role].map((s) => s?.trim()).filter(Boolean).join(', ');
            return (
              <Table.Row key={i}>
                <Table.Cell>{i + 1}</Table.Cell>
                <Table.HeaderCell scope="row">{m?.description?.trim() || missing}</Table.HeaderCell>
                <Table.Cell>{who || missing}</Table.Cell>
                <Table.Cell>{whenText(t, m?.deadline, m?.milestones?.[0]?.when) || missing}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
