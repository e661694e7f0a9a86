import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { OutlineRow } from '#shared/plan/types.ts';
import type { SaveOperation } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AutosaveField } from '../../ui/AutosaveField.tsx';

export type OutlineCommand = 'addSibling' | 'indent' | 'outdent' | 'moveUp' | 'moveDown' | 'remove' | 'toDetails' | 'collapse' | 'expand';

interface Props {
  rows: OutlineRow[];
  numbers: Map<string, string>;
  selectedId: string | null;
  focusId: string | null;
  collapsed: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onCommand: (id: string, command: OutlineCommand) => void;
  onToggle: (id: string) => void;
  /** The journaled operation that stores a row's typed title. */
  onSaveTitle: (row: OutlineRow, title: string) => SaveOperation;
  /** The user typed in a row's title. */
  onTyped: (id: string) => void;
  /** Ctrl+Z / Ctrl+Y (Cmd on macOS): returns true when the app took it as its own undo or redo. */
  onUndoKey: (direction: 'undo' | 'redo') => boolean;
  onFocused: () => void;
}

function undoKeyOf(event: KeyboardEvent<HTMLInputElement>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * The outline's keys. Tab is not among them: the outline is one tab stop, and Tab goes on to the
 * selected row's details (a Tab that indented kept keyboard users in the outline for good, and on
 * the first row only said that it could not be indented). Indenting and outdenting are Alt+Shift+→
 * and Alt+Shift+←, and Alt+Shift+↑/↓ move a row too, as in Word's outline view.
 */
function commandFor(event: KeyboardEvent<HTMLInputElement>, title: string): OutlineCommand | null {
  if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey) return 'addSibling';
  if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey) return 'toDetails';
  if (event.altKey && event.shiftKey && !event.ctrlKey && event.key === 'ArrowRight') return 'indent';
  if (event.altKey && event.shiftKey && !event.ctrlKey && event.key === 'ArrowLeft') return 'outdent';
  // Ctrl+↑/↓ fold and unfold, as in common outliners; they do nothing else in a one-line field.
  if (event.ctrlKey && !event.altKey && event.key === 'ArrowUp') return 'collapse';
  if (event.ctrlKey && !event.altKey && event.key === 'ArrowDown') return 'expand';
  if (event.altKey && !event.ctrlKey && event.key === 'ArrowUp') return 'moveUp';
  if (event.altKey && !event.ctrlKey && event.key === 'ArrowDown') return 'moveDown';
  if (event.key === 'Delete' && event.ctrlKey && event.shiftKey) return 'remove';
  // Delete in an empty row removes it; in a row with text, Delete edits the text as usual.
  if ((event.key === 'Delete' || event.key === 'Backspace') && title === '' && !event.ctrlKey && !event.altKey) return 'remove';
  if (event.key === 'Escape') return 'toDetails';
  return null;
}

/** Focuses a row and keeps it clear of the undo offer pinned to the window's bottom (the rows' scroll-margin). */
function showFocused(input: HTMLInputElement): void {
  input.focus({ preventScroll: true });
  input.scrollIntoView({ block: 'nearest' });
}

/**
 * The plan's outline: each row's title is edited in place, and the keys restructure the plan. It is
 * one tab stop (roving tabindex: the selected row's field, else the first row's); ↑/↓ move between
 * rows, Tab goes on to the details. The rows stay a list of text fields rather than an ARIA tree:
 * a tree item is not a place to type, and each field's name already says its kind and number
 * ("Taktik 1.2"). The fold and remove buttons are for the mouse; their keys are Ctrl+↑/↓ and
 * Ctrl+Shift+Delete (the help under the heading says so).
 */
export function Outline({ rows, numbers, selectedId, focusId, collapsed, onSelect, onCommand, onToggle, onSaveTitle, onTyped, onUndoKey, onFocused }: Props) {
  const { t } = useI18n();
  const inputs = useRef(new Map<string, HTMLInputElement>());

  useEffect(() => {
    if (!focusId) return;
    const input = inputs.current.get(focusId);
    if (input) {
      showFocused(input);
      onFocused();
    }
  }, [focusId, rows, onFocused]);

  // Arrow keys move between rows, like lines in a document.
  const moveFocus = (index: number, delta: number) => {
    const target = rows[index + delta];
    const input = target ? inputs.current.get(target.id) : undefined;
    if (input) showFocused(input);
  };

  const tabStop = rows.some((row) => row.id === selectedId) ? selectedId : (rows[0]?.id ?? null);

  return (
    <ol className="outline" aria-describedby="outline-keys">
      {rows.map((row, index) => {
        const kind = t(`plans.outline.kind.${row.kind}`);
        const label = t('plans.outline.rowLabel', { kind, number: numbers.get(row.id) ?? '' });
        const title = row.title || t('plans.outline.untitled');
        return (
          <li key={row.id} className={`outline-row depth-${row.depth} ${row.id === selectedId ? 'selected' : ''}`} data-kind={row.kind} onInput={() => onTyped(row.id)}>
            {row.hasChildren ? (
              <button
                type="button"
                className="toggle"
                tabIndex={-1}
                aria-expanded={!collapsed.has(row.id)}
                aria-label={collapsed.has(row.id) ? t('plans.outline.expand', { title }) : t('plans.outline.collapse', { title })}
                onClick={() => onToggle(row.id)}
              >
                {collapsed.has(row.id) ? '▸' : '▾'}
              </button>
            ) : (
              <span className="toggle-space" aria-hidden="true" />
            )}
            <span className="kind" aria-hidden="true">
              {label}
            </span>
            <AutosaveField
              saveKey={`title:${row.id}`}
              value={row.title}
              aria-label={label}
              className="outline-title"
              tabIndex={row.id === tabStop ? 0 : -1}
              inputRef={(el) => {
                if (el) inputs.current.set(row.id, el);
                else inputs.current.delete(row.id);
              }}
              onFocus={() => onSelect(row.id)}
              onSave={(value) => onSaveTitle(row, value)}
              onKeyDown={(event) => {
                const undoKey = undoKeyOf(event);
                if (undoKey) {
                  if (onUndoKey(undoKey)) event.preventDefault();
                  return;
                }
                if (event.key === 'ArrowUp' && !event.altKey && !event.ctrlKey) {
                  event.preventDefault();
                  moveFocus(index, -1);
                  return;
                }
                if (event.key === 'ArrowDown' && !event.altKey && !event.ctrlKey) {
                  event.preventDefault();
                  moveFocus(index, 1);
                  return;
                }
                const command = commandFor(event, event.currentTarget.value);
                if (!command) return;
                event.preventDefault();
                if (command === 'collapse' || command === 'expand') {
                  if (row.hasChildren && collapsed.has(row.id) === (command === 'expand')) onToggle(row.id);
                  return;
                }
                onCommand(row.id, command);
              }}
            />
            <button type="button" className="remove" tabIndex={-1} aria-label={t('plans.outline.remove', { title })} onClick={() => onCommand(row.id, 'remove')}>
              ×
            </button>
          </li>
        );
      })}
    </ol>
  );
}
