/**
 * Putting the review anchors (./anchors.ts) into a document built with docx: a bookmark over the
 * text of a part's heading paragraph, or of the first cell of its table row. The builder asks for
 * them through one `ReviewAnchors` per document, which hands out the names in the order asked
 * (document order) and remembers which part each one marks, for the manifest.
 */
import { Bookmark, BookmarkEnd, BookmarkStart, FileChild, Paragraph, bookmarkUniqueNumericId } from 'docx';
import type { IXmlableObject, Table } from 'docx';
import { anchorName } from './anchors.ts';
import type { AnchorKind } from './anchors.ts';

/** A part as the builder anchored it; the package adds its text hash (./review-package.ts). */
export interface AnchoredPart {
  anchor: string;
  kind: AnchorKind;
  recordId: string;
}

type Context = Parameters<Table['prepForXml']>[0];

/** An element of docx's prepared XML: one key, the element's name, holding its children. */
function childrenOf(element: unknown, name: string): unknown[] | null {
  if (typeof element !== 'object' || element === null || !(name in element)) return null;
  const children: unknown = (element as Record<string, unknown>)[name];
  return Array.isArray(children) ? children : null;
}

const isElement = (element: unknown, name: string): boolean => typeof element === 'object' && element !== null && name in element;

/**
 * A table whose rows' first cells carry bookmarks. docx writes a table's rows itself and gives no
 * way into a built one, so this wraps the table and sets the bookmarks into the XML it prepares:
 * the start right after the first paragraph's properties, the end at the paragraph's end.
 */
class AnchoredTable extends FileChild {
  constructor(
    private readonly table: Table,
    /** Bookmark name by row index, 0 being the header row. */
    private readonly rows: ReadonlyMap<number, string>,
  ) {
    super('w:tbl');
  }

  override prepForXml(context: Context): IXmlableObject | undefined {
    // On the stack in the table's place, so that docx finds the section (and its text width) the table is in.
    context.stack.push(this);
    let prepared: IXmlableObject | undefined;
    try {
      prepared = this.table.prepForXml(context);
    } finally {
      context.stack.pop();
    }
    const rows = (childrenOf(prepared, 'w:tbl') ?? []).filter((child) => isElement(child, 'w:tr'));
    for (const [index, name] of this.rows) {
      const cell = (childrenOf(rows[index], 'w:tr') ?? []).find((child) => isElement(child, 'w:tc'));
      const paragraph = (childrenOf(cell, 'w:tc') ?? []).find((child) => isElement(child, 'w:p'));
      const content = childrenOf(paragraph, 'w:p');
      if (content === null) throw new Error(`no paragraph in the first cell of row ${index} for the bookmark ${name}`);
      const id = bookmarkUniqueNumericId();
      const start = new BookmarkStart(name, id).prepForXml(context);
      const end = new BookmarkEnd(id).prepForXml(context);
      const afterProperties = isElement(content[0], 'w:pPr') ? 1 : 0;
      content.splice(afterProperties, 0, start);
      content.push(end);
    }
    return prepared;
  }
}

/** The anchors of one document, handed out in document order. */
export class ReviewAnchors {
  private readonly taken = new Set<string>();
  private readonly given: AnchoredPart[] = [];

  /** The parts anchored so far, in the order their names were given. */
  get parts(): readonly AnchoredPart[] {
    return this.given;
  }

  /** A new anchor name for the part. */
  name(kind: AnchorKind, recordId: string): string {
    const anchor = anchorName(kind, recordId, this.taken);
    this.given.push({ anchor, kind, recordId });
    return anchor;
  }

  /** The paragraph with a bookmark over its content. */
  paragraph(paragraph: Paragraph, kind: AnchorKind, recordId: string): Paragraph {
    const anchor = this.name(kind, recordId);
    return paragraph.with({ children: [new Bookmark({ id: anchor, children: paragraph.options.children ?? [] })] });
  }

  /** The first paragraph of `children` anchored, if it is a paragraph; the rest as they are. */
  first(children: readonly FileChild[], kind: AnchorKind, recordId: string): FileChild[] {
    const [head, ...rest] = children;
    return head instanceof Paragraph ? [this.paragraph(head, kind, recordId), ...rest] : [...children];
  }

  /** The table with a bookmark in the first cell of each row given (0 is the header row; body rows from 1). */
  table(table: Table, rows: readonly { row: number; kind: AnchorKind; recordId: string }[]): FileChild {
    return new AnchoredTable(table, new Map(rows.map((r) => [r.row, this.name(r.kind, r.recordId)])));
  }
}
