/**
 * The workbook's templates (mallar) in the database: the shipped default,
 * imported versions, which one is active, and moving plans and projects to
 * a newer version. Every write that spans tables runs in one transaction,
 * so a refused or failed import changes nothing.
 *
 * Decisions:
 * - A version already stored (same template id and version) is always
 *   refused, even when the file is identical: a secretariat that changes a
 *   template must raise its version, and an identical file has nothing to
 *   add. The message says which of the two it is.
 * - Importing a newer version of the active template makes the new version
 *   active (new plans should follow the newest one); plans already written
 *   keep their reference until the user moves them.
 * - Removing a version never touches plans: they keep their reference and
 *   stay readable; the view says "mallversionen finns inte längre".
 */
import { newId } from '../../db/new-id.ts';
import { storedTemplateId, storedTemplateSchema, WORKBOOK_SETTINGS_ID, type StoredTemplate, type TemplateRef } from '#shared/domain/template-store.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { ReferenceDocument } from '#shared/templates/parse.ts';
import type { Template } from '#shared/templates/schema.ts';
import { templateToJson } from '#shared/templates/serialize.ts';
import { db } from '../../db/database.ts';
import { putInTrash } from '../trash/trash-repository.ts';
import { collator } from '#shared/locale.ts';

/** The source shown for the template that ships with the app. */
export const DEFAULT_TEMPLATE_SOURCE = 'Standardmall';

/** A template ready to store: parsed and validated (parseTemplateFile or templateFromWordDocument). */
export interface ParsedTemplate {
  template: Template;
  referenceDocument: ReferenceDocument | null;
  /** Styles already read, kept when a stored template is edited into a new version (its document's bytes are not stored). */
  keptReference?: { fileName: string; stylesXml: string } | null;
}

/** What became of the reference document: its styles read, none given, or refused (the template is stored without it). */
export type ReferenceOutcome = { status: 'none' } | { status: 'read'; fileName: string; stylesXml: string } | { status: 'refused'; fileName: string; message: string };

export type ImportResult =
  | { ok: true; stored: StoredTemplate; reference: ReferenceOutcome; madeActive: boolean }
  | { ok: false; reason: ImportRefusal };

/** Why an import stored nothing: the same version is already stored, exactly alike or with other content. */
export type ImportRefusal = 'alreadyStored' | 'identical';

const nowIso = (): string => new Date().toISOString();

/** Reads the reference document's styles; a document whose styles cannot be read is refused with the reason, never stored. */
export async function readReference(referenceDocument: ReferenceDocument | null): Promise<ReferenceOutcome> {
  if (!referenceDocument) return { status: 'none' };
  // Loaded on first use: the module brings the docx library, which the app does not need to start.
  const { referenceStylesFromDocx } = await import('#shared/documents/reference-styles.ts');
  const result = referenceStylesFromDocx(referenceDocument.bytes);
  return result.ok
    ? { status: 'read', fileName: referenceDocument.fileName, stylesXml: result.stylesXml }
    : { status: 'refused', fileName: referenceDocument.fileName, message: result.message };
}

/** Newest version first within a template; templates by name as Swedes sort. */
function byNameThenNewest(a: StoredTemplate, b: StoredTemplate): number {
  return collator('names').compare(a.template.name, b.template.name) || a.templateId.localeCompare(b.templateId) || b.version - a.version;
}

export async function listTemplates(): Promise<StoredTemplate[]> {
  return (await db().templates.toArray()).sort(byNameThenNewest);
}

export async function activeTemplateId(): Promise<string | null> {
  return (await db().workbookSettings.get(WORKBOOK_SETTINGS_ID))?.activeTemplateId ?? null;
}

/** The template new plans and projects follow; undefined before the default is installed or when its record is gone. */
export async function activeTemplate(): Promise<StoredTemplate | undefined> {
  const id = await activeTemplateId();
  return id === null ? undefined : db().templates.get(id);
}

/**
 * The stored template version a plan or project was written for; undefined
 * for a plan without a reference (written before templates) or when that
 * version has been removed. The caller then falls back to what the plan
 * itself holds, and says that the version is gone.
 */
export async function templateForRef(ref: TemplateRef): Promise<StoredTemplate | undefined> {
  return ref === null ? undefined : db().templates.get(storedTemplateId(ref.templateId, ref.version));
}

/** The newest stored version of a template id, to compare an import with. */
export async function newestVersion(templateId: string): Promise<StoredTemplate | undefined> {
  const versions = await db().templates.where('templateId').equals(templateId).toArray();
  return versions.sort((a, b) => b.version - a.version)[0];
}

/**
 * Installs the shipped template when the workbook has none, and makes it
 * active when no template is. Safe to call on every start: a workbook with
 * any template (even after the default was removed) is left as it is.
 */
export async function ensureDefaultTemplate(now: () => string = nowIso): Promise<void> {
  const database = db();
  await database.transaction('rw', database.templates, database.workbookSettings, async () => {
    const id = storedTemplateId(defaultTemplate.id, defaultTemplate.version);
    if ((await database.templates.count()) === 0) {
      await database.templates.add(
        storedTemplateSchema.parse({
          id,
          templateId: defaultTemplate.id,
          version: defaultTemplate.version,
          importedAt: now(),
          source: DEFAULT_TEMPLATE_SOURCE,
          template: defaultTemplate,
          referenceStylesXml: null,
          referenceFileName: null,
        }),
      );
    }
    const settings = await database.workbookSettings.get(WORKBOOK_SETTINGS_ID);
    if (!settings || settings.activeTemplateId === null || !(await database.templates.get(settings.activeTemplateId))) {
      const first = (await database.templates.toArray()).sort(byNameThenNewest)[0];
      await database.workbookSettings.put({ id: WORKBOOK_SETTINGS_ID, activeTemplateId: first?.id ?? null });
    }
  });
}

