import { useEffect, useRef, useState, type FormEvent } from 'react';
import { templateProblemText, type TemplateProblem } from '#shared/templates/problems.ts';
import { guessHeadingChoices, headingChoiceClashes, type HeadingChoice } from '#shared/templates/word-headings.ts';
import { templateFromWordRead, type WordDocumentRead, type WordTemplateOptions } from '#shared/templates/word-template.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { HeadingParts, wordBaseSections } from './HeadingParts.tsx';
import { TemplateSummary } from './TemplateSummary.tsx';
import { importRefusedText, previewImport, readTemplateFile, wordDefaults, type ImportPreview, type TemplateFile } from './import-flow.ts';
import { countOnVersion, importTemplate, movePlansToTemplate } from './template-repository.ts';
import { errorText } from '../../ui/error-text.ts';

interface Saved {
  name: string;
  version: number;
  storedId: string;
  madeActive: boolean;
  /** The older version whose plans and projects may move, with how many there are. */
  move: { templateId: string; version: number; count: number } | null;
}

/** Where an import is: a Word form to answer, problems to show, a preview to confirm, or done. */
export type ImportFlow =
  | { step: 'word'; file: TemplateFile; read: WordDocumentRead }
  | { step: 'problems'; fileName: string; problems: TemplateProblem[] }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'saved'; saved: Saved };

/** Reads a file into the first step of the flow. */
export async function startImport(file: TemplateFile): Promise<ImportFlow> {
  const read = readTemplateFile(file);
  if (read.step !== 'parsed') return read;
  return { step: 'preview', preview: await previewImport(read.fileName, read.parsed) };
}

