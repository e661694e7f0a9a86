import { useEffect, useRef, useState } from 'react';
import { platform } from '#host';
import type { AppInfo } from '#shared/platform/contract.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Versions of the app, its host and the data format; a native modal dialog, so focus stays inside and Esc closes it. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      void platform.getAppInfo().then(setInfo);
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const rows: [string, string | undefined][] = info
    ? [
        [t('about.version'), info.appVersion],
        [t('about.host'), info.host === 'desktop' ? t('about.host.desktop') : t('about.host.web')],
        [t('about.electron'), info.electronVersion],
        [t('about.chromium'), info.chromiumVersion],
        [t('about.node'), info.nodeVersion],
        [t('about.dataFormat'), String(info.dataFormatVersion)],
        [t('about.platform'), info.platform],
      ]
    : [];

  return (
    <dialog ref={ref} aria-labelledby="about-heading" onClose={onClose} className="about">
      <h2 id="about-heading">{t('about.heading')}</h2>
      <dl className="facts">
        {rows
          .filter((row): row is [string, string] => row[1] !== undefined)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p>{t('about.privacy')}</p>
      <button type="button" className="primary" onClick={onClose} autoFocus>
        {t('about.close')}
      </button>
    </dialog>
  );
}
