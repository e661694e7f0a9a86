import type { TemplateDocument } from '#shared/templates/schema.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { documentKinds, type DraftSection, keyFromName, keyStems, newUid, renamedRow } from './draft.ts';
import { CheckboxField, SelectField, TextArea, TextField } from './fields.tsx';
import { RowList } from './RowList.tsx';

/** A document's sections (handlingsplan or projektplan): key, title, guidance, required and kind, in the document's order. */
export function SectionsEditor({ document, rows, onChange }: { document: TemplateDocument; rows: readonly DraftSection[]; onChange: (rows: DraftSection[]) => void }) {
  const { t } = useI18n();
  const stem = keyStems.section;
  const update = (index: number, patch: Partial<DraftSection>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <RowList
      legend={t(document === 'actionPlan' ? 'templates.editor.actionPlanSections' : 'templates.editor.projectPlanSections')}
      help={`${t('templates.editor.sectionsHelp')} ${t('templates.editor.sectionKeyHelp')}`}
      rows={rows}
      onChange={onChange}
      path={[document, 'sections']}
      noun={t('templates.editor.noun.section')}
      nameOf={(row) => row.title}
      addLabel={t('templates.editor.addSection')}
      newRow={(existing): DraftSection => ({ uid: newUid(), key: keyFromName('', existing.map((r) => r.key), stem), keyTouched: false, title: '', guidance: '', required: false, kind: 'freeText' })}
    >
      {(row, index) => {
        const at = [document, 'sections', index] as const;
        // A kind read from a file that this document does not usually have stays selectable for its section.
        const kinds = documentKinds[document].includes(row.kind) ? documentKinds[document] : [...documentKinds[document], row.kind];
        return (
          <>
            <div className="field-row">
              <TextField
                label={t('templates.editor.sectionTitle')}
                required
                path={[...at, 'title']}
                value={row.title}
                onChange={(title) => onChange(renamedRow(rows, index, { title }, title, (name, used) => keyFromName(name, used, stem)))}
              />
              <TextField
                label={t('templates.editor.key')}
                required
                path={[...at, 'key']}
                value={row.key}
                onChange={(key) => update(index, { key, keyTouched: true })}
              />
            </div>
            <div className="field-row">
              <SelectField label={t('templates.editor.kind')} help={t('templates.editor.kindHelp')} path={[...at, 'kind']} value={row.kind} onChange={(kind) => update(index, { kind: kinds.find((k) => k === kind) ?? row.kind })}>
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`templates.editor.kind.${kind}`)}
                  </option>
                ))}
              </SelectField>
              <CheckboxField label={t('templates.editor.sectionRequired')} path={[...at, 'required']} checked={row.required} onChange={(required) => update(index, { required })} />
            </div>
            <TextArea label={t('templates.editor.guidance')} help={t('templates.editor.guidanceHelp')} rows={4} path={[...at, 'guidance']} value={row.guidance} onChange={(guidance) => update(index, { guidance })} />
          </>
        );
      }}
    </RowList>
  );
}