function Problems({ fileName, problems, onClose }: { fileName: string; problems: readonly TemplateProblem[]; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <section className="template-panel problems" aria-labelledby="template-problems-heading">
      <h2 id="template-problems-heading" tabIndex={-1} data-flow-focus>
        {t('templates.import.problemsHeading', { name: fileName })}
      </h2>
      <p>{t('templates.import.problemsBody')}</p>
      <ul className="template-problems">
        {problems.map((problem, i) => (
          <li key={i}>{templateProblemText(problem)}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('templates.import.close')}
        </button>
      </div>
    </section>
  );
}

function WordForm({ file, read, onPreview, onCancel }: { file: TemplateFile; read: WordDocumentRead; onPreview: (flow: ImportFlow) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<WordTemplateOptions>(() => wordDefaults(read));
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const set = (field: 'id' | 'name' | 'issuer' | 'validFrom' | 'validTo') => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const fieldError = (path: string) => {
    const found = problems.filter((p) => p.path === path);
    return found.length > 0 ? found.map((p) => p.message).join('; ') : undefined;
  };
  const labels = { id: 'id', name: 'namn', issuer: 'utgivare', validFrom: 'giltigFrån', validTo: 'giltigTill' };
  const fileProblems = problems.filter((p) => !Object.values(labels).includes(p.path));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const options: WordTemplateOptions = { ...form, id: form.id.trim(), name: form.name.trim(), issuer: form.issuer.trim() };
    const choices = guessHeadingChoices(
      read.headings.map((h) => h.title),
      options.document ?? 'actionPlan',
      wordBaseSections({ read, options, choices: [] }),
    );
    const result = templateFromWordRead(read, { ...options, choices });
    if (!result.ok) {
      setProblems(result.problems);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.template-word [aria-invalid="true"], .template-word .template-problems')?.focus());
      return;
    }
    onPreview({ step: 'preview', preview: await previewImport(file.name, { template: result.template, referenceDocument: result.referenceDocument }, { read, options, choices }) });
  }

  return (
    <section className="template-panel template-word" aria-labelledby="template-word-heading">
      <h2 id="template-word-heading" tabIndex={-1} data-flow-focus>
        {t('templates.word.heading', { name: file.name })}
      </h2>
      <p className="help">{t('templates.word.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="compact-form">
        <FormField label={t('templates.word.id')} help={t('templates.word.idHelp')} required error={fieldError(labels.id)}>
          <input value={form.id} onChange={set('id')} autoComplete="off" />
        </FormField>
        <FormField label={t('templates.word.name')} required error={fieldError(labels.name)}>
          <input value={form.name} onChange={set('name')} autoComplete="off" />
        </FormField>
        <FormField label={t('templates.word.issuer')} required error={fieldError(labels.issuer)}>
          <input value={form.issuer} onChange={set('issuer')} autoComplete="off" />
        </FormField>
        <div className="field-row">
          <FormField label={t('templates.word.validFrom')} help={t('templates.word.dateHelp')} required error={fieldError(labels.validFrom)}>
            <input value={form.validFrom} onChange={set('validFrom')} autoComplete="off" />
          </FormField>
          <FormField label={t('templates.word.validTo')} help={t('templates.word.dateHelp')} required error={fieldError(labels.validTo)}>
            <input value={form.validTo} onChange={set('validTo')} autoComplete="off" />
          </FormField>
        </div>
        {fileProblems.length > 0 ? (
          <ul className="template-problems" role="alert" tabIndex={-1}>
            {fileProblems.map((problem, i) => (
              <li key={i}>{templateProblemText(problem)}</li>
            ))}
          </ul>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary">
            {t('templates.word.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('templates.preview.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Preview({ preview, onChange, onCancel }: { preview: ImportPreview; onChange: (flow: ImportFlow) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const { template } = preview.parsed;
  const previous = preview.previous;
  const word = preview.word;
  // The headings' parts as chosen; the preview's template follows whenever they place no part twice.
  const [choices, setChoices] = useState<HeadingChoice[]>(() => word?.choices ?? []);
  const clashes = word ? headingChoiceClashes(choices, wordBaseSections(word)) : [];
  const latestChoice = useRef(0);

  async function choose(index: number, choice: HeadingChoice) {
    if (!word) return;
    const next = choices.map((c, i) => (i === index ? choice : c));
    setChoices(next);
    setFailure('');
    if (headingChoiceClashes(next, wordBaseSections(word)).length > 0) return;
    const result = templateFromWordRead(word.read, { ...word.options, choices: next });
    if (!result.ok) {
      setFailure(result.problems.map(templateProblemText).join(' '));
      return;
    }
    const call = (latestChoice.current += 1);
    const updated = await previewImport(preview.fileName, { template: result.template, referenceDocument: result.referenceDocument }, { ...word, choices: next });
    // A later choice made while this one was read wins.
    if (call === latestChoice.current) onChange({ step: 'preview', preview: updated });
  }

  async function save() {
    if (clashes.length > 0) {
      setFailure(t('templates.word.parts.fixFirst'));
      document.querySelector<HTMLElement>('.heading-parts select[aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    setFailure('');
    try {
      const result = await importTemplate(preview.parsed, preview.fileName);
      if (!result.ok) {
        setFailure(importRefusedText(t, result.reason, template));
        return;
      }
      let move: Saved['move'] = null;
      if (previous && previous.version < template.version) {
        const from = { templateId: previous.templateId, version: previous.version };
        const counted = await countOnVersion(from);
        if (counted.plans + counted.projects > 0) move = { ...from, count: counted.plans + counted.projects };
      }
      onChange({ step: 'saved', saved: { name: template.name, version: template.version, storedId: result.stored.id, madeActive: result.madeActive, move } });
    } catch (error) {
      console.error('Mallen gick inte att spara', preview.fileName, error);
      setFailure(t('templates.failed', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  }

  const reference = preview.reference;
  return (
    <section className="template-panel template-preview" aria-labelledby="template-preview-heading">
      <h2 id="template-preview-heading" tabIndex={-1} data-flow-focus>
        {t('templates.preview.heading', { name: template.name })}
      </h2>
      <TemplateSummary template={template} extra={[[t('templates.preview.file'), preview.fileName]]} />
      {word ? <HeadingParts word={word} choices={choices} clashes={clashes} onChoose={(index, choice) => void choose(index, choice)} /> : null}
      {reference.status === 'read' ? <p>{t('templates.preview.referenceRead', { name: reference.fileName })}</p> : null}
      {reference.status === 'refused' ? <p className="warning">{t('templates.preview.referenceRefused', { name: reference.fileName, message: reference.message })}</p> : null}
      {previous && previous.version > template.version ? <p className="warning">{t('templates.preview.older', { previous: previous.version })}</p> : null}
      {preview.changes && previous ? (
        <>
          <p>{t('templates.preview.newer', { name: previous.template.name, previous: previous.version })}</p>
          <h3>{t('templates.preview.changesHeading')}</h3>
          {preview.changes.length === 0 ? (
            <p>{t('templates.preview.noChanges')}</p>
          ) : (
            <ul className="template-changes">
              {preview.changes.map((change, i) => (
                <li key={i}>{change.text}</li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t('templates.preview.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('templates.preview.cancel')}
        </button>
      </div>
    </section>
  );
}

function SavedPanel({ saved, onDone }: { saved: Saved; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState('');
  const move = saved.move;

  async function moveAll() {
    if (!move) return;
    try {
      const result = await movePlansToTemplate(move, saved.storedId);
      if (result.ok) onDone(t('templates.move.done', { plans: result.plans, projects: result.projects, version: saved.version }));
      else setFailure(t('templates.notFound'));
    } catch (error) {
      console.error('Planerna gick inte att flytta', saved.storedId, error);
      setFailure(t('templates.failed', { message: errorText(error) }));
    }
  }

  return (
    <section className="template-panel" aria-labelledby="template-saved-heading">
      <h2 id="template-saved-heading" tabIndex={-1} data-flow-focus>
        {t(saved.madeActive ? 'templates.savedActive' : 'templates.saved', { name: saved.name, version: saved.version })}
      </h2>
      {move ? <p className="help">{t('templates.move.help', { previous: move.version })}</p> : null}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="actions">
        {move ? (
          <button type="button" className="primary" onClick={() => void moveAll()}>
            {t('templates.move.offer', { count: move.count, version: saved.version })}
          </button>
        ) : null}
        <button type="button" onClick={() => onDone('')}>
          {t('templates.import.close')}
        </button>
      </div>
    </section>
  );
}

/** The import steps; focus moves to each step's heading so screen readers announce it. */
export function ImportPanel({ flow, onChange, onClose }: { flow: ImportFlow; onChange: (flow: ImportFlow) => void; onClose: (message: string) => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-flow-focus]')?.focus();
  }, [flow.step]);
  return (
    <div ref={ref}>
      {flow.step === 'problems' ? <Problems fileName={flow.fileName} problems={flow.problems} onClose={() => onClose('')} /> : null}
      {flow.step === 'word' ? <WordForm file={flow.file} read={flow.read} onPreview={onChange} onCancel={() => onClose(t('templates.preview.cancelled'))} /> : null}
      {flow.step === 'preview' ? <Preview preview={flow.preview} onChange={onChange} onCancel={() => onClose(t('templates.preview.cancelled'))} /> : null}
      {flow.step === 'saved' ? <SavedPanel saved={flow.saved} onDone={onClose} /> : null}
    </div>
  );
}
