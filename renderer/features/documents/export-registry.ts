/**
 * The export registry: every Word document the workbook makes, one entry each (kinds/*.ts).
 * A new document kind is one builder in shared/documents, one entry here and its words.
 */
import { aktivitetsplan } from './kinds/aktivitetsplan.ts';
import { bemotande } from './kinds/bemotande.ts';
import type { DocumentKind } from './kinds/document-kind.ts';
import { handlingsplan } from './kinds/handlingsplan.ts';
import { indikatorrapport } from './kinds/indikatorrapport.ts';
import { minnesanteckningar } from './kinds/minnesanteckningar.ts';
import { granskningsunderlag } from './kinds/granskningsunderlag.ts';
import { projektplan } from './kinds/projektplan.ts';
import { tidrapport } from './kinds/tidrapport.ts';

type Entries = {
  handlingsplan: typeof handlingsplan;
  aktivitetsplan: typeof aktivitetsplan;
  projektplan: typeof projektplan;
  tidrapport: typeof tidrapport;
  indikatorrapport: typeof indikatorrapport;
  minnesanteckningar: typeof minnesanteckningar;
  granskningsunderlag: typeof granskningsunderlag;
  bemotande: typeof bemotande;
};

export type WordDocumentKind = keyof Entries;

/** What the user picks for a kind of document: a plan, a project, a period… */
export type ExportChoice<K extends WordDocumentKind> = Entries[K] extends DocumentKind<infer Choice, infer _Input, infer _Missing> ? Choice : never;

/** One item the kind's completeness check reports missing. */
export type MissingItem<K extends WordDocumentKind> = Entries[K] extends DocumentKind<infer _Choice, infer _Input, infer Missing> ? Missing : never;

/**
 * Each entry seen through its kind's choice. The builder's input stays the entry's own business:
 * runExport hands build() exactly what gather() returned (the members are methods, so an entry with
 * a specific input type fits here).
 */
type RegisteredKinds = { [K in WordDocumentKind]: DocumentKind<ExportChoice<K>, unknown, MissingItem<K>> };

export const documentKinds: RegisteredKinds = { handlingsplan, aktivitetsplan, projektplan, tidrapport, indikatorrapport, minnesanteckningar, granskningsunderlag, bemotande };
