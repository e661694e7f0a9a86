import { activityStatuses } from '#shared/domain/plan.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { activityStatusText } from '../../../i18n/field-words.ts';

/** What the bars' fills and patterns mean; every status also stands in words on its row. */
export function TimelineLegend() {
  const { t } = useI18n();
  return (
    <div className="timeline-legend">
      <span className="timeline-legend-title">{t('timeline.legend')}:</span>
      <ul>
        {activityStatuses.map((status) => (
          <li key={status}>
            <span className={`timeline-swatch bar-${status}`} aria-hidden="true" />
            {activityStatusText(t, status)}
          </li>
        ))}
        <li>
          <span className="timeline-kind-icon bar-ongoing" aria-hidden="true" />
          {t('timeline.legend.milestone')}
        </li>
        <li>
          <span className="timeline-swatch bar-plan" aria-hidden="true" />
          {t('timeline.legend.plan')}
        </li>
      </ul>
    </div>
  );
}
