import { platform } from '#host';
import { useStorageState } from '../db/storage.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The browser edition's workbook belongs to its address; the desktop app's address never changes, so it needs no word. */
function workbookAddress(): string | null {
  return platform.host === 'web' ? `${window.location.origin}${window.location.pathname}` : null;
}

export function StorageStatus() {
  const { t } = useI18n();
  const state = useStorageState();
  const address = workbookAddress();
  const text = {
    checking: t('storage.checking'),
    persisted: t('storage.persisted'),
    'not-persisted': t('storage.notPersisted'),
    unknown: t('storage.unknown'),
  }[state];
  return (
    <>
      <p className={`storage storage-${state}`} data-storage-state={state}>
        {text}
      </p>
      {address ? (
        <p className="storage-origin" data-testid="storage-origin">
          {t('storage.origin', { address })}
        </p>
      ) : null}
    </>
  );
}
