/**
 * A save as data: the name of a registered operation and its JSON
 * arguments. Written to the save journal the moment it is scheduled, so an
 * edit can be replayed after a reload or crash that came before the write
 * (renderer/saving/save-journal.ts). An operation "sets these fields to these
 * values": applying it twice, or from another tab, stores the same thing.
 *
 * A shipped operation's name keeps its argument shape: journals written by
 * an older version are replayed by the newer one. A new shape gets a new name.
 */

/** One journaled save: a registered operation's name and its arguments (JSON values only). */
export interface SaveOperation {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** `gone`: the record the save was for no longer exists (deleted meanwhile); nothing to store. */
export type SaveOutcome = 'applied' | 'gone';

/** Thrown by a repository when the record an edit is for has been deleted. */
export class RecordGoneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordGoneError';
  }
}

export interface SaveOperationDefinition<A extends unknown[]> {
  readonly name: string;
  /** The journaled operation for these arguments. */
  op(...args: A): SaveOperation;
  /** Stores an operation's arguments as read back from the journal. */
  run(args: readonly unknown[]): Promise<SaveOutcome>;
}

/** Names a store function so its calls can be journaled; a RecordGoneError it throws counts as `gone`. */
export function defineSaveOperation<A extends unknown[]>(name: string, store: (...args: A) => Promise<SaveOutcome | void>): SaveOperationDefinition<A> {
  return {
    name,
    op: (...args) => ({ name, args }),
    async run(args) {
      try {
        // The journal only holds what op() wrote for this name, so the arguments have this shape.
        return (await store(...(args as A))) ?? 'applied';
      } catch (error) {
        if (error instanceof RecordGoneError) return 'gone';
        throw error;
      }
    },
  };
}
