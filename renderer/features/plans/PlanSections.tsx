import type { ActionPlan } from '../../../shared/domain/plan.ts';
import { FormField } from '../../app/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AutosaveField } from './AutosaveField.tsx';
import { requiredSectionKeys } from './plan-defaults.ts';
import { updatePlan } from './plan-repository.ts';
import { loadPlanContent } from './plan-repository.ts';

/** The plan's free-text sections (Sammanfattning, Nuläge och omvärld …), each stored as it is typed. */
export function PlanSections({ plan }: { plan: ActionPlan }) {
  const { t } = useI18n();
  // Writes the one section from what is stored now, so two sections typed in quick succession both survive.
  const saveSection = async (key: string, text: string) => {
    const stored = await loadPlanContent(plan.id);
    if (!stored) return;
    await updatePlan(plan.id, { sections: stored.plan.sections.map((s) => (s.key === key ? { ...s, text } : s)) });
  };
  return (
    <section aria-labelledby="plan-sections">
      <h3 id="plan-sections">{t('plans.editor.sections')}</h3>
      {plan.sections.map((section) => (
        <FormField key={section.key} label={section.title} required={requiredSectionKeys.includes(section.key)}>
          <AutosaveField saveKey={`section:${plan.id}:${section.key}`} value={section.text} multiline rows={3} onSave={(text) => saveSection(section.key, text)} />
        </FormField>
      ))}
    </section>
  );
}
