import { useId, useState } from 'react';
import { ActivityDetails } from './ActivityDetails.tsx';
import { defaultPerspectives, type Activity, type Contact, type GoalArea, type Strategy, type Tactic } from '#shared/domain/plan.ts';
import type { Template, TemplatePerspective } from '#shared/templates/schema.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldKey, fieldLabel } from '../../i18n/field-words.ts';
import type { FieldDescriptor } from '#shared/fields/field-descriptor.ts';
import { fieldOf } from '#shared/fields/fields.ts';
import { strategyFields, tacticFields } from '#shared/plan/fields.ts';
import { AutosaveField } from '../../ui/AutosaveField.tsx';
import { IndicatorsEditor } from './IndicatorsEditor.tsx';
import { saveNow, type SaveOperation } from '../../saving/autosave.ts';
import { nodeEdit } from './plan-repository.ts';
import { problemText } from './problem-text.ts';
import { GuidanceText } from '../../ui/GuidanceText.tsx';

interface Common {
  planId: string;
  goalArea: GoalArea | null;
  /** Every goal area, for the activities' *synkning mellan målområdena*. */
  goalAreas: GoalArea[];
  contacts: Contact[];
  /** The plan's own template version: its guidance, perspectives and indicator catalogue; null without one. */
  template: Template | null;
}

export type Selected = { kind: 'strategy'; node: Strategy } | { kind: 'tactic'; node: Tactic } | { kind: 'activity'; node: Activity };

/** The selected row's fields: Varför?/Vad? for a strategy, Vem?/Hur? for a tactic, dates and status for an activity. */
export function NodeDetails({ selected, ...common }: Common & { selected: Selected }) {
  switch (selected.kind) {
    case 'strategy':
      return <StrategyDetails strategy={selected.node} {...common} />;
    case 'tactic':
      return <TacticDetails tactic={selected.node} {...common} />;
    case 'activity':
      return <ActivityDetails activity={selected.node} planId={common.planId} goalArea={common.goalArea} goalAreas={common.goalAreas} />;
  }
}

function TextField({
  field,
  guidance,
  saveKey,
  value,
  multiline,
  onSave,
}: {
  field: Pick<FieldDescriptor<never>, 'uiLabel' | 'uiHelp' | 'required'>;
  /** The template's guidance; shown instead of the built-in help when the template has any. */
  guidance?: string;
  saveKey: string;
  value: string;
  multiline?: boolean;
  onSave: (v: string) => SaveOperation;
}) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | undefined>();
  const helpText = guidance?.trim() ? <GuidanceText text={guidance} /> : field.uiHelp ? t(fieldKey(field.uiHelp)) : undefined;
  return (
    <FormField label={fieldLabel(t, field)} help={helpText} error={problem} unsaved={problem !== undefined}>
      <AutosaveField
        saveKey={saveKey}
        value={value}
        multiline={multiline}
        validate={(v) => (field.required && v.trim() === '' ? problemText(t, fieldKey(field.uiLabel), { code: 'required' }) : undefined)}
        onProblem={setProblem}
        onSave={onSave}
      />
    </FormField>
  );
}

function StrategyDetails({ strategy, planId, goalArea, template }: Common & { strategy: Strategy }) {
  const { t } = useI18n();
  const save = (field: keyof Strategy) => (value: string) => nodeEdit.op(planId, 'strategy', strategy.id, { [field]: value });
  const effectGoals = goalArea?.effectGoals ?? [];
  return (
    <div className="node-details" data-kind="strategy">
      <TextField field={fieldOf(strategyFields, 'title')} saveKey={`title:${strategy.id}`} value={strategy.title} onSave={save('title')} />
      <TextField field={fieldOf(strategyFields, 'why')} guidance={template?.strategyGuidance.why} saveKey={`why:${strategy.id}`} value={strategy.why} multiline onSave={save('why')} />
      <FormField label={fieldLabel(t, fieldOf(strategyFields, 'effectGoal'))}>
        <select value={strategy.effectGoal} onChange={(e) => void saveNow(save('effectGoal')(e.target.value))}>
          <option value="">{t('plans.field.noContact')}</option>
          {[...new Set([...effectGoals, ...(strategy.effectGoal ? [strategy.effectGoal] : [])])].map((goal) => (
            <option key={goal} value={goal}>
              {goal}
            </option>
          ))}
        </select>
      </FormField>
      <TextField field={fieldOf(strategyFields, 'what')} guidance={template?.strategyGuidance.what} saveKey={`what:${strategy.id}`} value={strategy.what} multiline onSave={save('what')} />
      <TextField field={fieldOf(strategyFields, 'target')} saveKey={`target:${strategy.id}`} value={strategy.target} onSave={save('target')} />
      <IndicatorsEditor planId={planId} strategy={strategy} catalogue={template?.indicatorCatalogue ?? []} />
      {goalArea && strategy.indicators.some((i) => i.koladaKpiId) ? (
        // Where the indicators' values, the trend and the verdict are: the plan's own Indikatorer view.
        <p>
          <a href={`#/planer/indikatorer/${encodeURIComponent(goalArea.id)}/${encodeURIComponent(planId)}`}>{t('plans.indicator.followUp')}</a>
        </p>
      ) : null}
    </div>
  );
}

