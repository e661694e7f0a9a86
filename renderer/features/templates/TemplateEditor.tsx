import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredTemplate } from '#shared/domain/template-store.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AnnualCycleEditor } from './editor/AnnualCycleEditor.tsx';
import { checkDraft, draftFromTemplate, editorParts, partOfProblem, type EditorPart as PartName, type TemplateDraft } from './editor/draft.ts';
import { EditorPart, partId } from './editor/EditorPart.tsx';
import { ProblemsContext } from './editor/fields.tsx';
import { GeneralEditor } from './editor/GeneralEditor.tsx';
import { GoalAreasEditor } from './editor/GoalAreasEditor.tsx';
import { IndicatorsEditor } from './editor/IndicatorsEditor.tsx';
import { PerspectivesEditor } from './editor/PerspectivesEditor.tsx';
import { fieldForPath, revealElement } from './editor/focus.ts';
import { ProblemList } from './editor/ProblemList.tsx';
import { AnnounceContext } from './editor/RowList.tsx';
import { SectionsEditor } from './editor/SectionsEditor.tsx';
import { StrategyGuidanceEditor } from './editor/StrategyGuidanceEditor.tsx';
import { SupportOffersEditor } from './editor/SupportOffersEditor.tsx';
import { TimeLogEditor } from './editor/TimeLogEditor.tsx';
import { importRefusedText } from './import-flow.ts';
import { importTemplate, newestVersion } from './template-repository.ts';
import { errorText } from '../../ui/error-text.ts';

/** Open at the start: what a secretariat changes most. The rest opens from the "on this page" list. */
const openAtStart: ReadonlySet<PartName> = new Set(['general', 'actionPlan']);

interface Props {
  stored: StoredTemplate;
  onClose: (message: string) => void;
  /** Saves a stored version as a file (the view's export). */
  onExport: (stored: StoredTemplate) => Promise<void> | void;
}

/**
 * The secretariat's editor: a stored template as the start of a new
 * version, every part of the template format editable. Nothing is stored
 * until the whole draft passes the same check as an imported file; then it
 * is stored as a new version and can be saved as a file to hand out.
 */
