import type { ActionPlan } from '#shared/domain/plan.ts';
import { fallbackRequiredSectionKeys } from '#shared/plan/template-sections.ts';

/** The handlingsplan's free-text sections when no template is stored (a new plan otherwise takes the active template's). */
export function defaultPlanSections(): ActionPlan['sections'] {
  return [
    { key: 'sammanfattning', title: 'Sammanfattning', text: '' },
    { key: 'nulage', title: 'Nuläge och omvärld', text: '' },
    { key: 'stod', title: 'Behov av stöd från kansliet', text: '' },
    { key: 'uppfoljning', title: 'Uppföljning', text: '' },
  ];
}

/** Sections required of a plan without a template; a plan with one follows its template (shared/plan/template-sections.ts). */
export const requiredSectionKeys = fallbackRequiredSectionKeys;
