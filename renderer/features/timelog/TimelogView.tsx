import { useI18n } from '../../i18n/i18n.tsx';

/** The time log: week grid, day list, timer, mandate and follow-up. */
export function TimelogView() {
  const { t } = useI18n();
  return <h1 tabIndex={-1}>{t('timelog.heading')}</h1>;
}
