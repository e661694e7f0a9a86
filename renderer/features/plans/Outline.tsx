import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { NodeKind, OutlineRow } from '#shared/plan/types.ts';
import type { SaveOperation } from '../../saving/autosave.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { AutosaveField } from '../../ui/AutosaveField.tsx';
import { useRowSlices } from './use-row-slices.ts';

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

/** What a row hands back to the outline; one stable object, so a keystroke or a selection change redraws only the rows it touches. */
interface RowActions extends Pick<Props, 'onSelect' | 'onCommand' | 'onToggle' | 'onSaveTitle' | 'onTyped' | 'onUndoKey'> {
  t: Translate;
  register: (id: string, input: HTMLInputElement | null) => void;
  moveFocus: (id: string, delta: number) => void;
}

interface RowProps {
  id: string;
  kind: NodeKind;
  depth: OutlineRow['depth'];
  parentId: string | null;
  title: string;
  hasChildren: boolean;
  number: string;
  selected: boolean;
  tabStop: boolean;
  collapsed: boolean;
  actions: RowActions;
}

/**
 * One row of the outline. Its props are plain values (the row's fields, not the row object, which
 * is rebuilt whenever the plan is read again), so React redraws only the rows whose text, number,
 * selection or fold changed.
 */
const OutlineRowItem = memo(function OutlineRowItem({ id, kind, depth, parentId, title, hasChildren, number, selected, tabStop, collapsed, actions }: RowProps) {
  const { t } = actions;
  const label = t('plans.outline.rowLabel', { kind: t(`plans.outline.kind.${kind}`), number });
  const shownTitle = title || t('plans.outline.untitled');
  const inputRef = useCallback((el: HTMLInputElement | null) => actions.register(id, el), [actions, id]);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const undoKey = undoKeyOf(event);
    if (undoKey) {
      if (actions.onUndoKey(undoKey)) event.preventDefault();
      return;
    }
    if (event.key === 'ArrowUp' && !event.altKey && !event.ctrlKey) {
      event.preventDefault();
      actions.moveFocus(id, -1);
      return;
    }
    if (event.key === 'ArrowDown' && !event.altKey && !event.ctrlKey) {
      event.preventDefault();
      actions.moveFocus(id, 1);
      return;
    }
    const command = commandFor(event, event.currentTarget.value);
    if (!command) return;
    event.preventDefault();
    if (command === 'collapse' || command === 'expand') {
      if (hasChildren && collapsed === (command === 'expand')) actions.onToggle(id);
      return;
    }
    actions.onCommand(id, command);
  };
  return (
    <li className={`outline-row depth-${depth} ${selected ? 'selected' : ''}`} data-kind={kind} onInput={() => actions.onTyped(id)}>
      {hasChildren ? (
        <button
          type="button"
          className="toggle"
          tabIndex={-1}
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('plans.outline.expand', { title: shownTitle }) : t('plans.outline.collapse', { title: shownTitle })}
          onClick={() => actions.onToggle(id)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      ) : (
        <span className="toggle-space" aria-hidden="true" />
      )}
      <span className="kind" aria-hidden="true">
        {label}
      </span>
      <AutosaveField
        saveKey={`title:${id}`}
        value={title}
        aria-label={label}
        className="outline-title"
        tabIndex={tabStop ? 0 : -1}
        inputRef={inputRef}
        onFocus={() => actions.onSelect(id)}
        onSave={(value) => actions.onSaveTitle({ id, kind, depth, parentId, title, hasChildren }, value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="remove" tabIndex={-1} aria-label={t('plans.outline.remove', { title: shownTitle })} onClick={() => actions.onCommand(id, 'remove')}>
        ×
      </button>
    </li>
  );
});

/**
 * The plan's outline: each row's title is edited in place, and the keys restructure the plan. It is
 * one tab stop (roving tabindex: the selected row's field, else the first row's); ↑/↓ move between
 * rows, Tab goes on to the details. The rows stay a list of text fields rather than an ARIA tree:
 * a tree item is not a place to type, and each field's name already says its kind and number
 * ("Taktik 1.2"). The fold and remove buttons are for the mouse; their keys are Ctrl+↑/↓ and
 * Ctrl+Shift+Delete (the help under the heading says so).
 *
 * Every row stays in the page (keyboard order, screen readers, find in page and printing see the
 * whole plan), and a row is redrawn only when its own props change. The rows deliberately do not
 * use `content-visibility: auto`: Chromium leaves a skipped row out of the accessibility tree, so
 * a screen reader would find only the rows near the window.
 *
 * A long plan is drawn in slices when the editor opens: the first rows (more than a window holds)
 * at once, the rest a slice per frame, so a plan of 1 000 activities is on screen and editable
 * after one slice instead of after drawing and laying out every row (about 240 ms here). Within a
 * few frames every row is in the page; a row the user or the editor moves focus to is drawn at
 * once, with every row before it.
 */
export function Outline({ rows, numbers, selectedId, focusId, collapsed, onSelect, onCommand, onToggle, onSaveTitle, onTyped, onUndoKey, onFocused }: Props) {
  const { t } = useI18n();
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const { drawn, drawUpTo } = useRowSlices(rows, selectedId, focusId);
  /** A row ↑/↓ went to before it was drawn: focused once it is. */
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    const input = id === null ? undefined : inputs.current.get(id);
    if (input) {
      pendingFocus.current = null;
      showFocused(input);
    }
  });
  const latest = useRef({ rows, drawUpTo, onSelect, onCommand, onToggle, onSaveTitle, onTyped, onUndoKey });
  latest.current = { rows, drawUpTo, onSelect, onCommand, onToggle, onSaveTitle, onTyped, onUndoKey };

  useEffect(() => {
    if (!focusId) return;
    const input = inputs.current.get(focusId);
    if (input) {
      showFocused(input);
      onFocused();
    }
  }, [focusId, rows, onFocused]);

  // The callbacks read the latest props through a ref, so the object (and every row's memo) survives a redraw of the editor.
  const rowActions = useMemo<RowActions>(
    () => ({
      t,
      register: (id, input) => {
        if (input) inputs.current.set(id, input);
        else inputs.current.delete(id);
      },
      // Arrow keys move between rows, like lines in a document.
      moveFocus: (id, delta) => {
        const shown = latest.current.rows;
        const index = shown.findIndex((row) => row.id === id) + delta;
        const target = shown[index];
        if (!target) return;
        const input = inputs.current.get(target.id);
        if (input) showFocused(input);
        else {
          pendingFocus.current = target.id;
          latest.current.drawUpTo(index);
        }
      },
      onSelect: (id) => latest.current.onSelect(id),
      onCommand: (id, command) => latest.current.onCommand(id, command),
      onToggle: (id) => latest.current.onToggle(id),
      onSaveTitle: (row, title) => latest.current.onSaveTitle(row, title),
      onTyped: (id) => latest.current.onTyped(id),
      onUndoKey: (direction) => latest.current.onUndoKey(direction),
    }),
    [t],
  );

  const tabStop = rows.some((row) => row.id === selectedId) ? selectedId : (rows[0]?.id ?? null);

  return (
    <ol className="outline" aria-describedby="outline-keys">
      {(drawn < rows.length ? rows.slice(0, drawn) : rows).map((row) => (
        <OutlineRowItem
          key={row.id}
          id={row.id}
          kind={row.kind}
          depth={row.depth}
          parentId={row.parentId}
          title={row.title}
          hasChildren={row.hasChildren}
          number={numbers.get(row.id) ?? ''}
          selected={row.id === selectedId}
          tabStop={row.id === tabStop}
          collapsed={collapsed.has(row.id)}
          actions={rowActions}
        />
      ))}
    </ol>
  );
}
