import { useEffect, useId, useRef, useState } from 'react';
import { formatPlanPeriod, shiftDateByYears } from '#shared/plan/period-dates.ts';
import { isCarriedToNextPeriod, previewNewPeriod, type NewPeriodOptions } from '#shared/plan/versions.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

interface Props {
  content: PlanContent;
  open: boolean;
  busy: boolean;
  onConfirm: (options: NewPeriodOptions) => void;
  /** Esc, *Avbryt* or the dialog closed any other way without confirming. */
  onCancel: () => void;
}

/**
 * The confirmation before *Ny period*: which period, how many activities
 * come along and how many stay, and whether their dates move with them.
 * A native modal dialog, so focus stays inside, Esc cancels and the
 * browser hands focus back to the *Ny period* button on close.
 */
export function NewPeriodDialog({ content, open, busy, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const [moveDates, setMoveDates] = useState(true);
  const preview = previewNewPeriod(content);
  // The earliest carried activity shows what the move does; none carried, nothing to move.
  const example = content.activities.filter(isCarriedToNextPeriod).sort((a, b) => a.startDate.localeCompare(b.startDate))[0];

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React's autoFocus acts only when the button mounts, long before the dialog opens; start on the harmless choice.
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Every time it opens again, the safe default: dates move with the period.
  const cancel = () => {
    setMoveDates(true);
    onCancel();
  };
  const confirm = () => {
    onConfirm({ moveDates: example !== undefined && moveDates });
    setMoveDates(true);
  };
  const period = { period: formatPlanPeriod(preview) };
  return (
    <dialog ref={ref} aria-labelledby={`${id}-heading`} aria-describedby={`${id}-intro`} className="about new-period" onClose={() => open && cancel()}>
      <h2 id={`${id}-heading`}>{t('plans.newPeriod.heading', period)}</h2>
      <p id={`${id}-intro`}>{t('plans.newPeriod.intro', period)}</p>
      <ul data-testid="new-period-counts">
        <li>{preview.carried === 1 ? t('plans.newPeriod.carriedOne') : t('plans.newPeriod.carried', { count: preview.carried })}</li>
        <li>{preview.leftBehind === 1 ? t('plans.newPeriod.leftBehindOne') : t('plans.newPeriod.leftBehind', { count: preview.leftBehind })}</li>
      </ul>
      {example ? (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={moveDates} onChange={(e) => setMoveDates(e.target.checked)} aria-describedby={`${id}-move-help`} />
            {t('plans.newPeriod.moveDates')}
          </label>
          <p id={`${id}-move-help`} className="help">
            {t('plans.newPeriod.moveDatesHelp', { years: preview.shiftYears, from: example.startDate, to: shiftDateByYears(example.startDate, preview.shiftYears) })}
          </p>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={confirm}>
          {t('plans.newPeriod.confirm')}
        </button>
        <button type="button" onClick={cancel} ref={cancelRef}>
          {t('plans.newPeriod.cancel')}
        </button>
      </div>
    </dialog>
  );
}
