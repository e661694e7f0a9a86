import '../../ui/trash.css';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { trashCounts, trashExpiresAt, type TrashEntry } from '#shared/domain/trash.ts';
import { ConfirmBox } from '../../ui/ConfirmBox.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { localToday } from '../../ui/today.ts';
import { useFocusTarget } from '../../ui/use-focus-target.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { emptyTrash, listTrash, restoreFromTrash } from './trash-repository.ts';
import { countText, entryContentsText, restoreProblemText } from './trash-text.ts';
import { errorText } from '../../ui/error-text.ts';

const localDate = (iso: string | Date): string => localToday(new Date(iso));

/** The Papperskorg in Inställningar: what was removed, when it goes for good, Återställ per entry, and Töm papperskorgen. */
export function TrashSection() {
  const { t, language } = useI18n();
  const entries = useLiveQuery(listTrash, []);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [confirmingEmpty, setConfirmingEmpty] = useState(false);
  const { rootRef, setFocusTarget } = useFocusTarget<HTMLElement>();

  const kindText = (entry: TrashEntry) => t(`trash.kind.${entry.kind}`);

  async function restore(entry: TrashEntry) {
    setStatus('');
    setAlert('');
    try {
      const result = await restoreFromTrash(entry.id);
      if (result.ok) {
        setStatus(t('trash.restored', { kind: kindText(entry), title: entry.title }));
        setFocusTarget('trash-heading');
      } else {
        setAlert(restoreProblemText(t, entry.title, result.problem));
        setFocusTarget(`restore-${entry.id}`);
      }
    } catch (error) {
      console.error('Återställningen misslyckades', entry.id, error);
      setAlert(t('trash.failed', { message: errorText(error) }));
    }
  }

  async function empty() {
    setConfirmingEmpty(false);
    try {
      await emptyTrash();
      setStatus(t('trash.emptied'));
      setFocusTarget('trash-heading');
    } catch (error) {
      console.error('Papperskorgen gick inte att tömma', error);
      setAlert(t('trash.failed', { message: errorText(error) }));
    }
  }

  const submittedVersions = (entries ?? []).reduce((sum, entry) => sum + (entry.records.planVersions?.length ?? 0), 0);
  return (
    <section aria-labelledby="trash-heading" className="trash" ref={rootRef}>
      <h2 id="trash-heading" tabIndex={-1} data-focus="trash-heading">
        {t('trash.heading')}
      </h2>
      <p className="help">{t('trash.intro')}</p>
      <p role="status" className="status">
        {status}
      </p>
      {/* Only while there is something to say: Inställningar has other alerts (the profile form's), and an empty one would sit among them. */}
      {alert ? (
        <p role="alert" className="alert-text">
          {alert}
        </p>
      ) : null}
      {entries === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <DataTable
          captionId="trash-caption"
          caption={t('trash.caption')}
          className="data-table trash-table"
          columns={[t('trash.col.kind'), t('trash.col.title'), t('trash.col.contents'), t('trash.col.removed'), t('trash.col.actions')]}
          rows={entries}
          empty={<p>{t('trash.empty')}</p>}
          below={
            confirmingEmpty ? (
              <ConfirmBox
                role="alertdialog"
                question={t('trash.emptyQuestion')}
                yes={t('trash.emptyYes')}
                no={t('trash.emptyNo')}
                autoFocusNo
                onYes={() => void empty()}
                onNo={() => {
                  setConfirmingEmpty(false);
                  setStatus(t('trash.emptyCancelled'));
                  setFocusTarget('trash-empty');
                }}
              >
                <p>{entries.length === 1 ? t('trash.emptyCountOne') : t('trash.emptyCount', { count: entries.length })}</p>
                {submittedVersions > 0 ? <p>{t('trash.emptyVersions', { versions: countText(t, 'planVersions', submittedVersions) })}</p> : null}
              </ConfirmBox>
            ) : (
              <div className="actions">
                <button
                  type="button"
                  className="danger"
                  data-focus="trash-empty"
                  onClick={() => {
                    setStatus('');
                    setConfirmingEmpty(true);
                  }}
                >
                  {t('trash.emptyButton')}
                </button>
              </div>
            )
          }
        >
          {(entry) => (
            <tr key={entry.id}>
              <td>{kindText(entry)}</td>
              <th scope="row">{entry.title}</th>
              <td>{entryContentsText(t, language, entry, trashCounts(entry.records))}</td>
              <td>
                <span className="nowrap">{localDate(entry.removedAt)}</span>
                <br />
                <span className="muted nowrap">{t('trash.expires', { date: localDate(trashExpiresAt(entry)) })}</span>
              </td>
              <td>
                <button type="button" data-focus={`restore-${entry.id}`} aria-label={t('trash.restoreLabel', { kind: kindText(entry).toLowerCase(), title: entry.title })} onClick={() => void restore(entry)}>
                  {t('trash.restore')}
                </button>
              </td>
            </tr>
          )}
        </DataTable>
      )}
    </section>
  );
}
