import { useState, type FormEvent } from 'react';
import { platform } from '#host';
import type { StoredTemplate } from '../../../shared/domain/template-store.ts';
import { templateProblemText, type TemplateProblem } from '../../../shared/templates/problems.ts';
import type { Template, TemplateCategory, TemplateSection } from '../../../shared/templates/schema.ts';
import { templateToJson } from '../../../shared/templates/serialize.ts';
import { validateTemplate } from '../../../shared/templates/validate.ts';
import { FormField } from '../../app/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { templateFileName } from './import-flow.ts';
import { importTemplate } from './template-repository.ts';

/** A key not yet used in the list: `sektion-3`. */
function freeKey(stem: string, used: readonly string[]): string {
  for (let n = used.length + 1; ; n += 1) if (!used.includes(`${stem}-${n}`)) return `${stem}-${n}`;
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * The secretariat's editor: a stored template as the start of a new version.
 * Name, issuer, validity, version, the handlingsplan's sections and the time
 * log's categories; checked with the same schema as any imported file.
 */
export function TemplateEditor({ stored, onClose }: { stored: StoredTemplate; onClose: (message: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Template>(() => ({ ...stored.template, version: stored.version + 1 }));
  const [versionText, setVersionText] = useState(String(stored.version + 1));
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [failure, setFailure] = useState('');
  const sections = draft.actionPlan.sections;
  const categories = draft.timeLog.categories;
  const at = (path: string) => {
    const found = problems.filter((p) => p.path === path);
    return found.length > 0 ? found.map((p) => p.message).join('; ') : undefined;
  };
  const setSections = (next: TemplateSection[]) => setDraft({ ...draft, actionPlan: { sections: next } });
  const setSection = (index: number, patch: Partial<TemplateSection>) => setSections(sections.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const setCategories = (next: TemplateCategory[]) => setDraft({ ...draft, timeLog: { ...draft.timeLog, categories: next } });

  /** The draft as a template, or null with the problems shown. */
  function checked(): Template | null {
    const version = /^\d+$/.test(versionText.trim()) ? Number(versionText.trim()) : Number.NaN;
    const found: TemplateProblem[] = [];
    if (!(version > stored.version)) found.push({ code: 'field', path: 'version', message: t('templates.editor.versionTooLow', { version: stored.version }) });
    const result = validateTemplate({ ...draft, version: Number.isFinite(version) ? version : stored.version + 1 });
    if (!result.ok) found.push(...result.problems);
    setProblems(found);
    setFailure('');
    if (found.length > 0 || !result.ok) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.template-editor [aria-invalid="true"], .template-editor .template-problems')?.focus());
      return null;
    }
    return result.template;
  }

  async function saveFile() {
    const template = checked();
    if (!template) return;
    try {
      const result = await platform.saveFile({
        suggestedName: await templateFileName(template),
        bytes: new TextEncoder().encode(templateToJson(template)),
        mimeType: 'application/json',
        filters: [{ name: t('templates.import.fileType'), extensions: ['json'] }],
      });
      if (result.status === 'saved') onClose(t('templates.exported', { name: result.name }));
    } catch (error) {
      console.error('Mallen gick inte att spara som fil', template.id, error);
      setFailure(t('templates.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  async function saveWorkbook(event: FormEvent) {
    event.preventDefault();
    const template = checked();
    if (!template) return;
    try {
      const kept = stored.referenceStylesXml !== null && stored.referenceFileName !== null ? { fileName: stored.referenceFileName, stylesXml: stored.referenceStylesXml } : null;
      const result = await importTemplate({ template, referenceDocument: null, keptReference: kept }, `${stored.source} (redigerad)`);
      if (!result.ok) setFailure(result.message);
      else onClose(t(result.madeActive ? 'templates.savedActive' : 'templates.saved', { name: template.name, version: template.version }));
    } catch (error) {
      console.error('Mallen gick inte att spara', template.id, error);
      setFailure(t('templates.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <section className="template-panel template-editor" aria-labelledby="template-editor-heading">
      <h2 id="template-editor-heading">{t('templates.editor.heading', { name: stored.template.name })}</h2>
      <p className="help">{t('templates.editor.intro')}</p>
      <form onSubmit={(e) => void saveWorkbook(e)} noValidate className="compact-form">
        {problems.length > 0 ? (
          <div className="template-problems" tabIndex={-1}>
            <p className="field-error">{t('templates.editor.problems')}</p>
            <ul>
              {problems.map((problem, i) => (
                <li key={i}>{templateProblemText(problem)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <FormField label={t('templates.editor.name')} required error={at('namn')}>
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoComplete="off" />
        </FormField>
        <FormField label={t('templates.editor.issuer')} required error={at('utgivare')}>
          <input value={draft.issuer} onChange={(e) => setDraft({ ...draft, issuer: e.target.value })} autoComplete="off" />
        </FormField>
        <div className="field-row">
          <FormField label={t('templates.editor.version')} help={t('templates.editor.versionHelp', { version: stored.version })} required error={at('version')}>
            <input inputMode="numeric" value={versionText} onChange={(e) => setVersionText(e.target.value)} autoComplete="off" />
          </FormField>
          <FormField label={t('templates.editor.validFrom')} help={t('templates.word.dateHelp')} required error={at('giltigFrån')}>
            <input value={draft.validFrom} onChange={(e) => setDraft({ ...draft, validFrom: e.target.value })} autoComplete="off" />
          </FormField>
          <FormField label={t('templates.editor.validTo')} help={t('templates.word.dateHelp')} required error={at('giltigTill')}>
            <input value={draft.validTo} onChange={(e) => setDraft({ ...draft, validTo: e.target.value })} autoComplete="off" />
          </FormField>
        </div>
        <fieldset>
          <legend>{t('templates.editor.sections')}</legend>
          <ol className="template-editor-list">
            {sections.map((section, index) => {
              const path = `handlingsplan.sektioner[${index + 1}]`;
              const label = t('templates.editor.section', { n: index + 1 });
              return (
                <li key={section.key}>
                  <fieldset>
                    <legend>{label}</legend>
                    <FormField label={t('templates.editor.sectionTitle')} required error={at(`${path}.titel`)}>
                      <input value={section.title} onChange={(e) => setSection(index, { title: e.target.value })} autoComplete="off" />
                    </FormField>
                    <FormField label={t('templates.editor.sectionGuidance')} error={at(`${path}.vägledning`)}>
                      <textarea rows={3} value={section.guidance} onChange={(e) => setSection(index, { guidance: e.target.value })} />
                    </FormField>
                    <label className="checkbox">
                      <input type="checkbox" checked={section.required} onChange={(e) => setSection(index, { required: e.target.checked })} /> {t('templates.editor.sectionRequired')}
                    </label>
                    <div className="actions">
                      <button type="button" aria-label={`${t('templates.editor.moveUp')}: ${label}`} disabled={index === 0} onClick={() => setSections(move(sections, index, index - 1))}>
                        {t('templates.editor.moveUp')}
                      </button>
                      <button
                        type="button"
                        aria-label={`${t('templates.editor.moveDown')}: ${label}`}
                        disabled={index === sections.length - 1}
                        onClick={() => setSections(move(sections, index, index + 1))}
                      >
                        {t('templates.editor.moveDown')}
                      </button>
                      <button type="button" aria-label={`${t('templates.editor.removeSection')}: ${label}`} onClick={() => setSections(sections.filter((_, i) => i !== index))}>
                        {t('templates.editor.removeSection')}
                      </button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            onClick={() =>
              setSections([
                ...sections,
                { key: freeKey('sektion', sections.map((s) => s.key)), title: t('templates.editor.newSection'), guidance: '', required: false, kind: 'freeText' },
              ])
            }
          >
            {t('templates.editor.addSection')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('templates.editor.categories')}</legend>
          <ol className="template-editor-list">
            {categories.map((category, index) => {
              const label = t('templates.editor.category', { n: index + 1 });
              return (
                <li key={category.id} className="field-row">
                  <FormField label={label} required error={at(`tidlogg.kategorier[${index + 1}].namn`)}>
                    <input value={category.name} onChange={(e) => setCategories(categories.map((c, i) => (i === index ? { ...c, name: e.target.value } : c)))} autoComplete="off" />
                  </FormField>
                  <button type="button" aria-label={`${t('templates.editor.removeCategory')}: ${label}`} onClick={() => setCategories(categories.filter((_, i) => i !== index))}>
                    {t('templates.editor.removeCategory')}
                  </button>
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={() => setCategories([...categories, { id: freeKey('kategori', categories.map((c) => c.id)), name: t('templates.editor.newCategory') }])}>
            {t('templates.editor.addCategory')}
          </button>
        </fieldset>
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary">
            {t('templates.editor.saveWorkbook')}
          </button>
          <button type="button" onClick={() => void saveFile()}>
            {t('templates.editor.saveFile')}
          </button>
          <button type="button" onClick={() => onClose('')}>
            {t('templates.editor.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
