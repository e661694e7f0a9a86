import { useId, useState } from 'react';
import { activityStatuses, defaultPerspectives, type Activity, type Contact, type GoalArea, type Strategy, type Tactic } from '../../../shared/domain/plan.ts';
import { formatKronorInput, parseKronor, validateActivityPatch, validateDateRange } from '../../../shared/plan/validation.ts';
import type { Template, TemplatePerspective } from '../../../shared/templates/schema.ts';
import { FormField } from '../../ui/FormField.tsx';
import { FieldPair } from '../../ui/FieldPair.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
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
      return <ActivityDetails activity={selected.node} {...common} />;
  }
}

function TextField({
  label,
  help,
  guidance,
  saveKey,
  value,
  multiline,
  onSave,
  required,
}: {
  label: MessageKey;
  help?: MessageKey;
  /** The template's guidance; shown instead of the built-in help when the template has any. */
  guidance?: string;
  saveKey: string;
  value: string;
  multiline?: boolean;
  required?: boolean;
  onSave: (v: string) => SaveOperation;
}) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | undefined>();
  const helpText = guidance?.trim() ? <GuidanceText text={guidance} /> : help ? t(help) : undefined;
  return (
    <FormField label={t(label)} help={helpText} error={problem} unsaved={problem !== undefined}>
      <AutosaveField
        saveKey={saveKey}
        value={value}
        multiline={multiline}
        validate={(v) => (required && v.trim() === '' ? problemText(t, label, { code: 'required' }) : undefined)}
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
      <TextField label="plans.field.title" saveKey={`title:${strategy.id}`} value={strategy.title} onSave={save('title')} />
      <TextField label="plans.field.why" help="plans.field.whyHelp" guidance={template?.strategyGuidance.why} saveKey={`why:${strategy.id}`} value={strategy.why} multiline onSave={save('why')} />
      <FormField label={t('plans.field.effectGoal')}>
        <select value={strategy.effectGoal} onChange={(e) => void saveNow(save('effectGoal')(e.target.value))}>
          <option value="">{t('plans.field.noContact')}</option>
          {[...new Set([...effectGoals, ...(strategy.effectGoal ? [strategy.effectGoal] : [])])].map((goal) => (
            <option key={goal} value={goal}>
              {goal}
            </option>
          ))}
        </select>
      </FormField>
      <TextField label="plans.field.what" help="plans.field.whatHelp" guidance={template?.strategyGuidance.what} saveKey={`what:${strategy.id}`} value={strategy.what} multiline onSave={save('what')} />
      <TextField label="plans.field.target" saveKey={`target:${strategy.id}`} value={strategy.target} onSave={save('target')} />
      <IndicatorsEditor planId={planId} strategy={strategy} catalogue={template?.indicatorCatalogue ?? []} />
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
      <TextField label="plans.field.title" saveKey={`title:${tactic.id}`} value={tactic.title} onSave={(title) => edit({ title })} />
      <TextField label="plans.field.who" help="plans.field.whoHelp" guidance={template?.strategyGuidance.who} saveKey={`who:${tactic.id}`} value={tactic.who.text} multiline onSave={(text) => edit({ who: { ...tactic.who, text } })} />
      <FormField label={t('plans.field.responsibleContact')}>
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
        <legend>{t('plans.field.partners')}</legend>
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
      <TextField label="plans.field.how" help="plans.field.howHelp" guidance={template?.strategyGuidance.how} saveKey={`how:${tactic.id}`} value={tactic.how} multiline onSave={(how) => edit({ how })} />
      <fieldset className="perspectives">
        <legend>{t('plans.field.perspectives')}</legend>
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

const activityFieldLabels: Record<string, MessageKey> = {
  title: 'plans.field.title',
  responsible: 'plans.field.responsible',
  startDate: 'plans.field.startDate',
  endDate: 'plans.field.endDate',
  costOre: 'plans.field.cost',
  notes: 'plans.field.notes',
};

/** "1500" and "1 500" are the same amount: a draft that means the stored cost is not unsaved. */
const sameKronor = (draft: string, stored: string): boolean => {
  const a = parseKronor(draft);
  const b = parseKronor(stored);
  return a.ok && b.ok ? a.ore === b.ore : draft === stored;
};

function ActivityDetails({ activity, planId, goalArea, goalAreas }: Common & { activity: Activity }) {
  const { t } = useI18n();
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const setProblem = (field: string) => (problem: string | undefined) => setProblems((p) => ({ ...p, [field]: problem }));
  const check = (patch: Partial<Activity>) => {
    const found = validateActivityPatch(activity, patch)[0];
    return found ? problemText(t, activityFieldLabels[found.field] ?? 'plans.field.title', found) : undefined;
  };
  const field = (name: 'title' | 'responsible' | 'notes', options: { type?: string; multiline?: boolean } = {}) => (
    <FormField label={t(activityFieldLabels[name] ?? 'plans.field.title')} error={problems[name]} unsaved={problems[name] !== undefined}>
      <AutosaveField
        saveKey={`${name}:${activity.id}`}
        value={activity[name]}
        type={options.type}
        multiline={options.multiline}
        validate={(v) => check({ [name]: v })}
        onProblem={setProblem(name)}
        onSave={(v) => nodeEdit.op(planId, 'activity', activity.id, { [name]: v })}
      />
    </FormField>
  );
  return (
    <div className="node-details" data-kind="activity">
      {field('title')}
      {field('responsible')}
      <FieldPair
        legend={t('plans.field.activityPeriod')}
        labels={[t('plans.field.startDate'), t('plans.field.endDate')]}
        type="date"
        required
        saveKey={`dates:${activity.id}`}
        stored={[activity.startDate, activity.endDate]}
        validate={(startDate, endDate) => {
          const found = validateDateRange(startDate, endDate);
          return found ? problemText(t, activityFieldLabels[found.field] ?? 'plans.field.startDate', found) : undefined;
        }}
        onSave={(startDate, endDate) => nodeEdit.op(planId, 'activity', activity.id, { startDate, endDate })}
      />
      <FormField label={t('plans.field.status')}>
        <select value={activity.status} onChange={(e) => void saveNow(nodeEdit.op(planId, 'activity', activity.id, { status: e.target.value as Activity['status'] }))}>
          {activityStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`plans.activityStatus.${status}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t('plans.field.cost')} error={problems.costOre} unsaved={problems.costOre !== undefined}>
        <AutosaveField
          saveKey={`cost:${activity.id}`}
          value={formatKronorInput(activity.costOre)}
          equivalent={sameKronor}
          validate={(v) => {
            const parsed = parseKronor(v);
            return parsed.ok ? check({ costOre: parsed.ore }) : problemText(t, 'plans.field.cost', parsed);
          }}
          onProblem={setProblem('costOre')}
          onSave={(v) => {
            const parsed = parseKronor(v);
            return parsed.ok ? nodeEdit.op(planId, 'activity', activity.id, { costOre: parsed.ore }) : null;
          }}
        />
      </FormField>
      {field('notes', { multiline: true })}
      <fieldset className="checkbox-list">
        <legend>{t('plans.field.relatedGoalAreas')}</legend>
        <p className="help">{t('plans.field.relatedGoalAreasHelp')}</p>
        {goalAreas.filter((g) => g.id !== goalArea?.id).length === 0 ? <p className="help">{t('plans.field.noOtherGoalAreas')}</p> : null}
        {goalAreas
          .filter((g) => g.id !== goalArea?.id)
          .map((g) => (
            <label key={g.id}>
              <input
                type="checkbox"
                checked={activity.relatedGoalAreaIds.includes(g.id)}
                onChange={(e) =>
                  void saveNow(
                    nodeEdit.op(planId, 'activity', activity.id, {
                      relatedGoalAreaIds: e.target.checked ? [...activity.relatedGoalAreaIds, g.id] : activity.relatedGoalAreaIds.filter((x) => x !== g.id),
                    }),
                  )
                }
              />
              {g.code} {g.name}
            </label>
          ))}
      </fieldset>
    </div>
  );
}
