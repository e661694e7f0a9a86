import { useId } from 'react';
import type { ActionPlan } from '#shared/domain/plan.ts';
import type { PlanTemplateView, ShownSupportOffer, ShownTextSection } from '#shared/plan/template-sections.ts';
import { FormField } from '../../ui/FormField.tsx';
import { GuidanceText } from '../../ui/GuidanceText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AutosaveField } from '../../ui/AutosaveField.tsx';
import { setSupportRequest, planSectionEdit } from './plan-repository.ts';

/**
 * The plan's text sections as its template defines them (Sammanfattning,
 * Nuläge och omvärld …), each with the template's guidance and stored as it
 * is typed; the support section also lists the kansli's offers to tick.
 */
export function PlanSections({ plan, view }: { plan: ActionPlan; view: PlanTemplateView }) {
  const { t } = useI18n();
  const support = view.support;
  return (
    <section aria-labelledby="plan-sections" className="plan-sections">
      <h3 id="plan-sections">{t('plans.editor.sections')}</h3>
      {view.textSections.map((section) =>
        support && support.sectionKey === section.key ? (
          <SupportSection key={section.key} plan={plan} section={section} offers={support.offers} />
        ) : (
          <TextSection key={section.key} plan={plan} section={section} />
        ),
      )}
      {support && support.sectionKey === null ? (
        <fieldset className="support-offers">
          <legend>{t('plans.support.heading')}</legend>
          <SupportOffers plan={plan} offers={support.offers} />
        </fieldset>
      ) : null}
    </section>
  );
}

function TextSection({ plan, section, label }: { plan: ActionPlan; section: ShownTextSection; label?: string }) {
  return (
    // Inside the support section the legend carries the required mark: a ticked offer fills the section as text does.
    <FormField label={label ?? section.title} help={label || !section.guidance ? undefined : <GuidanceText text={section.guidance} />} required={label ? false : section.required}>
      <AutosaveField
        saveKey={`section:${plan.id}:${section.key}`}
        value={section.text}
        multiline
        rows={3}
        onSave={(text) => planSectionEdit.op(plan.id, section.key, text, section.title)}
      />
    </FormField>
  );
}

function SupportSection({ plan, section, offers }: { plan: ActionPlan; section: ShownTextSection; offers: ShownSupportOffer[] }) {
  const { t } = useI18n();
  const guidanceId = useId();
  return (
    <fieldset className="support-offers" aria-describedby={section.guidance ? guidanceId : undefined}>
      <legend>
        {section.title}
        {section.required ? (
          <>
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> {t('plans.section.requiredMark')}</span>
          </>
        ) : null}
      </legend>
      {section.guidance ? (
        <p id={guidanceId} className="help">
          <GuidanceText text={section.guidance} />
        </p>
      ) : null}
      <SupportOffers plan={plan} offers={offers} />
      <TextSection plan={plan} section={section} label={t('plans.support.text')} />
    </fieldset>
  );
}

function SupportOffers({ plan, offers }: { plan: ActionPlan; offers: ShownSupportOffer[] }) {
  const { t } = useI18n();
  const id = useId();
  if (offers.length === 0) return <p className="help">{t('plans.support.none')}</p>;
  return (
    <ul className="support-offer-list">
      {offers.map((offer, index) => {
        const descriptionId = `${id}-${index}`;
        const description = offer.known ? offer.description : t('plans.support.unknown');
        return (
          <li key={offer.id}>
            <label>
              <input
                type="checkbox"
                checked={offer.ticked}
                aria-describedby={description ? descriptionId : undefined}
                onChange={(e) => void setSupportRequest(plan.id, offer.id, e.target.checked)}
              />{' '}
              {offer.name}
            </label>
            {description ? (
              <p id={descriptionId} className="help">
                {description}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
