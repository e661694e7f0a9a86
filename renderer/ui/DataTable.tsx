import type { ReactNode } from 'react';

/** A column header: its text, or the text with how the column looks. */
export interface Column {
  /** What the column holds; for an actions column whose buttons name themselves, said to screen readers only (`hidden`). */
  label: ReactNode;
  className?: string;
  hidden?: boolean;
}

interface Props<T> {
  /** The caption's id; the scrolling region is named by the caption. */
  captionId: string;
  caption: string;
  /** Show the caption on screen; most tables sit under a heading that says the same, so it is for screen readers only. */
  showCaption?: boolean;
  /** The table's classes (its look: `data-table edit-table`, `contacts-table` …). */
  className: string;
  columns: readonly (Column | string)[];
  rows: readonly T[];
  /** Shown instead of the table while there are no rows. */
  empty: ReactNode;
  /** Shown with the table, above or below it, only while it has rows (a count, a total). */
  above?: ReactNode;
  below?: ReactNode;
  /** The table's footer rows (sums). */
  footer?: ReactNode;
  /** Each row draws its own `<tbody>` (a row group, such as a financier's two rows) instead of a `<tr>` in one shared body. */
  rowGroups?: boolean;
  /** One row: a keyed `<tr>` (or a keyed `<tbody>` with `rowGroups`). */
  children: (row: T, index: number) => ReactNode;
}

/**
 * A table of records in a region that scrolls sideways when the table is wider than the screen:
 * the region is named by the caption and takes keyboard focus, so it can be scrolled without a mouse
 * (axe: scrollable-region-focusable); its first column stays in view (ui/shared.css).
 */
export function DataTable<T>({ captionId, caption, showCaption, className, columns, rows, empty, above, below, footer, rowGroups, children }: Props<T>) {
  if (rows.length === 0) return <>{empty}</>;
  const body = rows.map(children);
  return (
    <>
      {above}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={className}>
          <caption id={captionId} className={showCaption ? undefined : 'visually-hidden'}>
            {caption}
          </caption>
          <thead>
            <tr>
              {columns.map((column, index) =>
                typeof column === 'string' ? (
                  <th key={index} scope="col">
                    {column}
                  </th>
                ) : (
                  <th key={index} scope="col" className={column.className}>
                    {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          {rowGroups ? body : <tbody>{body}</tbody>}
          {footer ? <tfoot>{footer}</tfoot> : null}
        </table>
      </div>
      {below}
    </>
  );
}

/** A button in a row's actions: its visible text is short ("Ändra"), its accessible name says which row ("Ändra Lars Nilsson"). */
export interface RowAction {
  text: string;
  label: string;
  onClick: () => void;
  /** The `data-focus` key that useFocusTarget sends focus back to. */
  focusKey?: string;
  danger?: boolean;
}

/** The last cell of a record's row: its actions (edit, remove …), in order. */
export function RowActions({ actions }: { actions: readonly (RowAction | null | false)[] }) {
  return (
    <td className="row-actions">
      {actions.map((action) =>
        action ? (
          <button key={action.label} type="button" className={action.danger ? 'danger' : undefined} data-focus={action.focusKey} aria-label={action.label} onClick={action.onClick}>
            {action.text}
          </button>
        ) : null,
      )}
    </td>
  );
}
