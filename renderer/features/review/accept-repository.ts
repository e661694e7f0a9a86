/**
 * *För in i planen*: a reviewer's suggested edit written into the plan's text, and taken back with
 * the app's own *Ångra*. The plan's text and the review item change in one transaction; the item
 * keeps what the field read before and after, so the version diff can say the change came from the
 * review and taking it back never overwrites what the MOA typed since. Editing a submitted plan
 * starts its next version, as every plan edit does (features/plans).
 */
import { reviewItemSchema, type ReviewItem } from '#shared/domain/review.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { activityFields, planSectionFields, strategyFields, tacticFields } from '#shared/plan/fields.ts';
import { applyToCurrent, locateSuggestion, textFieldValue, type AcceptablePartKind, type NotLocated, type TextFieldRef } from '#shared/review/accept-suggestion.ts';
import { db } from '../../db/database.ts';
import { RecordGoneError } from '../../saving/save-operation.ts';
import { listPlanVersions, loadPlanContent, updateNode, updatePlanSection } from '../plans/plan-repository.ts';

export type AcceptRefusal =
  | NotLocated
  /** The field was edited since so that the change's own text or place is gone. */
  | 'textChanged'
  /** The field would be longer than it may be. */
  | 'tooLong'
  /** The field must not be empty (a title), and the change would empty it. */
  | 'wouldEmpty'
  | 'alreadyAccepted'
  | 'planGone';

export type AcceptResult = { ok: true; item: ReviewItem; target: TextFieldRef } | { ok: false; reason: AcceptRefusal };

export type TakeBackResult = { ok: true; item: ReviewItem } | { ok: false; reason: 'textChanged' | 'notAccepted' | 'partGone' };

const tables: Record<AcceptablePartKind, readonly { key: string; maxLength?: number; required?: boolean }[]> = {
  section: planSectionFields,
  strategy: strategyFields,
  tactic: tacticFields,
  activity: activityFields,
};

function fieldRule(ref: TextFieldRef): { maxLength: number; required: boolean } {
  const field = tables[ref.recordKind].find((f) => f.key === ref.field);
  return { maxLength: field?.maxLength ?? 50_000, required: field?.required === true };
}

const nowIso = (): string => new Date().toISOString();

function tablesInvolved() {
  const database = db();
  return [database.reviewItems, database.actionPlans, database.goalAreas, database.strategies, database.tactics, database.activities, database.planVersions];
}

/** Writes one text field of the plan's working copy, through the plan editor's own writes. */
async function writeTextField(content: PlanContent, ref: TextFieldRef, value: string): Promise<void> {
  const planId = content.plan.id;
  if (ref.recordKind === 'section') {
    const section = content.plan.sections.find((s) => s.key === ref.recordId);
    if (!section) throw new RecordGoneError(`Avsnittet ${ref.recordId} finns inte`);
    if (ref.field === 'title') await updatePlanSection(planId, section.key, section.text, value);
    else await updatePlanSection(planId, section.key, value, section.title);
    return;
  }
  if (ref.recordKind === 'tactic' && ref.field === 'who.text') {
    const tactic = content.tactics.find((t) => t.id === ref.recordId);
    if (!tactic) throw new RecordGoneError(`Taktiken ${ref.recordId} finns inte`);
    await updateNode(planId, 'tactic', ref.recordId, { who: { ...tactic.who, text: value } });
    return;
  }
  await updateNode(planId, ref.recordKind, ref.recordId, { [ref.field]: value });
}

/** The plan as the reviewer read it: the stored version the item was read into, or the working copy while it is still that version. */
async function reviewedContent(item: ReviewItem, current: PlanContent): Promise<PlanContent | null> {
  const versions = await listPlanVersions(item.planId);
  const stored = versions.find((v) => v.version === item.version);
  if (stored) return { plan: stored.snapshot.plan, strategies: stored.snapshot.strategies, tactics: stored.snapshot.tactics, activities: stored.snapshot.activities };
  return current.plan.version === item.version ? current : null;
}

/** Puts a suggestion into the plan's text and marks it *åtgärdad*; a refusal changes nothing. */
export async function acceptSuggestion(itemId: string, now: () => string = nowIso): Promise<AcceptResult> {
  const database = db();
  return database.transaction('rw', tablesInvolved(), async (): Promise<AcceptResult> => {
    const item = await database.reviewItems.get(itemId);
    if (!item) throw new RecordGoneError(`Synpunkten ${itemId} finns inte`);
    if (item.accepted) return { ok: false, reason: 'alreadyAccepted' };
    const current = await loadPlanContent(item.planId);
    if (!current) return { ok: false, reason: 'planGone' };
    const reviewed = await reviewedContent(item, current);
    if (!reviewed) return { ok: false, reason: 'partGone' };
    const located = locateSuggestion(item, reviewed);
    if (!located.ok) return located;
    const { target } = located.suggestion;
    const present = textFieldValue(current, target);
    if (present === undefined) return { ok: false, reason: 'partGone' };
    const applied = applyToCurrent(located.suggestion, present);
    if (!applied.ok) return applied;
    const rule = fieldRule(target);
    if (applied.value.length > rule.maxLength) return { ok: false, reason: 'tooLong' };
    if (rule.required && applied.value.trim() === '') return { ok: false, reason: 'wouldEmpty' };
    await writeTextField(current, target, applied.value);
    const stamp = now();
    const next = reviewItemSchema.parse({
      ...item,
      status: 'done',
      accepted: { ...target, before: present, after: applied.value, previousStatus: item.status, acceptedAt: stamp },
      updatedAt: stamp,
    });
    await database.reviewItems.put(next);
    return { ok: true, item: next, target };
  });
}

/**
 * *Ångra*: the field back as it read before the suggestion went in, and the item's status as it
 * was; refused when the field has been edited since (that typing is not thrown away).
 */
export async function takeBackSuggestion(itemId: string, now: () => string = nowIso): Promise<TakeBackResult> {
  const database = db();
  return database.transaction('rw', tablesInvolved(), async (): Promise<TakeBackResult> => {
    const item = await database.reviewItems.get(itemId);
    if (!item) throw new RecordGoneError(`Synpunkten ${itemId} finns inte`);
    const accepted = item.accepted;
    if (!accepted) return { ok: false, reason: 'notAccepted' };
    const current = await loadPlanContent(item.planId);
    const target: TextFieldRef = { recordKind: accepted.recordKind, recordId: accepted.recordId, field: accepted.field };
    const present = current ? textFieldValue(current, target) : undefined;
    if (!current || present === undefined) return { ok: false, reason: 'partGone' };
    if (present !== accepted.after) return { ok: false, reason: 'textChanged' };
    await writeTextField(current, target, accepted.before);
    const next = reviewItemSchema.parse({ ...item, status: accepted.previousStatus, accepted: null, updatedAt: now() });
    await database.reviewItems.put(next);
    return { ok: true, item: next };
  });
}

/** The suggestions put into a plan from the review of one version, for the version diff: by record id and field. */
export async function acceptedSuggestions(planId: string, version: number): Promise<ReviewItem[]> {
  const items = await db().reviewItems.where('[planId+version]').equals([planId, version]).toArray();
  return items.filter((item) => item.accepted);
}
