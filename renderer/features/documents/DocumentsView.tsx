import './documents.css';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AktivitetsplanGrouping } from '#shared/documents/aktivitetsplan.ts';
import { periodChoices, readPlanScope, type PlanScope } from '#shared/plan/plan-scope.ts';
import { formatFileSize } from '#shared/format.ts';
import { FormField } from '../../ui/FormField.tsx';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ExportPlanButton } from './ExportPlanButton.tsx';
import { listGoalAreas, listGoalAreasWithPlans } from '../plans/plan-repository.ts';
import { listProjects } from '../projects/project-repository.ts';
import { ExportDocumentButton } from './ExportDocumentButton.tsx';
import { listExportLog } from './export-log-repository.ts';
import { GoalAreaOptions } from '../../ui/GoalAreaOptions.tsx';

/** Dokument: every Word document the workbook makes, and the log of what has been exported. */
export function DocumentsView() {
  const { t } = useI18n();
  return (
    <>
      <h1 tabIndex={-1}>{t('nav.documents')}</h1>
      <p className="lead">{t('documents.intro')}</p>
      <div className="document-cards">
        <HandlingsplanCard />
        <AktivitetsplanCard />
        <ProjektplanCard />
        <TidrapportCard />
        <IndikatorrapportCard />
      </div>
      <ExportLog />
    </>
  );
}

function HandlingsplanCard() {
  const { t } = useI18n();
  const plans = useLiveQuery(async () => (await listGoalAreasWithPlans()).flatMap((g) => g.plans), []);
  const [planId, setPlanId] = useState('');
  const chosen = plans?.find((p) => p.id === planId) ?? plans?.[0];
  return (
    <section aria-labelledby="doc-handlingsplan" className="document-card">
      <h2 id="doc-handlingsplan">{t('documents.handlingsplan.heading')}</h2>
      <p>{t('documents.handlingsplan.body')}</p>
      {plans === undefined ? null : plans.length === 0 || !chosen ? (
        <p className="muted">{t('documents.handlingsplan.none')}</p>
      ) : (
        <>
          <FormField label={t('documents.handlingsplan.plan')}>
            <select value={chosen.id} onChange={(e) => setPlanId(e.target.value)}>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} (v{p.version})
                </option>
              ))}
            </select>
          </FormField>
          <ExportPlanButton key={chosen.id} planId={chosen.id} />
        </>
      )}
    </section>
  );
}

function AktivitetsplanCard() {
  const { t } = useI18n();
  const goalAreasWithPlans = useLiveQuery(listGoalAreasWithPlans, []);
  const goalAreas = goalAreasWithPlans?.map((g) => g.goalArea);
  const plans = goalAreasWithPlans?.flatMap((g) => g.plans);
  const [goalAreaId, setGoalAreaId] = useState('');
  const [grouping, setGrouping] = useState<AktivitetsplanGrouping>('status');
  const [chosenScope, setPlanScope] = useState<PlanScope>('current');
  const periods = periodChoices((plans ?? []).filter((p) => goalAreaId === '' || p.goalAreaId === goalAreaId));
  // A period the chosen goal area has no plan for falls back to the current plan, visibly in the list.
  const planScope = chosenScope === 'current' || chosenScope === 'all' || periods.some((p) => p.scope === chosenScope) ? chosenScope : 'current';
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const periodProblem = from !== '' && to !== '' && to < from ? t('documents.aktivitetsplan.periodBackwards') : (from === '') !== (to === '') ? t('documents.aktivitetsplan.periodBoth') : undefined;
  return (
    <section aria-labelledby="doc-aktivitetsplan" className="document-card">
      <h2 id="doc-aktivitetsplan">{t('documents.aktivitetsplan.heading')}</h2>
      <p>{t('documents.aktivitetsplan.body')}</p>
      <FormField label={t('documents.aktivitetsplan.goalArea')}>
        <select value={goalAreaId} onChange={(e) => setGoalAreaId(e.target.value)}>
          <option value="">{t('documents.aktivitetsplan.allGoalAreas')}</option>
          <GoalAreaOptions goalAreas={goalAreas ?? []} />
        </select>
      </FormField>
      <FormField label={t('documents.aktivitetsplan.plans')} help={t('documents.aktivitetsplan.plansHelp')}>
        <select value={planScope} onChange={(e) => setPlanScope(readPlanScope(e.target.value))}>
          <option value="current">{t('documents.aktivitetsplan.plans.current')}</option>
          {periods.map((p) => (
            <option key={p.scope} value={p.scope}>
              {t('documents.aktivitetsplan.plans.period', { period: p.label })}
            </option>
          ))}
          <option value="all">{t('documents.aktivitetsplan.plans.all')}</option>
        </select>
      </FormField>
      <fieldset className="radio-row">
        <legend>{t('documents.aktivitetsplan.grouping')}</legend>
        {(['status', 'quarter'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="aktivitetsplan-grouping" checked={grouping === g} onChange={() => setGrouping(g)} />
            {t(`documents.aktivitetsplan.grouping.${g}`)}
          </label>
        ))}
      </fieldset>
      <p className="help">{t('documents.aktivitetsplan.periodHelp')}</p>
      <div className="field-row">
        <FormField label={t('documents.aktivitetsplan.from')} error={periodProblem && from !== '' && to !== '' ? periodProblem : undefined}>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </FormField>
        <FormField label={t('documents.aktivitetsplan.to')} error={periodProblem && !(from !== '' && to !== '') ? periodProblem : undefined}>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </FormField>
      </div>
      <ExportDocumentButton
        kind="aktivitetsplan"
        choice={{ goalAreaId: goalAreaId === '' ? null : goalAreaId, grouping, planScope, period: from !== '' && to !== '' ? { from, to } : null }}
        label={t('documents.aktivitetsplan.export')}
        disabled={periodProblem !== undefined}
      />
    </section>
  );
}

