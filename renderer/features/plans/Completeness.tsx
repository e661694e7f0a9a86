import type { ReactNode } from 'react';
import { planFieldTables } from '#shared/plan/fields.ts';
import { formatPlanPeriod } from '#shared/plan/period-dates.ts';
import { templateCompleteness } from '#shared/plan/template-sections.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import type { Template } from '#shared/templates/schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { namedFieldLabel } from '../../i18n/field-words.ts';

/** A date (`2026-09-01`) is one word to the reader: keep it on one line. The text stays exactly as given. */
function keepDatesWhole(text: string): ReactNode[] {
  return text.split(/(\d{4}-\d{2}-\d{2})/u).map((part, i) => (i % 2 === 1 ? <span key={i} className="date">{part}</span> : part));
}

/** What is still empty, by the plan's template version: the same list the Word export shows before a draft is exported. */
export function Completeness({
  content,
  template,
  sectionTitles,
  numbers,
  onGo,
}: {
  content: PlanContent;
  template: Template | null;
  /** The sections' titles as the editor shows them, by key. */
  sectionTitles: ReadonlyMap<string, string>;
  numbers: Map<string, string>;
  onGo: (id: string) => void;
}) {
  const { t } = useI18n();
  const items = templateCompleteness(content, template);
  const titles = new Map<string, string>([...content.strategies, ...content.tactics, ...content.activities].map((n) => [n.id, n.title]));
  const titleOf = (id: string | null) => {
    if (!id) return '';
    return `${numbers.get(id) ?? ''} ${titles.get(id) || t('plans.outline.untitled')}`.trim();
  };
  const activities = new Map(content.activities.map((a) => [a.id, a]));
  const outsidePeriodText = (id: string | null) => {
    const activity = id === null ? undefined : activities.get(id);
    return t('plans.completeness.outsidePeriod', {
      title: titleOf(id),
      start: activity?.startDate ?? '',
      end: activity?.endDate ?? '',
      period: formatPlanPeriod(content.plan),
    });
  };
  return (
    <details className="completeness" open={items.length > 0}>
      <summary>
        {t('plans.completeness.heading')} ({items.length})
      </summary>
      {items.length === 0 ? (
        <p>{t('plans.completeness.done')}</p>
      ) : (
        <ul>
          {items.map((item, index) => {
            const key = `${item.kind}-${item.id ?? ''}-${item.field}-${index}`;
            if (item.kind === 'section') {
              const title = (item.id === null ? undefined : sectionTitles.get(item.id)) ?? item.id ?? '';
              return <li key={key}>{t('plans.completeness.section', { title })}</li>;
            }
            if (item.kind === 'plan') return <li key={key}>{t('plans.completeness.plan')}</li>;
            const text = item.code === 'outsidePeriod' ? outsidePeriodText(item.id) : t('plans.completeness.field', {
              kind: t(`plans.outline.kind.${item.kind}`),
              title: titleOf(item.id),
              field: namedFieldLabel(t, planFieldTables[item.kind], item.field),
            });
            return (
              <li key={key}>
                {item.id ? (
                  <button type="button" className="link-button" onClick={() => item.id && onGo(item.id)}>
                    {keepDatesWhole(text)}
                  </button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
