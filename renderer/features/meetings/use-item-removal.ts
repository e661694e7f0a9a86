import { useState } from 'react';
import type { Meeting } from '#shared/domain/meeting.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { updateMeeting } from './meeting-repository.ts';

type ListName = 'agenda' | 'decisions' | 'actions' | 'participants';

interface Removal {
  text: string;
  undo: () => Promise<void>;
}

/**
 * Removing an item from one of a meeting's lists, with the app's own Ångra: the item goes back at
 * the place it had (unless it is back already). Typing waiting to be stored is stored first, so the
 * removal and its undo never race an older write of the same meeting.
 */
export function useItemRemoval(meetingId: string) {
  const [last, setLast] = useState<Removal | null>(null);
  const [status, setStatus] = useState('');
  async function remove<K extends ListName>(list: K, itemId: string, text: string): Promise<void> {
    await flushSaves();
    let removed: { item: Meeting[K][number]; index: number } | null = null;
    await updateMeeting(meetingId, (meeting) => {
      const items = meeting[list] as Meeting[K][number][];
      const index = items.findIndex((i) => i.id === itemId);
      if (index === -1) return meeting;
      removed = { item: items[index] as Meeting[K][number], index };
      // A removed agenda item's decisions keep pointing at it, shown under no particular item, so Ångra puts them back under it.
      return { ...meeting, [list]: items.filter((i) => i.id !== itemId) };
    });
    const taken = removed as { item: Meeting[K][number]; index: number } | null;
    if (taken === null) return;
    setStatus(text);
    setLast({
      text,
      undo: async () => {
        await flushSaves();
        await updateMeeting(meetingId, (meeting) => {
          const items = meeting[list] as Meeting[K][number][];
          if (items.some((i) => i.id === taken.item.id)) return meeting;
          return { ...meeting, [list]: [...items.slice(0, taken.index), taken.item, ...items.slice(taken.index)] };
        });
      },
    });
  }
  async function undo(undone: string): Promise<void> {
    if (!last) return;
    setLast(null);
    await last.undo();
    setStatus(undone);
  }
  return { remove, undo, canUndo: last !== null, status };
}
