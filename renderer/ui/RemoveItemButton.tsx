import { useI18n } from '../i18n/i18n.tsx';

/** "Ta bort" on a row of a list (a risk, a budget line, an agenda item …); its accessible name says which. */
export function RemoveItemButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="danger" onClick={onRemove}>
      {t('ui.removeItem')}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