function ProjektplanCard() {
  const { t } = useI18n();
  const projects = useLiveQuery(listProjects, []);
  const [projectId, setProjectId] = useState('');
  const chosen = projects?.find((p) => p.id === projectId) ?? projects?.[0];
  return (
    <section aria-labelledby="doc-projektplan" className="document-card">
      <h2 id="doc-projektplan">{t('documents.projektplan.heading')}</h2>
      <p>{t('documents.projektplan.body')}</p>
      {projects === undefined ? null : projects.length === 0 || !chosen ? (
        <p className="muted">
          {t('documents.projektplan.none')} <a href="#/projekt">{t('documents.projektplan.toProjects')}</a>
        </p>
      ) : (
        <>
          <FormField label={t('documents.projektplan.project')}>
            <select value={chosen.id} onChange={(e) => setProjectId(e.target.value)}>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </FormField>
          <ExportDocumentButton key={chosen.id} kind="projektplan" choice={{ projectId: chosen.id }} label={t('documents.projektplan.export')} describeMissing={(sentence) => sentence} />
        </>
      )}
    </section>
  );
}

function TidrapportCard() {
  const { t } = useI18n();
  const today = localToday();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const problem = from === '' || to === '' ? t('documents.tidrapport.periodMissing') : to < from ? t('documents.tidrapport.periodBackwards') : undefined;
  return (
    <section aria-labelledby="doc-tidrapport" className="document-card">
      <h2 id="doc-tidrapport">{t('documents.tidrapport.heading')}</h2>
      <p>{t('documents.tidrapport.body')}</p>
      <div className="field-row">
        <FormField label={t('documents.tidrapport.from')}>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </FormField>
        <FormField label={t('documents.tidrapport.to')} error={problem}>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </FormField>
      </div>
      <ExportDocumentButton kind="tidrapport" choice={{ from, to, label: `${from} – ${to}` }} label={t('documents.tidrapport.export')} disabled={problem !== undefined} />
    </section>
  );
}

function IndikatorrapportCard() {
  const { t } = useI18n();
  const goalAreas = useLiveQuery(listGoalAreas, []);
  const [goalAreaId, setGoalAreaId] = useState('');
  const chosen = goalAreas?.find((g) => g.id === goalAreaId) ?? goalAreas?.[0];
  return (
    <section aria-labelledby="doc-indikatorrapport" className="document-card">
      <h2 id="doc-indikatorrapport">{t('documents.indikatorrapport.heading')}</h2>
      <p>{t('documents.indikatorrapport.body')}</p>
      {goalAreas === undefined ? null : goalAreas.length === 0 || !chosen ? (
        <p className="muted">{t('documents.indikatorrapport.none')}</p>
      ) : (
        <>
          <FormField label={t('documents.indikatorrapport.goalArea')}>
            <select value={chosen.id} onChange={(e) => setGoalAreaId(e.target.value)}>
              <GoalAreaOptions goalAreas={goalAreas} />
            </select>
          </FormField>
          <ExportDocumentButton key={chosen.id} kind="indikatorrapport" choice={{ goalAreaId: chosen.id, planId: null }} label={t('documents.indikatorrapport.export')} />
        </>
      )}
    </section>
  );
}

function ExportLog() {
  const { t, language } = useI18n();
  const entries = useLiveQuery(listExportLog, []);
  return (
    <section aria-labelledby="export-log">
      <h2 id="export-log">{t('documents.log.heading')}</h2>
      <p className="help">{t('documents.log.help')}</p>
      {entries === undefined ? null : entries.length === 0 ? (
        <p>{t('documents.log.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="export-log-caption" tabIndex={0}>
          <table className="data-table export-log">
            <caption id="export-log-caption" className="visually-hidden">
              {t('documents.log.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.log.when')}</th>
                <th scope="col">{t('documents.log.document')}</th>
                <th scope="col">{t('documents.log.subject')}</th>
                <th scope="col">{t('documents.log.language')}</th>
                <th scope="col">{t('documents.log.file')}</th>
                <th scope="col" className="number">
                  {t('documents.log.size')}
                </th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const when = new Date(entry.exportedAt);
                const local = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, '0')}-${String(when.getDate()).padStart(2, '0')} ${String(when.getHours()).padStart(2, '0')}:${String(when.getMinutes()).padStart(2, '0')}`;
                return (
                  <tr key={entry.id}>
                    <td className="nowrap">{local}</td>
                    <td>
                      {t(`documents.kind.${entry.kind}`)}
                      {entry.draft ? ` (${t('documents.log.draft')})` : ''}
                    </td>
                    <td>
                      {entry.subject}
                      {entry.version !== null ? `, v${entry.version}` : ''}
                    </td>
                    <td lang={entry.language}>{entry.language ? t(`settings.language.${entry.language}`) : ''}</td>
                    <td className="file-name">{entry.fileName}</td>
                    <td className="number">{formatFileSize(entry.sizeBytes, language)}</td>
                    <td>
                      <code className="hash">{entry.sha256}</code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