export function TemplateEditor({ stored, onClose, onExport }: Props) {
  const { t } = useI18n();
  const newest = useLiveQuery(() => newestVersion(stored.templateId), [stored.templateId]);
  const newestStored = Math.max(newest?.version ?? stored.version, stored.version);
  const [draft, setDraft] = useState<TemplateDraft>(() => draftFromTemplate(stored.template, stored.version + 1));
  // Until the user types a version, it follows the newest stored one (another version may be stored meanwhile).
  const [versionEdited, setVersionEdited] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ stored: StoredTemplate; message: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const savedHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (saved) savedHeading.current?.focus();
  }, [saved]);
  // Opened from a row far down the list: the editor starts at its top, with focus on its heading.
  const editorHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    editorHeading.current?.scrollIntoView({ block: 'start' });
    editorHeading.current?.focus({ preventScroll: true });
  }, []);

  const current = useMemo(() => (versionEdited ? draft : { ...draft, version: String(newestStored + 1) }), [draft, versionEdited, newestStored]);
  const versionTooLow = t('templates.editor.versionTooLow', { version: newestStored });
  // After a first try to save, the check runs on every change, so a fixed problem leaves the list at once.
  const problems = useMemo(() => {
    if (!attempted) return [];
    const check = checkDraft(current, newestStored, versionTooLow);
    return check.ok ? [] : check.problems;
  }, [attempted, current, newestStored, versionTooLow]);
  const countIn = (part: PartName) => problems.filter((p) => partOfProblem(p) === part).length;

  const change = (patch: Partial<TemplateDraft>) => {
    if ('version' in patch) setVersionEdited(true);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const announce = (message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  function openPart(part: PartName) {
    const details = document.getElementById(partId(part));
    if (!(details instanceof HTMLDetailsElement)) return;
    details.open = true;
    details.querySelector('summary')?.focus();
  }

  function setAllOpen(open: boolean) {
    for (const details of formRef.current?.querySelectorAll('details.template-part') ?? []) (details as HTMLDetailsElement).open = open;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFailure('');
    const check = checkDraft(current, newestStored, versionTooLow);
    if (!check.ok) {
      setAttempted(true);
      // After the list renders: open the parts with problems, then put focus on the list.
      requestAnimationFrame(() => {
        const form = formRef.current;
        if (form) for (const problem of check.problems) {
          const field = fieldForPath(form, problem.path);
          if (field) revealElement(field);
        }
        problemsRef.current?.focus();
      });
      return;
    }
    const template = check.template;
    setSaving(true);
    try {
      const kept = stored.referenceStylesXml !== null && stored.referenceFileName !== null ? { fileName: stored.referenceFileName, stylesXml: stored.referenceStylesXml } : null;
      const result = await importTemplate({ template, referenceDocument: null, keptReference: kept }, t('templates.editor.editedSource', { source: stored.source.replace(/ \((redigerad|edited)\)$/u, '') }));
      if (!result.ok) setFailure(importRefusedText(t, result.reason, template));
      else setSaved({ stored: result.stored, message: t(result.madeActive ? 'templates.savedActive' : 'templates.saved', { name: template.name, version: template.version }) });
    } catch (error) {
      console.error('Mallen gick inte att spara', template.id, error);
      setFailure(t('templates.failed', { message: errorText(error) }));
    } finally {
      setSaving(false);
    }
  }

  if (saved) {
    return (
      <section className="template-panel template-editor" aria-labelledby="template-editor-saved">
        <h2 id="template-editor-saved" tabIndex={-1} ref={savedHeading}>
          {saved.message}
        </h2>
        <p className="help">{t('templates.editor.exportHelp')}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void onExport(saved.stored)}>
            {t('templates.editor.saveFile')}
          </button>
          <button type="button" onClick={() => onClose(saved.message)}>
            {t('templates.editor.close')}
          </button>
        </div>
      </section>
    );
  }

  const partTitle = (part: PartName) => t(`templates.editor.part.${part}`);
  return (
    <section className="template-panel template-editor" aria-labelledby="template-editor-heading">
      <h2 id="template-editor-heading" tabIndex={-1} ref={editorHeading}>
        {t('templates.editor.heading', { name: stored.template.name })}
      </h2>
      <p className="help">{t('templates.editor.intro')}</p>
      <nav className="template-toc" aria-labelledby="template-toc-heading">
        <p id="template-toc-heading" className="template-toc-heading">
          {t('templates.editor.onThisPage')}
        </p>
        <ul>
          {editorParts.map((part) => {
            const count = countIn(part);
            return (
              <li key={part}>
                <button type="button" className="link-button" onClick={() => openPart(part)}>
                  {partTitle(part)}
                  {count > 0 ? ` – ${t('templates.editor.partProblems', { count })}` : ''}
                </button>
              </li>
            );
          })}
        </ul>
        <div className="actions">
          <button type="button" onClick={() => setAllOpen(true)}>
            {t('templates.editor.openAll')}
          </button>
          <button type="button" onClick={() => setAllOpen(false)}>
            {t('templates.editor.closeAll')}
          </button>
        </div>
      </nav>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ProblemsContext.Provider value={problems}>
        <AnnounceContext.Provider value={announce}>
          <form ref={formRef} onSubmit={(e) => void save(e)} noValidate>
            {problems.length > 0 ? <ProblemList problems={problems} formRef={formRef} listRef={problemsRef} /> : null}
            <EditorPart part="general" title={partTitle('general')} problemCount={countIn('general')} open={openAtStart.has('general')}>
              <GeneralEditor draft={current} onChange={change} newestStored={newestStored} />
            </EditorPart>
            {(['actionPlan', 'projectPlan'] as const).map((document) => (
              <EditorPart key={document} part={document} title={partTitle(document)} problemCount={countIn(document)} open={openAtStart.has(document)}>
                <SectionsEditor document={document} rows={current[document]} onChange={(rows) => change({ [document]: rows })} />
              </EditorPart>
            ))}
            <EditorPart part="goalAreas" title={partTitle('goalAreas')} problemCount={countIn('goalAreas')} open={openAtStart.has('goalAreas')}>
              <GoalAreasEditor rows={current.goalAreas} onChange={(goalAreas) => change({ goalAreas })} />
            </EditorPart>
            <EditorPart part="perspectives" title={partTitle('perspectives')} problemCount={countIn('perspectives')} open={openAtStart.has('perspectives')}>
              <PerspectivesEditor rows={current.perspectives} onChange={(perspectives) => change({ perspectives })} />
            </EditorPart>
            <EditorPart part="strategyGuidance" title={partTitle('strategyGuidance')} problemCount={countIn('strategyGuidance')} open={openAtStart.has('strategyGuidance')}>
              <StrategyGuidanceEditor value={current.strategyGuidance} onChange={(strategyGuidance) => change({ strategyGuidance })} />
            </EditorPart>
            <EditorPart part="timeLog" title={partTitle('timeLog')} problemCount={countIn('timeLog')} open={openAtStart.has('timeLog')}>
              <TimeLogEditor categories={current.categories} onCategories={(categories) => change({ categories })} mandate={current.mandate} onMandate={(mandate) => change({ mandate })} />
            </EditorPart>
            <EditorPart part="supportOffers" title={partTitle('supportOffers')} problemCount={countIn('supportOffers')} open={openAtStart.has('supportOffers')}>
              <SupportOffersEditor rows={current.supportOffers} onChange={(supportOffers) => change({ supportOffers })} />
            </EditorPart>
            <EditorPart part="annualCycle" title={partTitle('annualCycle')} problemCount={countIn('annualCycle')} open={openAtStart.has('annualCycle')}>
              <AnnualCycleEditor rows={current.annualCycle} onChange={(annualCycle) => change({ annualCycle })} />
            </EditorPart>
            <EditorPart part="indicators" title={partTitle('indicators')} problemCount={countIn('indicators')} open={openAtStart.has('indicators')}>
              <IndicatorsEditor rows={current.indicators} onChange={(indicators) => change({ indicators })} />
            </EditorPart>
            {failure ? (
              <p className="field-error" role="alert">
                {failure}
              </p>
            ) : null}
            <div className="actions">
              <button type="submit" className="primary" disabled={saving}>
                {t('templates.editor.saveWorkbook')}
              </button>
              <button type="button" onClick={() => onClose('')}>
                {t('templates.editor.cancel')}
              </button>
            </div>
            {problems.length > 0 ? <p className="help">{t('templates.editor.blocked')}</p> : null}
          </form>
        </AnnounceContext.Provider>
      </ProblemsContext.Provider>
    </section>
  );
}
