import type { ActionPlan } from '../../../shared/domain/plan.ts';

/** The handlingsplan's free-text sections until a template defines others. */
export function defaultPlanSections(): ActionPlan['sections'] {
  return [
    { key: 'sammanfattning', title: 'Sammanfattning', text: '' },
    { key: 'nulage', title: 'Nuläge och omvärld', text: '' },
    { key: 'stod', title: 'Behov av stöd från kansliet', text: '' },
    { key: 'uppfoljning', title: 'Uppföljning', text: '' },
  ];
}

/** Sections that must be filled before the plan is complete (template-driven later). */
export const requiredSectionKeys = ['sammanfattning', 'nulage', 'uppfoljning'];
