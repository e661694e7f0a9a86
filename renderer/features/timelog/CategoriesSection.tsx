import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TimeCategory } from '#shared/domain/timelog.ts';
import { formatInteger } from '#shared/format.ts';
import { timeCategoryField } from '#shared/timelog/fields.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { problemAt, type TimelogProblem } from '#shared/timelog/problems.ts';
import { problemText } from './timelog-problems.ts';
import { loadCategoryUsage } from './timelog-queries.ts';
import { addCategory, addTemplateCategories, archiveCategory, deleteCategory, missingTemplateCategories, renameCategory, unarchiveCategory, type CategoryWrite } from './category-repository.ts';
import { useFocusTarget } from '../../ui/use-focus-target.ts';

/** *Kategorier*: add, rename, archive (and take back) the time-log categories; an unused one can be removed. */
export function CategoriesSection() {
  const { t, language } = useI18n();
  const usage = useLiveQuery(loadCategoryUsage, []);
  const fromTemplate = useLiveQuery(missingTemplateCategories, []);
  const [renaming, setRenaming] = useState<TimeCategory | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const { rootRef, setFocusTarget } = useFocusTarget();

  async function act(category: TimeCategory, action: () => Promise<CategoryWrite | { ok: true } | { ok: false; problems: TimelogProblem[] }>, done: string, focus: string | null) {
    try {
      const result = await action();
      if (!result.ok) {
        setStatus('');
        setAlert(result.problems.map((p) => problemText(t, p)).join(' '));
        return;
      }
      setAlert('');
      setStatus(done);
      setFocusTarget(focus);
    } catch (error) {
      console.error('Kategorin gick inte att ändra', category.id, error);
      setAlert(t('timelog.failed'));
    }
  }

  async function addFromTemplate() {
    try {
      const names = await addTemplateCategories();
      setAlert('');
      setStatus(names.length > 0 ? t('timelog.categories.templateAdded', { names: names.join(', ') }) : t('timelog.categories.templateNothing'));
      setFocusTarget('new-category');
    } catch (error) {
      console.error('Mallens kategorier gick inte att lägga till', error);
      setAlert(t('timelog.failed'));
    }
  }

  return (
    <section ref={rootRef} className="timelog-categories" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('timelog.categories.heading')}</h2>
      <p className="help">{t('timelog.categories.intro')}</p>
      {fromTemplate && fromTemplate.length > 0 ? (
        // Offered, never done silently: the user's own categories are never removed or renamed.
        <div className="template-categories">
          <p id="template-categories-text">{t('timelog.categories.templateMissing', { names: fromTemplate.map((c) => c.name).join(', ') })}</p>
          <button type="button" aria-describedby="template-categories-text" onClick={() => void addFromTemplate()}>
            {t('timelog.categories.templateAdd')}
          </button>
        </div>
      ) : null}
      {usage === undefined ? (
        <p aria-busy="true">{t('timelog.loading')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="categories-caption" tabIndex={0}>
          <table className="categories-table">
            <caption id="categories-caption" className="visually-hidden">
              {t('timelog.categories.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(timeCategoryField.name.uiLabel)}</th>
                <th scope="col" className="num">
                  {t('timelog.categories.entries')}
                </th>
                <th scope="col">{t('timelog.categories.status')}</th>
                <th scope="col">{t('timelog.day.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {usage.map(({ category, entryCount }) => (
                <tr key={category.id} className={category.archived ? 'archived' : undefined}>
                  <th scope="row">
                    {renaming?.id === category.id ? (
                      <RenameForm
                        category={category}
                        onDone={(name) => {
                          setRenaming(null);
                          setAlert('');
                          setStatus(t('timelog.categories.renamed', { name }));
                          setFocusTarget(`rename-${category.id}`);
                        }}
                        onCancel={() => {
                          setRenaming(null);
                          setFocusTarget(`rename-${category.id}`);
                        }}
                      />
                    ) : (
                      category.name
                    )}
                  </th>
                  <td className="num">{formatInteger(entryCount, language)}</td>
                  <td>{t(category.archived ? 'timelog.categories.archived' : 'timelog.categories.active')}</td>
                  <td className="row-actions">
                    {renaming?.id === category.id ? null : (
                      <button type="button" data-focus={`rename-${category.id}`} aria-label={t('timelog.categories.renameLabel', { name: category.name })} onClick={() => setRenaming(category)}>
                        {t('timelog.categories.rename')}
                      </button>
                    )}
                    {category.archived ? (
                      <button
                        type="button"
                        data-focus={`archive-${category.id}`}
                        aria-label={t('timelog.categories.unarchiveLabel', { name: category.name })}
                        onClick={() => void act(category, () => unarchiveCategory(category.id), t('timelog.categories.unarchivedDone', { name: category.name }), `archive-${category.id}`)}
                      >
                        {t('timelog.categories.unarchive')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        data-focus={`archive-${category.id}`}
                        aria-label={t('timelog.categories.archiveLabel', { name: category.name })}
                        onClick={() => void act(category, () => archiveCategory(category.id), t('timelog.categories.archivedDone', { name: category.name }), `archive-${category.id}`)}
                      >
                        {t('timelog.categories.archive')}
                      </button>
                    )}
                    {entryCount === 0 ? (
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('timelog.categories.removeLabel', { name: category.name })}
                        onClick={() => void act(category, () => deleteCategory(category.id), t('timelog.categories.removed', { name: category.name }), 'new-category')}
                      >
                        {t('timelog.categories.remove')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="status">
        {status}
      </p>
      <p role="alert" className="alert-text">
        {alert}
      </p>
      <NewCategoryForm
        onAdded={(name) => {
          setAlert('');
          setStatus(t('timelog.categories.added', { name }));
        }}
      />
    </section>
  );
}

function NameField({ label, value, onChange, problems, focusKey }: { label: string; value: string; onChange: (v: string) => void; problems: readonly TimelogProblem[]; focusKey: string }) {
  const { t } = useI18n();
  const problem = problemAt(problems, 'name');
  return (
    <FormField label={label} error={problem ? problemText(t, problem) : undefined} required>
      <input type="text" data-focus={focusKey} maxLength={timeCategoryField.name.maxLength + 1} value={value} onChange={(e) => onChange(e.target.value)} />
    </FormField>
  );
}

function RenameForm({ category, onDone, onCancel }: { category: TimeCategory; onDone: (name: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(category.name);
  const [problems, setProblems] = useState<readonly TimelogProblem[]>([]);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector('input')?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await renameCategory(category.id, name);
    if (result.ok) onDone(result.category.name);
    else setProblems(result.problems);
  }

  return (
    <form
      ref={formRef}
      className="rename-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
      noValidate
    >
      <NameField label={t('timelog.categories.newName', { name: category.name })} value={name} onChange={setName} problems={problems} focusKey={`rename-field-${category.id}`} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('timelog.categories.renameSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('timelog.cancel')}
        </button>
      </div>
    </form>
  );
}

function NewCategoryForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<readonly TimelogProblem[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addCategory(name);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setName('');
    onAdded(result.category.name);
  }

  return (
    <form className="new-category" aria-labelledby="new-category-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="new-category-heading">{t('timelog.categories.newHeading')}</h3>
      <NameField label={t(timeCategoryField.name.uiLabel)} value={name} onChange={setName} problems={problems} focusKey="new-category" />
      <button type="submit" className="primary">
        {t('timelog.categories.add')}
      </button>
    </form>
  );
}
