import { useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { fieldId } from '../../../wizard/sections';

interface Options {
  /** Dot path of the list in the plan. */
  name: string;
  /** The field of a new item that gets focus, for example «decidedOn». */
  firstField: string;
  /** Id of the list's add button: focus goes there after a removal. */
  addButtonId: string;
}

/**
 * Add and remove for a list in the plan, with the focus handling keyboard and screen
 * reader users need: a new item's first field gets focus; after a removal focus goes
 * to the add button and the removal is announced.
 */
export function useListEditor({ name, firstField, addButtonId }: Options) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const [announcement, setAnnouncement] = useState('');

  function add(item: Record<string, unknown>) {
    append(item, { shouldFocus: false });
    setAnnouncement('');
    requestAnimationFrame(() => document.getElementById(fieldId(`${name}.${fields.length}.${firstField}`))?.focus());
  }

  function removeAt(index: number, removedMessage: string) {
    remove(index);
    setAnnouncement(removedMessage);
    requestAnimationFrame(() => document.getElementById(addButtonId)?.focus());
  }

  return { fields, add, removeAt, announcement };
}
