import { newId } from '../../db/new-id.ts';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatPlanPeriod } from '#shared/plan/period-dates.ts';
import { addFirst, addSibling, applyChange, indent, invertChange, moveDown, moveUp, outdent, outlineRows, removeNode } from '#shared/plan/outline.ts';
import { planTemplateView } from '#shared/plan/template-sections.ts';
import type { OutlineRow, PlanContent } from '#shared/plan/types.ts';
import { afterEdit, emptyHistory, recordStep, takeRedo, takeUndo, type UndoHistory } from '#shared/plan/undo-history.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import { Completeness } from './Completeness.tsx';
import { NodeDetails, type Selected } from './NodeDetails.tsx';
import { Outline, type OutlineCommand } from './Outline.tsx';
import { listContacts } from '../contacts/contact-repository.ts';
import { applyPlanChange, listGoalAreas, loadPlanContent, nodeEdit } from './plan-repository.ts';
import { PlanLifecycle } from './PlanLifecycle.tsx';
import { PlanSections } from './PlanSections.tsx';
import { SaveIndicator } from '../../ui/SaveIndicator.tsx';
import { usePlanTemplate } from './use-plan-template.ts';
import { GuidanceText } from '../../ui/GuidanceText.tsx';

/** Numbers rows like a document outline: 1, 1.1, 1.1.1. */
function outlineNumbers(rows: OutlineRow[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const counters = [0, 0, 0];
  for (const row of rows) {
    counters[row.depth] = (counters[row.depth] ?? 0) + 1;
    for (let d = row.depth + 1; d < 3; d += 1) counters[d] = 0;
    numbers.set(row.id, counters.slice(0, row.depth + 1).join('.'));
  }
  return numbers;
}

function findSelected(content: PlanContent, id: string | null): Selected | null {
  const strategy = content.strategies.find((s) => s.id === id);
  if (strategy) return { kind: 'strategy', node: strategy };
  const tactic = content.tactics.find((x) => x.id === id);
  if (tactic) return { kind: 'tactic', node: tactic };
  const activity = content.activities.find((a) => a.id === id);
  return activity ? { kind: 'activity', node: activity } : null;
}

export function PlanEditor({
  planId,
  initialNodeId = null,
  exportAction,
}: {
  planId: string;
  /** A row to select and focus when the plan opens. */
  initialNodeId?: string | null;
  /** The plan's Word export button, composed in by the app. */
  exportAction?: ReactNode;
}) {
  const { t } = useI18n();
  const content = useLiveQuery(() => loadPlanContent(planId), [planId]);
  const contacts = useLiveQuery(listContacts, []);
  const goalAreas = useLiveQuery(listGoalAreas, []);
  // The plan's own template version, not the active one: an existing plan keeps what it was written for.
  const planTemplate = usePlanTemplate(content ? content.plan.templateRef : undefined);
  const [selectedId, setSelectedId] = useState<string | null>(initialNodeId);
  const [focusId, setFocusId] = useState<string | null>(initialNodeId);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [history, setHistory] = useState<UndoHistory>(emptyHistory);
  /** Whether Ctrl+Z in the outline means the app's undo: the last thing done there was structural, not typing. */
  const structuralLast = useRef(false);
  const historyRef = useRef(history);
  historyRef.current = history;
  const detailsRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => (content ? outlineRows(content, collapsed) : []), [content, collapsed]);
  const numbers = useMemo(() => outlineNumbers(content ? outlineRows(content) : []), [content]);
  const template = planTemplate?.stored?.template ?? null;
  const view = useMemo(() => (content ? planTemplateView(content.plan, template) : null), [content, template]);
  const sectionTitles = useMemo(() => new Map((view?.textSections ?? []).map((s) => [s.key, s.title])), [view]);

  const clearFocus = useCallback(() => setFocusId(null), []);

  /** Every structural change starts from what is stored: pending typing is written first, so nothing typed is lost. */
  const run = useCallback(
    async (id: string, command: OutlineCommand) => {
      if (command === 'toDetails') {
        detailsRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
        return;
      }
      await flushSaves();
      const fresh = await loadPlanContent(planId);
      if (!fresh) return;
      const defaults = { today: localToday() };
      const result =
        command === 'addSibling'
          ? addSibling(fresh, id, newId(), defaults)
          : command === 'indent'
            ? indent(fresh, id, defaults)
            : command === 'outdent'
              ? outdent(fresh, id, defaults)
              : command === 'moveUp'
                ? moveUp(fresh, id)
                : command === 'moveDown'
                  ? moveDown(fresh, id)
                  : null;
      if (command === 'remove') {
        const removal = removeNode(fresh, id);
        if (!removal.ok) {
          setAnnouncement(t(`plans.outline.refused.${removal.reason}`));
          return;
        }
        const row = outlineRows(fresh).find((r) => r.id === id);
        const kind = t(`plans.outline.kind.${row?.kind ?? 'activity'}`);
        await applyPlanChange(planId, removal.change);
        const text = removal.removedCount > 1 ? t('plans.outline.removed', { kind, count: removal.removedCount - 1 }) : t('plans.outline.removedOne', { kind });
        setHistory((h) => recordStep(h, { undo: removal.undo, redo: removal.change, focusAfterUndo: id, focusAfterRedo: removal.focusId ?? id, label: text }));
        structuralLast.current = true;
        setAnnouncement(text);
        setFocusId(removal.focusId);
        return;
      }
      if (!result) return;
      if (!result.ok) {
        setAnnouncement(t(`plans.outline.refused.${result.reason}` as MessageKey));
        return;
      }
      await applyPlanChange(planId, result.change);
      setFocusId(result.focusId);
      const kindAfter = outlineRows(applyChange(fresh, result.change)).find((r) => r.id === result.focusId)?.kind ?? 'activity';
      const kindWord = t(`plans.outline.kind.${kindAfter}`);
      // Changing level changes the row's kind (e.g. an activity becomes a tactic) and drops fields the new kind lacks: say so.
      const text =
        command === 'indent' || command === 'outdent'
          ? t('plans.outline.changedKind', { kind: kindWord.toLowerCase() })
          : command === 'addSibling'
            ? t('plans.outline.added', { kind: kindWord })
            : t('plans.outline.moved', { kind: kindWord });
      setHistory((h) => recordStep(h, { undo: invertChange(fresh, result.change), redo: result.change, focusAfterUndo: id, focusAfterRedo: result.focusId, label: text }));
      structuralLast.current = true;
      setAnnouncement(command === 'indent' || command === 'outdent' ? text : '');
    },
    [planId, t],
  );

  /** The app's undo (and redo) of the last structural operation; pending typing is stored first. */
  const undoOrRedo = useCallback(
    async (direction: 'undo' | 'redo') => {
      await flushSaves();
      const taken = direction === 'undo' ? takeUndo(historyRef.current) : takeRedo(historyRef.current);
      if (!taken) {
        setAnnouncement(t(direction === 'undo' ? 'plans.outline.nothingToUndo' : 'plans.outline.nothingToRedo'));
        return;
      }
      historyRef.current = taken.history;
      setHistory(taken.history);
      await applyPlanChange(planId, direction === 'undo' ? taken.step.undo : taken.step.redo);
      structuralLast.current = true;
      setFocusId(direction === 'undo' ? taken.step.focusAfterUndo : taken.step.focusAfterRedo);
      setAnnouncement(t(direction === 'undo' ? 'plans.outline.undone' : 'plans.outline.redone', { what: taken.step.label }));
    },
    [planId, t],
  );

  /** Typing or a detail changed a row: undo must not put back an older copy of it. */
  const noteEdit = useCallback((id: string | null) => {
    structuralLast.current = false;
    if (id) setHistory((h) => afterEdit(h, id));
  }, []);

  const addStrategy = async () => {
    await flushSaves();
    const fresh = await loadPlanContent(planId);
    if (!fresh) return;
    const result = addFirst(fresh, 'strategy', null, newId(), { today: localToday() });
    if (result.ok) {
      await applyPlanChange(planId, result.change);
      const text = t('plans.outline.added', { kind: t('plans.outline.kind.strategy') });
      setHistory((h) => recordStep(h, { undo: invertChange(fresh, result.change), redo: result.change, focusAfterUndo: fresh.strategies[0]?.id ?? result.focusId, focusAfterRedo: result.focusId, label: text }));
      structuralLast.current = true;
      setFocusId(result.focusId);
    }
  };

  if (content === undefined || contacts === undefined || goalAreas === undefined) return <p>{t('app.loading')}</p>;
  if (content === null || view === null) {
    return (
      <div role="alert">
        <p>{t('plans.editor.notFound')}</p>
        <a href="#/planer">{t('plans.editor.back')}</a>
      </div>
    );
  }

  if (planTemplate === undefined) return <p>{t('app.loading')}</p>;
  const selected = findSelected(content, selectedId);
  const ref = content.plan.templateRef;
  const strategyGuidance = view.structured.strategyTree?.guidance;

  return (
    <div className="plan-editor">
      <p className="screen-only">
        <a href="#/planer">{t('plans.editor.back')}</a>
      </p>
      <div className="plan-header">
        <h2>{content.plan.title}</h2>
        <SaveIndicator />
      </div>
      <p className="muted">
        {t('plans.editor.meta', {
          goalArea: content.goalArea?.name ?? '',
          period: formatPlanPeriod(content.plan),
          version: content.plan.version,
          status: t(`plans.status.${content.plan.status}`),
        })}
      </p>
      {planTemplate.missing && ref ? (
        <p className="template-missing" role="note">
          {t('plans.template.missing', { template: ref.templateId, version: ref.version })}
        </p>
      ) : null}
      <PlanLifecycle content={content} exportAction={exportAction} />
      <Completeness content={content} template={template} sectionTitles={sectionTitles} numbers={numbers} onGo={(id) => setFocusId(id)} />
      <PlanSections plan={content.plan} view={view} />
      <section aria-labelledby="plan-outline" className="outline-section">
        <h3 id="plan-outline">{t('plans.editor.outline')}</h3>
        {strategyGuidance ? (
          <p className="help template-guidance">
            <GuidanceText text={strategyGuidance} />
          </p>
        ) : null}
        <p id="outline-keys" className="help screen-only">
          {t('plans.editor.keys')}
        </p>
        <div className="outline-layout">
          <div>
            <Outline
              rows={rows}
              numbers={numbers}
              selectedId={selectedId}
              focusId={focusId}
              collapsed={collapsed}
              onSelect={setSelectedId}
              onCommand={(id, command) => void run(id, command)}
              onToggle={(id) =>
                setCollapsed((current) => {
                  const next = new Set(current);
                  if (next.has(id)) next.delete(id);
                  else next.add(id);
                  return next;
                })
              }
              onSaveTitle={(row, title) => nodeEdit.op(planId, row.kind, row.id, { title })}
              onTyped={(id) => noteEdit(id)}
              onUndoKey={(direction) => {
                // Ctrl+Z right after typing stays the field's own undo; after a structural operation it is the app's.
                if (!structuralLast.current) return false;
                void undoOrRedo(direction);
                return true;
              }}
              onFocused={clearFocus}
            />
            <button type="button" onClick={() => void addStrategy()}>
              {t('plans.outline.addStrategy')}
            </button>
          </div>
          <div ref={detailsRef} className="details-panel" aria-labelledby="plan-details" onChange={() => noteEdit(selectedId)}>
            <h3 id="plan-details">{t('plans.editor.details')}</h3>
            {selected ? (
              <NodeDetails key={selected.node.id} selected={selected} planId={planId} goalArea={content.goalArea} goalAreas={goalAreas} contacts={contacts} template={template} />
            ) : (
              <p>{t('plans.editor.noSelection')}</p>
            )}
          </div>
        </div>
        <div className={`announcer ${history.past.length > 0 || announcement ? 'active' : ''}`} role="status" aria-live="polite">
          <span id="outline-announcement">{announcement}</span>
          {history.past.length > 0 ? (
            <button type="button" onClick={() => void undoOrRedo('undo')} aria-keyshortcuts="Control+Z" aria-describedby="outline-undo-what">
              {t('plans.outline.undoKey')}
              <span id="outline-undo-what" className="visually-hidden">
                {history.past.at(-1)?.label ?? ''}
              </span>
            </button>
          ) : null}
          {history.future.length > 0 ? (
            <button type="button" onClick={() => void undoOrRedo('redo')} aria-keyshortcuts="Control+Y">
              {t('plans.outline.redo')}
            </button>
          ) : null}
        </div>
      </section>
    </div>
  );
}
