import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredTemplate, TemplateRef } from '#shared/domain/template-store.ts';
import { templateForRef } from '../templates/template-repository.ts';

/** The plan's own template version, and whether a version it names is gone. */
export interface PlanTemplate {
  stored: StoredTemplate | null;
  /** The plan names a template version that is no longer stored (a plan without a reference is not missing one). */
  missing: boolean;
}

/**
 * The template version an existing plan was written for (never the active
 * one: a plan keeps its version until the user moves it). Undefined while
 * loading; live, so removing the version in Mallar shows at once.
 */
export function usePlanTemplate(ref: TemplateRef | undefined): PlanTemplate | undefined {
  return useLiveQuery(async (): Promise<PlanTemplate | undefined> => {
    if (ref === undefined) return undefined;
    const stored = (await templateForRef(ref)) ?? null;
    return { stored, missing: ref !== null && stored === null };
  }, [ref?.templateId, ref?.version, ref === null]);
}