/**
 * The perspectives a tactic can pick: the template's, or the usual five
 * without one, then any the tactic already names that the list lacks, so a
 * choice made under another template version is never hidden.
 */
function perspectiveChoices(template: Template | null, tactic: Tactic): { name: string; details: TemplatePerspective | null }[] {
  const listed = template ? template.perspectives.map((p) => ({ name: p.name, details: p })) : defaultPerspectives.map((name) => ({ name, details: null }));
  const names = new Set(listed.map((p) => p.name));
  const own = tactic.perspectives.filter((p) => !names.has(p.perspective)).map((p) => ({ name: p.perspective, details: null }));
  return [...listed, ...own];
}

function TacticDetails({ tactic, planId, contacts, template }: Common & { tactic: Tactic }) {
  const { t } = useI18n();
  const edit = (patch: Partial<Tactic>) => nodeEdit.op(planId, 'tactic', tactic.id, patch);
  const save = (patch: Partial<Tactic>) => saveNow(edit(patch));
  const noteFor = (perspective: string) => tactic.perspectives.find((p) => p.perspective === perspective);
  const noteIdBase = useId();
  return (
    <div className="node-details" data-kind="tactic">
      <TextField field={fieldOf(tacticFields, 'title')} saveKey={`title:${tactic.id}`} value={tactic.title} onSave={(title) => edit({ title })} />
      <TextField field={fieldOf(tacticFields, 'who.text')} guidance={template?.strategyGuidance.who} saveKey={`who:${tactic.id}`} value={tactic.who.text} multiline onSave={(text) => edit({ who: { ...tactic.who, text } })} />
      <FormField label={fieldLabel(t, fieldOf(tacticFields, 'who.responsibleContactId'))}>
        <select value={tactic.who.responsibleContactId ?? ''} onChange={(e) => void save({ who: { ...tactic.who, responsibleContactId: e.target.value || null } })}>
          <option value="">{t('plans.field.noContact')}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.organisation ? `, ${c.organisation}` : ''}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset className="checkbox-list">
        <legend>{fieldLabel(t, fieldOf(tacticFields, 'who.partnerContactIds'))}</legend>
        {contacts.length === 0 ? <p className="help">{t('plans.field.noContacts')}</p> : null}
        {contacts
          .filter((c) => c.id !== tactic.who.responsibleContactId)
          .map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={tactic.who.partnerContactIds.includes(c.id)}
                onChange={(e) =>
                  void save({
                    who: {
                      ...tactic.who,
                      partnerContactIds: e.target.checked ? [...tactic.who.partnerContactIds, c.id] : tactic.who.partnerContactIds.filter((p) => p !== c.id),
                    },
                  })
                }
              />
              {c.name}
            </label>
          ))}
      </fieldset>
      <TextField field={fieldOf(tacticFields, 'how')} guidance={template?.strategyGuidance.how} saveKey={`how:${tactic.id}`} value={tactic.how} multiline onSave={(how) => edit({ how })} />
      <fieldset className="perspectives">
        <legend>{fieldLabel(t, fieldOf(tacticFields, 'perspectives'))}</legend>
        {perspectiveChoices(template, tactic).map(({ name: perspective, details }, index) => {
          const current = noteFor(perspective);
          const noteId = `${noteIdBase}-note-${String(index)}`;
          return (
            <div key={perspective} className="perspective">
              <label>
                <input
                  type="checkbox"
                  checked={current !== undefined}
                  onChange={(e) =>
                    void save({
                      perspectives: e.target.checked
                        ? [...tactic.perspectives, { perspective, note: '' }]
                        : tactic.perspectives.filter((p) => p.perspective !== perspective),
                    })
                  }
                />{' '}
                {perspective}
              </label>
              {current ? (
                <>
                  {/* A visible label, not only an aria-label: the box says what to write in it. */}
                  <label htmlFor={noteId} className="perspective-note-label">
                    {t('plans.field.perspectiveNote', { perspective })}
                  </label>
                  <AutosaveField
                    id={noteId}
                    saveKey={`perspective:${tactic.id}:${perspective}`}
                    value={current.note}
                    onSave={(note) => edit({ perspectives: tactic.perspectives.map((p) => (p.perspective === perspective ? { ...p, note } : p)) })}
                  />
                </>
              ) : null}
              {current && details && (details.questions.length > 0 || details.description) ? (
                <details className="perspective-questions">
                  <summary>{t('plans.perspective.questions', { perspective })}</summary>
                  {details.description ? <p>{details.description}</p> : null}
                  {details.questions.length > 0 ? (
                    <ul>
                      {details.questions.map((question, index) => (
                        <li key={index}>{question}</li>
                      ))}
                    </ul>
                  ) : null}
                </details>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
