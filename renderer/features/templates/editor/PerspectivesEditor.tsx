import { useI18n } from '../../../i18n/i18n.tsx';
import { type DraftPerspective, keyFromName, keyStems, newUid } from './draft.ts';
import { NameAndKeyFields, TextArea } from './fields.tsx';
import { RowList } from './RowList.tsx';

/** The cross-cutting perspectives the reviewers hold: key, name, description and their questions, one per line. */
export function PerspectivesEditor({ rows, onChange }: { rows: readonly DraftPerspective[]; onChange: (rows: DraftPerspective[]) => void }) {
  const { t } = useI18n();
  const stem = keyStems.perspective;
  const update = (index: number, patch: Partial<DraftPerspective>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <RowList
      legend={t('templates.editor.perspectives')}
      help={t('templates.editor.keyHelp')}
      rows={rows}
      onChange={onChange}
      path={['perspectives']}
      noun={t('templates.editor.noun.perspective')}
      nameOf={(row) => row.name}
      addLabel={t('templates.editor.addPerspective')}
      newRow={(existing) => ({ uid: newUid(), key: keyFromName('', existing.map((r) => r.key), stem), keyTouched: false, name: '', description: '', questions: '' })}
    >
      {(row, index) => {
        const at = ['perspectives', index] as const;
        return (
          <>
            <NameAndKeyFields rows={rows} index={index} at={at} keyField="key" stem={stem} onChange={onChange} />
            <TextArea label={t('templates.editor.description')} path={[...at, 'description']} value={row.description} onChange={(description) => update(index, { description })} />
            <TextArea label={t('templates.editor.questions')} help={t('templates.editor.onePerLine')} rows={4} inside path={[...at, 'questions']} value={row.questions} onChange={(questions) => update(index, { questions })} />
          </>
        );
      }}
    </RowList>
  );
}
