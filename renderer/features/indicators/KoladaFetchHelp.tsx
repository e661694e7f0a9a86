/**
 * How to get the shown indicators' values from Kolada: the exact addresses of Kolada's API for the
 * plan's KPIs and the goal area's areas, to open and save as files, then read them in. The browser
 * edition cannot count on Kolada's API answering a web page, so the file route is the way there.
 */
import { koladaDataUrls, koladaKpiUrls } from '#shared/kolada/api-urls.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function KoladaFetchHelp({ kpiIds, areaIds }: { kpiIds: readonly string[]; areaIds: readonly string[] }) {
  const { t } = useI18n();
  if (kpiIds.length === 0) return <p className="help">{t('indicators.fetch.noKpis')}</p>;
  const dataUrls = koladaDataUrls(kpiIds, areaIds);
  const kpiUrls = koladaKpiUrls(kpiIds);
  return (
    <div className="kolada-fetch">
      <h3>{t('indicators.fetch.heading')}</h3>
      <p>{t('indicators.fetch.intro', { kpis: kpiIds.join(', ') })}</p>
      <ol>
        {dataUrls.map((url) => (
          <li key={url}>
            {t('indicators.fetch.values')} <a href={url}>{url}</a>
          </li>
        ))}
        {kpiUrls.map((url) => (
          <li key={url}>
            {t('indicators.fetch.kpis')} <a href={url}>{url}</a>
          </li>
        ))}
      </ol>
    </div>
  );
}
