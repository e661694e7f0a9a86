import { Fragment, useId, useState } from 'react';
import type { Template, TemplateSection } from '#shared/templates/schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { GuidanceText } from '../../ui/GuidanceText.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

const counts = (template: Template): [MessageKey, number][] => [
  ['templates.count.goalAreas', template.goalAreas.length],
  ['templates.count.actionPlanSections', template.actionPlan.sections.length],
  ['templates.count.projectPlanSections', template.projectPlan.sections.length],
  ['templates.count.categories', template.timeLog.categories.length],
  ['templates.count.events', template.annualCycle.length],
  ['templates.count.supportOffers', template.supportOffers.length],
  ['templates.count.indicators', template.indicatorCatalogue.length],
];

function Sections({ heading, sections }: { heading: string; sections: readonly TemplateSection[] }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{heading}</h3>
      <ol className="template-sections">
        {sections.map((section) => (
          <li key={section.key}>
            <strong>{section.title}</strong> <span className="muted">({t(section.required ? 'templates.details.required' : 'templates.details.optional')})</span>
            {section.guidance.trim() === '' ? (
              <p className="help">{t('templates.details.noGuidance')}</p>
            ) : (
              section.guidance.split(/\n{2,}/).map((paragraph, i) => (
                <p key={i} className="help">
                  <GuidanceText text={paragraph} />
                </p>
              ))
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** What a template is and holds: name, version, issuer, validity and counts, with its sections on request. */
export function TemplateSummary({ template, extra }: { template: Template; extra?: [string, string][] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <div className="template-summary">
      <dl className="template-facts">
        <dt>{t('templates.list.name')}</dt>
        <dd>{template.name}</dd>
        <dt>{t('templates.version')}</dt>
        <dd>{template.version}</dd>
        <dt>{t('templates.issuer')}</dt>
        <dd>{template.issuer}</dd>
        <dt>{t('templates.validity')}</dt>
        <dd>{t('templates.validityValue', { from: template.validFrom, to: template.validTo })}</dd>
        {extra?.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="template-contents-label">{t('templates.contents')}</p>
      <ul className="template-counts">
        {counts(template).map(([key, count]) => (
          <li key={key}>
            {t(key)}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
      <button type="button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        {t(open ? 'templates.details.hide' : 'templates.details.show')}
      </button>
      <div id={detailsId} hidden={!open}>
        {open ? (
          <>
            <Sections heading={t('templates.details.actionPlan')} sections={template.actionPlan.sections} />
            <Sections heading={t('templates.details.projectPlan')} sections={template.projectPlan.sections} />
          </>
        ) : null}
      </div>
    </div>
  );
}
