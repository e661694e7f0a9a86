import { useCallback, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addFirst, addSibling, applyChange, indent, invertChange, moveDown, moveUp, outdent, outlineRows, removeNode } from '../../../shared/plan/outline.ts';
import { planTemplateView } from '../../../shared/plan/template-sections.ts';
import type { OutlineRow, PlanChange, PlanContent } from '../../../shared/plan/types.ts';
import { flushSaves } from '../../app/autosave.ts';
import { localToday } from '../../app/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import { Completeness } from './Completeness.tsx';
import { NodeDetails, type Selected } from './NodeDetails.tsx';
import { Outline, type OutlineCommand } from './Outline.tsx';
import { listContacts } from '../contacts/contact-repository.ts';
import { applyPlanChange, listGoalAreas, loadPlanContent, newId, nodeEdit } from './plan-repository.ts';
import { PlanLifecycle } from './PlanLifecycle.tsx';
import { PlanSections } from './PlanSections.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { usePlanTemplate } from './use-plan-template.ts';

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

export function PlanEditor({ planId }: { planId: string }) {
  const { t } = useI18n();
  const content = useLiveQuery(() => loadPlanContent(planId), [planId]);
  const contacts = useLiveQuery(listContacts, []);
  const goalAreas = useLiveQuery(listGoalAreas, []);
  // The plan's own template version, not the active one: an existing plan keeps what it was written for.
  const planTemplate = usePlanTemplate(content ? content.plan.templateRef : undefined);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [undo, setUndo] = useState<{ change: PlanChange; focusId: string; text: string } | null>(null);
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
      // An older undo would put back rows that this change moves on from.
      setUndo(null);
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
        setUndo({ change: removal.undo, focusId: id, text });
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
      if (command === 'indent' || command === 'outdent') {
        // Changing level changes the row's kind (e.g. an activity becomes a tactic) and drops fields the new kind lacks, so offer the way back.
        const kindAfter = outlineRows(applyChange(fresh, result.change)).find((r) => r.id === result.focusId)?.kind ?? 'activity';
        const text = t('plans.outline.changedKind', { kind: t(`plans.outline.kind.${kindAfter}`).toLowerCase() });
        setUndo({ change: invertChange(fresh, result.change), focusId: result.focusId, text });
        setAnnouncement(text);
      } else {
        setAnnouncement('');
      }
    },
    [planId, t],
  );

  const restore = async () => {
    if (!undo) return;
    await applyPlanChange(planId, undo.change);
    setFocusId(undo.focusId);
    setUndo(null);
    setAnnouncement(t('plans.outline.restored'));
  };

  const addStrategy = async () => {
    await flushSaves();
    const fresh = await loadPlanContent(planId);
    if (!fresh) return;
    const result = addFirst(fresh, 'strategy', null, newId(), { today: localToday() });
    if (result.ok) {
      await applyPlanChange(planId, result.change);
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
      <p>
        <a href="#/planer">{t('plans.editor.back')}</a>
      </p>
      <div className="plan-header">
        <h2>{content.plan.title}</h2>
        <SaveIndicator />
      </div>
      <p className="muted">
        {t('plans.editor.meta', {
          goalArea: content.goalArea?.name ?? '',
          start: content.plan.periodStart,
          end: content.plan.periodEnd,
          version: content.plan.version,
          status: t(`plans.status.${content.plan.status}`),
        })}
      </p>
      {planTemplate.missing && ref ? (
        <p className="template-missing" role="note">
          {t('plans.template.missing', { template: ref.templateId, version: ref.version })}
        </p>
      ) : null}
      <PlanLifecycle content={content} />
      <Completeness content={content} template={template} sectionTitles={sectionTitles} numbers={numbers} onGo={(id) => setFocusId(id)} />
      <PlanSections plan={content.plan} view={view} />
      <section aria-labelledby="plan-outline" className="outline-section">
        <h3 id="plan-outline">{t('plans.editor.outline')}</h3>
        {strategyGuidance ? <p className="help template-guidance">{strategyGuidance}</p> : null}
        <p id="outline-keys" className="help">
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
              onSaveTitle={(row, title) => {
                // Undoing a change of level would put back the old title too, so typing ends that offer.
                setUndo((current) => (current && current.focusId === row.id ? null : current));
                return nodeEdit.op(planId, row.kind, row.id, { title });
              }}
              onFocused={clearFocus}
            />
            <button type="button" onClick={() => void addStrategy()}>
              {t('plans.outline.addStrategy')}
            </button>
          </div>
          <div ref={detailsRef} className="details-panel" aria-labelledby="plan-details">
            <h3 id="plan-details">{t('plans.editor.details')}</h3>
            {selected ? (
              <NodeDetails key={selected.node.id} selected={selected} planId={planId} goalArea={content.goalArea} goalAreas={goalAreas} contacts={contacts} template={template} />
            ) : (
              <p>{t('plans.editor.noSelection')}</p>
            )}
          </div>
        </div>
        <div className="announcer" role="status" aria-live="polite">
          {announcement}
          {undo ? (
            <>
              {' '}
              <button type="button" onClick={() => void restore()}>
                {t('plans.outline.undo')}
              </button>
            </>
          ) : null}
        </div>
      </section>
    </div>
  );
}
