/**
 * A list of rows (sections, goal areas, support offers …): each row a
 * fieldset with its fields, moved up or down and removed with buttons, new
 * rows added at the end. Moves, additions and removals are announced in the
 * editor's status region, and focus stays on what the user was working
 * with (React moves a row's DOM node on a move, which drops focus).
 */
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { TemplatePath } from '#shared/templates/problems.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { moveRow, type DraftRow } from './draft.ts';
import { useFieldError } from './fields.tsx';

/** Says a message in the editor's status region. */
export const AnnounceContext = createContext<(message: string) => void>(() => undefined);

interface Props<R extends DraftRow> {
  /** The list's name, the fieldset's legend: "Sektioner i handlingsplanen". */
  legend: string;
  help?: string;
  rows: readonly R[];
  onChange: (rows: R[]) => void;
  /** The list's path in the template, for problems said of the list as a whole. */
  path: TemplatePath;
  /** What a row is, for its legend, buttons and announcements: "Sektion" gives `Sektion 3: Nuläge`. */
  noun: string;
  /** The row's name or title as typed. */
  nameOf: (row: R) => string;
  addLabel: string;
  newRow: (rows: readonly R[]) => R;
  children: (row: R, index: number) => ReactNode;
}

type PendingFocus = { uid: string; action: 'up' | 'down' | 'first' } | { action: 'add' };

export function RowList<R extends DraftRow>({ legend, help, rows, onChange, path, noun, nameOf, addLabel, newRow, children }: Props<R>) {
  const { t } = useI18n();
  const nameText = (row: R) => nameOf(row).trim() || t('templates.editor.unnamed');
  const rowLabel = (row: R, index: number) => t('templates.editor.rowLabel', { noun, n: index + 1, name: nameText(row) });
  const announce = useContext(AnnounceContext);
  const listError = useFieldError({ path });
  const root = useRef<HTMLFieldSetElement>(null);
  const pending = useRef<PendingFocus | null>(null);

  useEffect(() => {
    const focus = pending.current;
    if (!focus || !root.current) return;
    pending.current = null;
    if (focus.action === 'add') {
      root.current.querySelector<HTMLElement>('[data-action="add"]')?.focus();
      return;
    }
    const row = root.current.querySelector<HTMLElement>(`[data-row="${focus.uid}"]`);
    if (!row) return;
    if (focus.action === 'first') {
      row.querySelector<HTMLElement>('input, textarea, select')?.focus();
      return;
    }
    // A row moved to the top or bottom has that button disabled: the other one keeps focus in the row.
    const same = row.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]`);
    const other = row.querySelector<HTMLButtonElement>(`[data-action="${focus.action === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [rows]);

  function move(index: number, to: number) {
    const row = rows[index];
    if (!row) return;
    const next = moveRow(rows, index, to);
    pending.current = { uid: row.uid, action: to < index ? 'up' : 'down' };
    onChange(next);
    announce(t('templates.editor.moved', { noun, name: nameText(row), position: to + 1, count: rows.length }));
  }

  function remove(index: number) {
    const row = rows[index];
    if (!row) return;
    pending.current = { action: 'add' };
    onChange(rows.filter((_, i) => i !== index));
    announce(t('templates.editor.removed', { noun, name: nameText(row) }));
  }

  function add() {
    const row = newRow(rows);
    pending.current = { uid: row.uid, action: 'first' };
    onChange([...rows, row]);
    announce(t('templates.editor.added', { noun, position: rows.length + 1 }));
  }

  return (
    <fieldset className="template-row-list" ref={root}>
      <legend>
        {legend} ({rows.length})
      </legend>
      {help ? <p className="help">{help}</p> : null}
      {listError ? (
        <p className="field-error" data-path-error>
          {listError}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="help">{t('templates.editor.emptyList')}</p> : null}
      <ol className="template-editor-list">
        {rows.map((row, index) => {
          const label = rowLabel(row, index);
          return (
            <li key={row.uid} data-row={row.uid}>
              <fieldset className="template-row">
                <legend>{label}</legend>
                {children(row, index)}
                <div className="actions template-row-actions">
                  <button type="button" data-action="up" aria-label={`${t('templates.editor.moveUp')}: ${label}`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                    {t('templates.editor.moveUp')}
                  </button>
                  <button type="button" data-action="down" aria-label={`${t('templates.editor.moveDown')}: ${label}`} disabled={index === rows.length - 1} onClick={() => move(index, index + 1)}>
                    {t('templates.editor.moveDown')}
                  </button>
                  <button type="button" aria-label={`${t('templates.editor.remove')}: ${label}`} onClick={() => remove(index)}>
                    {t('templates.editor.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" data-action="add" onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
}
