import { useI18n } from '../../../i18n/i18n.tsx';
import { type DraftIndicator, keyFromName, keyStems, newUid } from './draft.ts';
import { NameAndKeyFields, TextArea, TextField } from './fields.tsx';
import { RowList } from './RowList.tsx';

/** The indicator catalogue plans choose from, each with its unit and, if it has one, its Kolada id. */
export function IndicatorsEditor({ rows, onChange }: { rows: readonly DraftIndicator[]; onChange: (rows: DraftIndicator[]) => void }) {
  const { t } = useI18n();
  const stem = keyStems.indicator;
  const update = (index: number, patch: Partial<DraftIndicator>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <RowList
      legend={t('templates.editor.indicators')}
      help={t('templates.editor.keyHelp')}
      rows={rows}
      onChange={onChange}
      path={['indicatorCatalogue']}
      noun={t('templates.editor.noun.indicator')}
      nameOf={(row) => row.name}
      addLabel={t('templates.editor.addIndicator')}
      newRow={(existing) => ({ uid: newUid(), key: keyFromName('', existing.map((r) => r.key), stem), keyTouched: false, name: '', unit: '', description: '', koladaKpiId: '' })}
    >
      {(row, index) => {
        const at = ['indicatorCatalogue', index] as const;
        return (
          <>
            <NameAndKeyFields rows={rows} index={index} at={at} keyField="id" stem={stem} onChange={onChange} />
            <div className="field-row">
              <TextField label={t('templates.editor.unit')} help={t('templates.editor.unitHelp')} path={[...at, 'unit']} value={row.unit} onChange={(unit) => update(index, { unit })} />
              <TextField label={t('templates.editor.kolada')} help={t('templates.editor.koladaHelp')} path={[...at, 'koladaKpiId']} value={row.koladaKpiId} onChange={(koladaKpiId) => update(index, { koladaKpiId })} />
            </div>
            <TextArea label={t('templates.editor.description')} path={[...at, 'description']} value={row.description} onChange={(description) => update(index, { description })} />
          </>
        );
      }}
    </RowList>
  );
}