/** Stores a parsed template as a new version (see the module comment for what is refused and what becomes active). */
export async function importTemplate(parsed: ParsedTemplate, source: string, now: () => string = nowIso): Promise<ImportResult> {
  const { template } = parsed;
  const id = storedTemplateId(template.id, template.version);
  const kept = parsed.keptReference;
  const reference: ReferenceOutcome = !parsed.referenceDocument && kept ? { status: 'read', ...kept } : await readReference(parsed.referenceDocument);
  const record = storedTemplateSchema.parse({
    id,
    templateId: template.id,
    version: template.version,
    importedAt: now(),
    source: source.slice(0, 255),
    template,
    referenceStylesXml: reference.status === 'read' ? reference.stylesXml : null,
    referenceFileName: reference.status === 'read' ? reference.fileName.slice(0, 255) : null,
  });
  const database = db();
  return database.transaction('rw', database.templates, database.workbookSettings, async (): Promise<ImportResult> => {
    const existing = await database.templates.get(id);
    if (existing) {
      const identical = templateToJson(existing.template) === templateToJson(template) && existing.referenceStylesXml === record.referenceStylesXml;
      return { ok: false, reason: identical ? 'identical' : 'alreadyStored' };
    }
    await database.templates.add(record);
    const settings = await database.workbookSettings.get(WORKBOOK_SETTINGS_ID);
    const active = settings?.activeTemplateId ? await database.templates.get(settings.activeTemplateId) : undefined;
    const madeActive = !active || (active.templateId === template.id && active.version < template.version);
    if (madeActive) await database.workbookSettings.put({ id: WORKBOOK_SETTINGS_ID, activeTemplateId: id });
    return { ok: true, stored: record, reference, madeActive };
  });
}

export async function setActiveTemplate(id: string): Promise<boolean> {
  const database = db();
  return database.transaction('rw', database.templates, database.workbookSettings, async () => {
    if (!(await database.templates.get(id))) return false;
    await database.workbookSettings.put({ id: WORKBOOK_SETTINGS_ID, activeTemplateId: id });
    return true;
  });
}

export type RemoveResult = { ok: true } | { ok: false; reason: 'active' | 'notFound' };

/** Moves one stored version to the papperskorg; the active one is refused. Plans and projects keep their reference. */
export async function removeTemplate(id: string, now: Date = new Date()): Promise<RemoveResult> {
  const database = db();
  return database.transaction('rw', database.templates, database.workbookSettings, database.trash, async (): Promise<RemoveResult> => {
    const stored = await database.templates.get(id);
    if (!stored) return { ok: false, reason: 'notFound' };
    if ((await activeTemplateId()) === id) return { ok: false, reason: 'active' };
    await database.templates.delete(id);
    await putInTrash(database, { id: newId(), kind: 'templateVersion', title: `${stored.template.name} v${stored.version}`, records: { templates: [stored] } }, now);
    return { ok: true };
  });
}

const sameRef = (ref: TemplateRef, from: { templateId: string; version: number }): boolean => ref !== null && ref.templateId === from.templateId && ref.version === from.version;

/** How many plans and projects were written for a template version. */
export async function countOnVersion(from: { templateId: string; version: number }): Promise<{ plans: number; projects: number }> {
  const database = db();
  const [plans, projects] = await Promise.all([
    database.actionPlans.filter((p) => sameRef(p.templateRef, from)).count(),
    database.projects.filter((p) => sameRef(p.templateRef, from)).count(),
  ]);
  return { plans, projects };
}

/** A version that plans or projects refer to, with whether it is still stored. */
export interface TemplateUsage {
  templateId: string;
  version: number;
  plans: number;
  projects: number;
  stored: boolean;
}

/** Every template version referred to by a plan or project, for the list and for references whose version is gone. */
export async function templateUsage(): Promise<TemplateUsage[]> {
  const database = db();
  const [plans, projects, stored] = await Promise.all([database.actionPlans.toArray(), database.projects.toArray(), database.templates.toCollection().primaryKeys()]);
  const usage = new Map<string, TemplateUsage>();
  const count = (ref: TemplateRef, field: 'plans' | 'projects') => {
    if (ref === null) return;
    const id = storedTemplateId(ref.templateId, ref.version);
    const entry = usage.get(id) ?? { templateId: ref.templateId, version: ref.version, plans: 0, projects: 0, stored: stored.includes(id) };
    entry[field] += 1;
    usage.set(id, entry);
  };
  for (const plan of plans) count(plan.templateRef, 'plans');
  for (const project of projects) count(project.templateRef, 'projects');
  return [...usage.values()].sort((a, b) => a.templateId.localeCompare(b.templateId) || a.version - b.version);
}

export type MoveResult = { ok: true; plans: number; projects: number } | { ok: false; reason: 'notFound' };

/** Points the plans and projects written for `from` at the stored version `toStoredId`, in one transaction. */
export async function movePlansToTemplate(from: { templateId: string; version: number }, toStoredId: string): Promise<MoveResult> {
  const database = db();
  return database.transaction('rw', database.templates, database.actionPlans, database.projects, async (): Promise<MoveResult> => {
    const target = await database.templates.get(toStoredId);
    if (!target) return { ok: false, reason: 'notFound' };
    const templateRef = { templateId: target.templateId, version: target.version };
    const plans = await database.actionPlans.filter((p) => sameRef(p.templateRef, from)).modify({ templateRef });
    const projects = await database.projects.filter((p) => sameRef(p.templateRef, from)).modify({ templateRef });
    return { ok: true, plans, projects };
  });
}
