import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { type DraftCategory, type DraftMandate, keyFromName, keyStems, newUid, renamedRow } from './draft.ts';
import { TextField } from './fields.tsx';
import { RowList } from './RowList.tsx';

interface Props {
  categories: readonly DraftCategory[];
  onCategories: (rows: DraftCategory[]) => void;
  mandate: DraftMandate;
  onMandate: (mandate: DraftMandate) => void;
}

/** The time log's categories and the default mandate a MOA starts from: hours per week, or a share of full time. */
export function TimeLogEditor({ categories, onCategories, mandate, onMandate }: Props) {
  const { t } = useI18n();
  const name = useId();
  const stem = keyStems.category;
  const at = ['timeLog', 'defaultMandate'] as const;
  const update = (index: number, patch: Partial<DraftCategory>) => onCategories(categories.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <>
      <RowList
        legend={t('templates.editor.categories')}
        help={t('templates.editor.keyHelp')}
        rows={categories}
        onChange={onCategories}
        path={['timeLog', 'categories']}
        noun={t('templates.editor.noun.category')}
      nameOf={(row) => row.name}
        addLabel={t('templates.editor.addCategory')}
        newRow={(existing) => ({ uid: newUid(), key: keyFromName('', existing.map((r) => r.key), stem), keyTouched: false, name: '' })}
      >
        {(row, index) => (
          <div className="field-row">
            <TextField
              label={t('templates.editor.name')}
              required
              path={['timeLog', 'categories', index, 'name']}
              value={row.name}
              onChange={(value) => onCategories(renamedRow(categories, index, { name: value }, value, (n, used) => keyFromName(n, used, stem)))}
            />
            <TextField
              label={t('templates.editor.id')}
              required
              path={['timeLog', 'categories', index, 'id']}
              value={row.key}
              onChange={(key) => update(index, { key, keyTouched: true })}
            />
          </div>
        )}
      </RowList>
      <fieldset className="template-mandate">
        <legend>{t('templates.editor.mandate')}</legend>
        <p className="help">{t('templates.editor.mandateHelp')}</p>
        <label className="checkbox">
          <input type="radio" name={name} checked={mandate.kind === 'hours'} onChange={() => onMandate({ ...mandate, kind: 'hours' })} /> {t('templates.editor.mandateHours')}
        </label>
        <label className="checkbox">
          <input type="radio" name={name} checked={mandate.kind === 'percent'} onChange={() => onMandate({ ...mandate, kind: 'percent' })} /> {t('templates.editor.mandatePercent')}
        </label>
        {mandate.kind === 'hours' ? (
          <TextField
            label={t('templates.editor.hoursPerWeek')}
            help={t('templates.editor.hoursHelp')}
            required
            inputMode="decimal"
            path={[...at, 'hoursPerWeek']}
            also={[at]}
            value={mandate.hoursPerWeek}
            onChange={(hoursPerWeek) => onMandate({ ...mandate, hoursPerWeek })}
          />
        ) : (
          <div className="field-row">
            <TextField
              label={t('templates.editor.percentOfFullTime')}
              help={t('templates.editor.percentHelp')}
              required
              inputMode="decimal"
              path={[...at, 'percentOfFullTime']}
              also={[at]}
              value={mandate.percentOfFullTime}
              onChange={(percentOfFullTime) => onMandate({ ...mandate, percentOfFullTime })}
            />
            <TextField
              label={t('templates.editor.fullTimeHours')}
              help={t('templates.editor.fullTimeHelp')}
              inputMode="decimal"
              path={[...at, 'fullTimeHoursPerWeek']}
              value={mandate.fullTimeHoursPerWeek}
              onChange={(fullTimeHoursPerWeek) => onMandate({ ...mandate, fullTimeHoursPerWeek })}
            />
          </div>
        )}
      </fieldset>
    </>
  );
}
