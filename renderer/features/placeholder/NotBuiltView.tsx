import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

/** An area that a later version fills; says so plainly instead of showing a fake screen. */
export function NotBuiltView({ title, description }: { title: MessageKey; description: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <h1 tabIndex={-1}>{t(title)}</h1>
      <div className="not-built" role="note">
        <h2>{t('notBuilt.heading')}</h2>
        <p>{t('notBuilt.body')}</p>
        <p>{t(description)}</p>
      </div>
    </>
  );
}
