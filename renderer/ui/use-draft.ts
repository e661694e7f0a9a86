/**
 * What a field shows while the user edits it, kept apart from what is
 * stored, so that the screen never silently differs from the database:
 * - a value that passes its check is stored (through the autosave queue);
 * - a value that does not stays on screen as a draft, marked unsaved,
 *   remembered across view switches (ui/drafts.ts), and is never replaced
 *   by a stored value arriving meanwhile;
 * - a field with no draft follows the stored value (undo, other views).
 */
import { useEffect, useRef, useState } from 'react';
import { cancelSave, scheduleSave, type SaveOperation } from '../saving/autosave.ts';
import { draftFor, dropDraft, keepDraft } from './drafts.ts';

export type Equivalent = (draft: string, stored: string) => boolean;
const same: Equivalent = (a, b) => a === b;

interface DraftsOptions<N extends number> {
  saveKey: string;
  /** The stored values as text, one per field. */
  stored: readonly string[] & { length: N };
  /** Drafts the same as stored ones though written differently ("1500" and "1 500"). */
  equivalent?: Equivalent;
  /** A problem with the drafts taken together, or undefined when they may be stored. */
  validate: (drafts: string[]) => string | undefined;
  /** The journaled operation that stores the drafts (null: nothing to store). */
  onSave: (drafts: string[]) => SaveOperation | null;
}

export interface Drafts {
  texts: string[];
  problem: string | undefined;
  /** Per field: the text on screen is not what is stored. */
  unsaved: boolean[];
  change: (index: number, text: string) => void;
}

const draftKey = (saveKey: string, index: number, count: number): string => (count === 1 ? saveKey : `${saveKey}#${index}`);

/** One or more fields stored together: either all their drafts pass the check and are stored in one write, or none is. */
export function useDrafts<N extends number>({ saveKey, stored, equivalent = same, validate, onSave }: DraftsOptions<N>): Drafts {
  const count = stored.length;
  const [texts, setTexts] = useState<string[]>(() => stored.map((value, index) => draftFor(draftKey(saveKey, index, count)) ?? value));
  const [problem, setProblem] = useState<string | undefined>(() => (texts.some((text, i) => !equivalent(text, stored[i] ?? '')) ? validate(texts) : undefined));
  const textsRef = useRef(texts);
  const previousStored = useRef<readonly string[]>(stored);
  /** The values of our own save on its way to the database. */
  const sent = useRef<string[] | undefined>(undefined);
  const storedKey = JSON.stringify(stored);
  const latest = useRef({ validate, onSave });
  latest.current = { validate, onSave };

  /** Stores the drafts when they pass the check, otherwise keeps them as unsaved drafts. */
  const settle = (next: string[], storedNow: readonly string[], typed: boolean) => {
    const found = latest.current.validate(next);
    setProblem(found);
    if (found === undefined) {
      for (let i = 0; i < count; i += 1) dropDraft(draftKey(saveKey, i, count));
      // Typing back to the stored value still writes it: an earlier keystroke's save may be waiting in the queue.
      if (!typed && next.every((t, i) => t === storedNow[i])) return;
      const operation = latest.current.onSave(next);
      if (operation === null) return;
      sent.current = next;
      scheduleSave(saveKey, operation);
      return;
    }
    // A value typed on the way ("1 2 3" before "1 2 3x") is not what the user meant: it is not stored either.
    if (typed) {
      cancelSave(saveKey);
      sent.current = undefined;
    }
    next.forEach((t, i) => {
      const key = draftKey(saveKey, i, count);
      if (equivalent(t, storedNow[i] ?? '')) dropDraft(key);
      else keepDraft(key, t);
    });
  };

  useEffect(() => {
    const current = textsRef.current;
    const now = JSON.parse(storedKey) as string[];
    if (sent.current !== undefined) {
      // While our own save is on its way, the user's text wins; once it has landed, the field is in step again.
      if (sent.current.every((text, i) => equivalent(text, now[i] ?? ''))) sent.current = undefined;
    } else {
      const next = current.map((text, i) => (equivalent(text, previousStored.current[i] ?? '') ? (now[i] ?? '') : text));
      if (next.some((text, i) => text !== current[i])) {
        textsRef.current = next;
        setTexts(next);
        // A draft left beside a field that followed the database may agree with it now (or no longer).
        settle(next, now, false);
      }
    }
    previousStored.current = now;
  // settle reads the latest props through refs; it is recreated each render on purpose.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedKey, equivalent, saveKey, count]);

  const change = (index: number, text: string) => {
    const next = textsRef.current.map((t, i) => (i === index ? text : t));
    textsRef.current = next;
    setTexts(next);
    settle(next, previousStored.current, true);
  };

  const unsaved = texts.map((text, i) => problem !== undefined && !equivalent(text, stored[i] ?? ''));
  return { texts, problem, unsaved, change };
}
