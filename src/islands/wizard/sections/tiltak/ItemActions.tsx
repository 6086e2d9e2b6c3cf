import { Button } from '../../../shared/ds';
import { useT } from '../../t';

interface Props {
  /** The item as the buttons name it: «tiltak 3», «Forebygging». */
  name: string;
  index: number;
  /** The last item has no «move down». */
  last: boolean;
  /** Prefix of the buttons' ids, so focus can follow a moved item: «tiltak-3». */
  idPrefix: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  duplicateLabel?: string;
  onDuplicate?: (index: number) => void;
}

/** Move up, move down, (copy) and remove for one item of a list; every button names its item. */
export function ItemActions({ name, index, last, idPrefix, onMove, onRemove, duplicateLabel, onDuplicate }: Props) {
  const t = useT();
  return (
    <div className="button-row item-actions">
      {index > 0 && (
        <Button id={`${idPrefix}-opp`} type="button" variant="tertiary" data-size="sm" onClick={() => onMove(index, index - 1)}>
          {t('wizard.list.moveUp', { name })}
        </Button>
      )}
      {!last && (
        <Button id={`${idPrefix}-ned`} type="button" variant="tertiary" data-size="sm" onClick={() => onMove(index, index + 1)}>
          {t('wizard.list.moveDown', { name })}
        </Button>
      )}
      {onDuplicate && duplicateLabel && (
        <Button id={`${idPrefix}-kopi`} type="button" variant="tertiary" data-size="sm" onClick={() => onDuplicate(index)}>
          {duplicateLabel}
        </Button>
      )}
      <Button id={`${idPrefix}-fjern`} type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => onRemove(index)}>
        {t('wizard.list.remove', { name })}
      </Button>
    </div>
  );
}

/** Where focus goes after a move: the same button at the item's new place, or its other move button. */
export function focusAfterMove(idPrefixAt: (i: number) => string, from: number, to: number): [string, string] {
  const dir = to < from ? 'opp' : 'ned';
  const other = dir === 'opp' ? 'ned' : 'opp';
  return [`${idPrefixAt(to)}-${dir}`, `${idPrefixAt(to)}-${other}`];
}
