import { useI18n } from '../../i18n/i18n.tsx';

/** "Ta bort" on a project's row (a risk, an activity, a budget line, a financier); its accessible name says which. */
export function RemoveItemButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="danger" onClick={onRemove}>
      {t('projects.remove.item')}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
