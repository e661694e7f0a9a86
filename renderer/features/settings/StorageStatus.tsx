import { useStorageState } from '../../app/storage.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function StorageStatus() {
  const { t } = useI18n();
  const state = useStorageState();
  const text = {
    checking: t('storage.checking'),
    persisted: t('storage.persisted'),
    'not-persisted': t('storage.notPersisted'),
    unknown: t('storage.unknown'),
  }[state];
  return (
    <p className={`storage storage-${state}`} data-storage-state={state}>
      {text}
    </p>
  );
}
