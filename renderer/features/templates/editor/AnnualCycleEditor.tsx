import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { type DraftCycleEvent, keyFromName, keyStems, newUid } from './draft.ts';
import { NameAndKeyFields, SelectField, TextArea, TextField } from './fields.tsx';
import { RowList } from './RowList.tsx';
import { monthName } from '#shared/locale.ts';

const months = Array.from({ length: 12 }, (_, i) => i + 1);

/** The event's "when": a date (and an end date for events of several days), or a month when the day is not yet set. */
function EventWhen({ row, index, update }: { row: DraftCycleEvent; index: number; update: (patch: Partial<DraftCycleEvent>) => void }) {
  const { t, language } = useI18n();
  const name = useId();
  const at = ['annualCycle', index] as const;
  return (
    <>
      <fieldset className="template-when">
        <legend>{t('templates.editor.when')}</legend>
        <label className="checkbox">
          <input type="radio" name={name} checked={row.when === 'date'} onChange={() => update({ when: 'date' })} /> {t('templates.editor.whenDate')}
        </label>
        <label className="checkbox">
          <input type="radio" name={name} checked={row.when === 'month'} onChange={() => update({ when: 'month' })} /> {t('templates.editor.whenMonth')}
        </label>
      </fieldset>
      {row.when === 'date' ? (
        <div className="field-row">
          <TextField label={t('templates.editor.date')} help={t('templates.word.dateHelp')} required path={[...at, 'date']} also={[at]} value={row.date} onChange={(date) => update({ date })} />
          <TextField label={t('templates.editor.endDate')} help={t('templates.editor.endDateHelp')} path={[...at, 'endDate']} value={row.endDate} onChange={(endDate) => update({ endDate })} />
        </div>
      ) : (
        <SelectField label={t('templates.editor.month')} required path={[...at, 'month']} also={[at]} value={row.month} onChange={(month) => update({ month })}>
          <option value="">{t('templates.editor.chooseMonth')}</option>
          {months.map((m) => (
            <option key={m} value={String(m)}>
              {monthName(m, language)}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}

/** The annual cycle (årscykel): the secretariat's events of the year. */
export function AnnualCycleEditor({ rows, onChange }: { rows: readonly DraftCycleEvent[]; onChange: (rows: DraftCycleEvent[]) => void }) {
  const { t } = useI18n();
  const stem = keyStems.event;
  const update = (index: number, patch: Partial<DraftCycleEvent>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <RowList
      legend={t('templates.editor.annualCycle')}
      help={t('templates.editor.keyHelp')}
      rows={rows}
      onChange={onChange}
      path={['annualCycle']}
      noun={t('templates.editor.noun.event')}
      nameOf={(row) => row.name}
      addLabel={t('templates.editor.addEvent')}
      newRow={(existing): DraftCycleEvent => ({ uid: newUid(), key: keyFromName('', existing.map((r) => r.key), stem), keyTouched: false, name: '', description: '', when: 'date', date: '', endDate: '', month: '' })}
    >
      {(row, index) => {
        const at = ['annualCycle', index] as const;
        return (
          <>
            <NameAndKeyFields rows={rows} index={index} at={at} keyField="id" stem={stem} onChange={onChange} />
            <EventWhen row={row} index={index} update={(patch) => update(index, patch)} />
            <TextArea label={t('templates.editor.description')} path={[...at, 'description']} value={row.description} onChange={(description) => update(index, { description })} />
          </>
        );
      }}
    </RowList>
  );
}
