import './follow-up.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { mandateWeeklyMinutes, type Mandate } from '#shared/timelog/mandate.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ConfirmBox } from '../../../ui/ConfirmBox.tsx';
import { DataTable, RowActions } from '../../../ui/DataTable.tsx';
import { Notices } from '../../../ui/Notices.tsx';
import { useRecordList } from '../../../ui/use-record-list.ts';
import { formatHours } from './follow-up-format.ts';
import { MandateFormSection } from './MandateForm.tsx';
import { listMandates, removeMandate } from './mandate-repository.ts';
import { sizeText } from './mandate-text.ts';
import { TemplateMandateOffer } from './TemplateMandateOffer.tsx';
import { errorText } from '../../../ui/error-text.ts';

interface Props {
  /** 3 under the follow-up's h2; 2 where the mandate stands on its own. */
  headingLevel?: 2 | 3;
}

/**
 * The mandates for the MOA assignment: a list, earliest first, with edit and remove (after a
 * question), and a form that refuses bad input at the field and stores nothing wrong.
 */
export function MandateSettings({ headingLevel = 3 }: Props) {
  const { t, language } = useI18n();
  const mandates = useLiveQuery(listMandates, []);
  const list = useRecordList<Mandate>({
    focusKeys: { form: 'mandate-validFrom', confirmNo: 'mandate-confirm-no', edit: (id) => `mandate-edit-${id}`, remove: (id) => `mandate-remove-${id}` },
    remove: async (mandate) => {
      const result = await removeMandate(mandate.id);
      return result.ok ? { ok: true, status: t('timelog.mandate.removed', { date: mandate.validFrom }) } : { ok: false, alert: t('timelog.mandate.notFound') };
    },
    cancelled: (mandate) => t('timelog.mandate.cancelled', { date: mandate.validFrom }),
    failed: (error, mandate) => {
      console.error('Mandatet gick inte att ta bort', mandate.id, error);
      return t('timelog.mandate.failed', { message: errorText(error) });
    },
    notFound: t('timelog.mandate.notFound'),
  });
  const { editing, confirming } = list;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { key, ...form } = list.form;

  return (
    <section ref={list.rootRef} aria-labelledby="mandate-heading" className="mandate-settings">
      <Heading id="mandate-heading">{t('timelog.mandate.heading')}</Heading>
      <p className="help">{t('timelog.mandate.intro')}</p>
      <p className="help">{t('timelog.mandate.howCounted')}</p>
      {mandates === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <DataTable
          captionId="mandate-caption"
          caption={t('timelog.mandate.tableCaption')}
          className="follow-up-table mandate-table"
          columns={[t('timelog.mandate.col.validFrom'), t('timelog.mandate.col.size'), { label: t('timelog.mandate.col.weekly'), className: 'number' }, t('timelog.mandate.col.actions')]}
          rows={mandates}
          empty={
            <>
              <p className="mandate-empty">{t('timelog.mandate.empty')}</p>
              <TemplateMandateOffer headingLevel={headingLevel} onDone={list.setStatus} />
            </>
          }
        >
          {(mandate) => (
            <tr key={mandate.id} className={editing?.id === mandate.id ? 'editing' : undefined}>
              <th scope="row" className="nowrap">
                {mandate.validFrom}
              </th>
              <td>{sizeText(t, language, mandate)}</td>
              <td className="number">{formatHours(mandateWeeklyMinutes(mandate), language)}</td>
              <RowActions
                actions={[
                  { text: t('timelog.mandate.edit'), label: t('timelog.mandate.editLabel', { date: mandate.validFrom }), focusKey: `mandate-edit-${mandate.id}`, onClick: () => list.startEdit(mandate) },
                  { text: t('timelog.mandate.remove'), label: t('timelog.mandate.removeLabel', { date: mandate.validFrom }), focusKey: `mandate-remove-${mandate.id}`, onClick: () => list.askRemove(mandate) },
                ]}
              />
            </tr>
          )}
        </DataTable>
      )}
      {confirming ? (
        <ConfirmBox
          question={t('timelog.mandate.confirm.question', { date: confirming.validFrom })}
          yes={t('timelog.mandate.confirm.yes', { date: confirming.validFrom })}
          no={t('timelog.mandate.confirm.no')}
          onYes={() => void list.confirmRemove(confirming)}
          onNo={() => list.cancelRemove(confirming)}
          noFocusKey="mandate-confirm-no"
        />
      ) : null}
      <Notices status={list.status} alert={list.alert} />
      <MandateFormSection key={key} {...form} others={mandates ?? []} headingLevel={headingLevel} />
    </section>
  );
}
