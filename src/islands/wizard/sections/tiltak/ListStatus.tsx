import { Button, Paragraph } from '../../../shared/ds';
import type { UndoApi } from './useUndo';
import { useT } from '../../t';

/** The live status line under a list, with «Angre» after a removal. */
export function ListStatusLine({ id, api }: { id: string; api: UndoApi }) {
  const t = useT();
  const { message, restore } = api.status;
  return (
    <div className="list-status" role="status" data-active={message ? 'true' : undefined}>
      {message && <Paragraph id={`${id}-melding`} data-size="sm">{message}</Paragraph>}
      {restore && (
        <Button id={id} type="button" variant="secondary" data-size="sm" aria-describedby={`${id}-melding`} onClick={api.undo}>
          {t('wizard.undo')}
        </Button>
      )}
    </div>
  );
}
