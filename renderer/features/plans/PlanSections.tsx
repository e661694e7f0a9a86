import type { ActionPlan } from '../../../shared/domain/plan.ts';
import { FormField } from '../../app/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AutosaveField } from './AutosaveField.tsx';
import { requiredSectionKeys } from './plan-defaults.ts';
import { updatePlanSection } from './plan-repository.ts';

/** The plan's free-text sections (Sammanfattning, Nuläge och omvärld …), each stored as it is typed. */
export function PlanSections({ plan }: { plan: ActionPlan }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="plan-sections">
      <h3 id="plan-sections">{t('plans.editor.sections')}</h3>
      {plan.sections.map((section) => (
        <FormField key={section.key} label={section.title} required={requiredSectionKeys.includes(section.key)}>
          <AutosaveField saveKey={`section:${plan.id}:${section.key}`} value={section.text} multiline rows={3} onSave={(text) => updatePlanSection(plan.id, section.key, text)} />
        </FormField>
      ))}
    </section>
  );
}
