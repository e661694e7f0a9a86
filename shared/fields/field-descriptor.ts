/**
 * Field descriptors: one table per record type (activity, tactic, strategy,
 * project, time entry) says, once, what each field is. The editors, the
 * completeness lists, the version diff, the activity table and the Word
 * builders read these tables instead of keeping their own label maps and
 * limits, so adding a field means adding one row here (and its words).
 *
 * `uiLabel` is a key of the renderer's message catalogues and
 * `documentLabel` a key of the document words catalogue
 * (shared/documents/words); shared/ cannot import the renderer's types, so
 * the renderer's tests check that every `uiLabel` exists in its catalogues.
 */
import type { FieldProblem } from '../plan/validation.ts';

export type FieldKind =
  /** One line of text, at most `maxLength` characters. */
  | 'shortText'
  /** Multi-line text. */
  | 'longText'
  /** `YYYY-MM-DD`. */
  | 'date'
  /** An amount in öre, shown as kronor. */
  | 'kronor'
  /** A whole number. */
  | 'integer'
  /** Minutes, shown as hours and minutes. */
  | 'minutes'
  /** One of `choices`. */
  | 'choice'
  /** The id of another record (or null). */
  | 'reference'
  /** A list of ids or names. */
  | 'list'
  | 'boolean';

export interface FieldDescriptor<R, K extends keyof R & string = keyof R & string> {
  readonly key: K;
  readonly kind: FieldKind;
  /** Key of the field's label in the UI catalogues. */
  readonly uiLabel: string;
  /** Key of the field's label in the document words; null when documents do not show the field. */
  readonly documentLabel: string | null;
  /** Key of a shorter UI label for table headers and the messages at a table cell; `uiLabel` when absent. */
  readonly columnLabel?: string;
  /** Key of the field's help text in the UI catalogues. */
  readonly uiHelp?: string;
  /** The completeness list asks for it: blank (whitespace alone, or nothing chosen) counts as missing. */
  readonly expected?: boolean;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly choices?: readonly string[];
  /** Prefix of the UI keys naming the choices: the key of choice `c` is `${choiceLabel}${c}`. */
  readonly choiceLabel?: string;
  /** The field's own check of a record (limits, formats); pair rules (start before end) live with the record. */
  readonly validate?: (record: R) => FieldProblem | null;
}

/** A record type's fields in the order they are shown. */
export type FieldTable<R> = readonly FieldDescriptor<R>[];
