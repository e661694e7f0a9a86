import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '#shared/domain/project.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { strategyTrees, updateProject } from './project-repository.ts';
import { usePending } from '../../ui/use-pending.ts';

function toggled(ids: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id);
}

/** Which strategies and tactics of the goal area's action plans the project carries out. */
export function ProjectLinks({ project }: { project: Project }) {
  const { t } = useI18n();
  const trees = useLiveQuery(() => strategyTrees(project.goalAreaId), [project.goalAreaId]);
  const untitled = t('plans.outline.untitled');
  const { pendingOr, setPending } = usePending<boolean>(project);
  return (
    <section aria-labelledby="project-links" className="project-part">
      <h3 id="project-links" tabIndex={-1}>
        {t('projects.part.links')}
      </h3>
      <p className="help">{t('projects.links.help')}</p>
      {trees === undefined ? (
        <p>{t('app.loading')}</p>
      ) : trees.every((tree) => tree.strategies.length === 0) ? (
        <p>{t('projects.links.none')}</p>
      ) : (
        trees
          .filter((tree) => tree.strategies.length > 0)
          .map(({ plan, strategies }) => (
            <fieldset key={plan.id} className="checkbox-list link-tree">
              <legend>{plan.title}</legend>
              <ul>
                {strategies.map(({ strategy, tactics }) => (
                  <li key={strategy.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={pendingOr(strategy.id, project.strategyIds.includes(strategy.id))}
                        onChange={(e) => {
                          setPending(strategy.id, e.target.checked);
                          void updateProject(project.id, (p) => ({ ...p, strategyIds: toggled(p.strategyIds, strategy.id, e.target.checked) }));
                        }}
                      />
                      {t('projects.links.strategy', { title: strategy.title || untitled })}
                    </label>
                    {tactics.length > 0 ? (
                      <ul>
                        {tactics.map((tactic) => (
                          <li key={tactic.id}>
                            <label>
                              <input
                                type="checkbox"
                                checked={pendingOr(tactic.id, project.tacticIds.includes(tactic.id))}
                                onChange={(e) => {
                                  setPending(tactic.id, e.target.checked);
                                  if (e.target.checked) setPending(strategy.id, true);
                                  void updateProject(project.id, (p) => ({
                                    ...p,
                                    tacticIds: toggled(p.tacticIds, tactic.id, e.target.checked),
                                    // A tactic belongs to its strategy: choosing the tactic marks the strategy too.
                                    strategyIds: e.target.checked ? toggled(p.strategyIds, strategy.id, true) : p.strategyIds,
                                  }));
                                }}
                              />
                              {t('projects.links.tactic', { title: tactic.title || untitled })}
                            </label>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            </fieldset>
          ))
      )}
    </section>
  );
}
