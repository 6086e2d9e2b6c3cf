import { useCallback, useState } from 'react';
import { focusSoon } from './focus';

export interface ListStatus {
  /** What just happened to the list, read out by screen readers. */
  message: string;
  /** Puts the last removed item back where it was. */
  restore?: () => void;
}

/**
 * The status line of an editable list: announces moves and copies, and after a removal
 * offers «Angre» for that removal (and takes focus there, so the keyboard user is not
 * left on a field that no longer exists). Any later announcement replaces the offer:
 * an undo only ever applies to the last thing the user did.
 */
export function useUndo(undoButtonId: string) {
  const [status, setStatus] = useState<ListStatus>({ message: '' });

  const announce = useCallback((message: string) => setStatus({ message }), []);

  const offerUndo = useCallback((message: string, restore: () => void) => {
    setStatus({ message, restore });
    focusSoon(undoButtonId);
  }, [undoButtonId]);

  const undo = useCallback(() => {
    const restore = status.restore;
    setStatus({ message: '' });
    restore?.();
  }, [status]);

  return { status, announce, offerUndo, undo };
}

export type UndoApi = ReturnType<typeof useUndo>;
