import { useI18n } from '../../../i18n/i18n.tsx';
import { codeFromName, newUid, renamedRow, type DraftGoalArea } from './draft.ts';
import { TextArea, TextField } from './fields.tsx';
import { RowList } from './RowList.tsx';

/** The RUS's goal areas: code, name, description and effect goals, one per line. */
export function GoalAreasEditor({ rows, onChange }: { rows: readonly DraftGoalArea[]; onChange: (rows: DraftGoalArea[]) => void }) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<DraftGoalArea>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <RowList
      legend={t('templates.editor.goalAreas')}
      help={t('templates.editor.codeHelp')}
      rows={rows}
      onChange={onChange}
      path={['goalAreas']}
      noun={t('templates.editor.noun.goalArea')}
      nameOf={(row) => row.name}
      addLabel={t('templates.editor.addGoalArea')}
      newRow={(existing) => ({ uid: newUid(), key: codeFromName('', existing.map((r) => r.key)), keyTouched: false, name: '', description: '', effectGoals: '' })}
    >
      {(row, index) => {
        const at = ['goalAreas', index] as const;
        return (
          <>
            <div className="field-row">
              <TextField label={t('templates.editor.name')} required path={[...at, 'name']} value={row.name} onChange={(name) => onChange(renamedRow(rows, index, { name }, name, codeFromName))} />
              <TextField label={t('templates.editor.code')} required path={[...at, 'code']} value={row.key} onChange={(key) => update(index, { key, keyTouched: true })} />
            </div>
            <TextArea label={t('templates.editor.description')} path={[...at, 'description']} value={row.description} onChange={(description) => update(index, { description })} />
            <TextArea label={t('templates.editor.effectGoals')} help={t('templates.editor.onePerLine')} rows={4} inside path={[...at, 'effectGoals']} value={row.effectGoals} onChange={(effectGoals) => update(index, { effectGoals })} />
          </>
        );
      }}
    </RowList>
  );
}
