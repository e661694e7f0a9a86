import { useI18n } from '../../../i18n/i18n.tsx';
import { type DraftSupportOffer, keyFromName, keyStems, newUid } from './draft.ts';
import { NameAndKeyFields, TextArea } from './fields.tsx';
import { RowList } from './RowList.tsx';

/** The support the secretariat offers, which a plan's support section lists for the MOA to tick. */
export function SupportOffersEditor({ rows, onChange }: { rows: readonly DraftSupportOffer[]; onChange: (rows: DraftSupportOffer[]) => void }) {
  const { t } = useI18n();
  const stem = keyStems.support;
  const update = (index: number, patch: Partial<DraftSupportOffer>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <RowList
      legend={t('templates.editor.supportOffers')}
      help={t('templates.editor.keyHelp')}
      rows={rows}
      onChange={onChange}
      path={['supportOffers']}
      noun={t('templates.editor.noun.support')}
      nameOf={(row) => row.name}
      addLabel={t('templates.editor.addSupport')}
      newRow={(existing) => ({ uid: newUid(), key: keyFromName('', existing.map((r) => r.key), stem), keyTouched: false, name: '', description: '' })}
    >
      {(row, index) => {
        const at = ['supportOffers', index] as const;
        return (
          <>
            <NameAndKeyFields rows={rows} index={index} at={at} keyField="id" stem={stem} onChange={onChange} />
            <TextArea label={t('templates.editor.description')} path={[...at, 'description']} value={row.description} onChange={(description) => update(index, { description })} />
          </>
        );
      }}
    </RowList>
  );
}
