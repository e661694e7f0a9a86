/** Projektplan: one project, laid out by its own template version. */
import type { ProjektplanInput } from '#shared/documents/projektplan.ts';
import { projektplanExportNames } from '#shared/documents/export-names.ts';
import { projectCompleteness, projectCompletenessText } from '#shared/project/completeness.ts';
import type { WorkbookDatabase } from '../../../db/database.ts';
import { getProfile } from '../../../db/profile.ts';
import { projectLayoutOf } from '../../projects/project-repository.ts';
import type { DocumentKind } from './document-kind.ts';

export interface ProjektplanChoice {
  projectId: string;
}

async function projectWithLayout(database: WorkbookDatabase, projectId: string) {
  const project = await database.projects.get(projectId);
  if (!project) throw new Error('Projektet finns inte längre.');
  // The project's own template version decides what is required, as in the editor.
  return { project, layout: await projectLayoutOf(project) };
}

export const projektplan: DocumentKind<ProjektplanChoice, ProjektplanInput> = {
  kind: 'projektplan',

  async missing(database, { projectId }) {
    const { project, layout } = await projectWithLayout(database, projectId);
    return projectCompleteness(project, layout.requiredSectionKeys).map((item) => projectCompletenessText(item, project, layout.sectionTitles));
  },

  async gather(database, { projectId }, today) {
    const { project, layout } = await projectWithLayout(database, projectId);
    const [goalArea, contacts, strategies, tactics, planActivities, profile] = await Promise.all([
      database.goalAreas.get(project.goalAreaId),
      database.contacts.toArray(),
      database.strategies.bulkGet(project.strategyIds),
      database.tactics.bulkGet(project.tacticIds),
      database.activities.where('projectId').equals(project.id).toArray(),
      getProfile(),
    ]);
    const linkedStrategies = strategies.filter((s) => s !== undefined);
    const linkedTactics = tactics.filter((t) => t !== undefined);
    // The plans the links stand in, so the document names them and their periods.
    const planIds = [...new Set([...linkedStrategies.map((s) => s.planId), ...linkedTactics.map((t) => t.planId)])];
    const actionPlans = (await database.actionPlans.bulkGet(planIds)).filter((p) => p !== undefined);
    const completeness = projectCompleteness(project, layout.requiredSectionKeys);
    return {
      project,
      goalArea: goalArea ?? null,
      contacts,
      strategies: linkedStrategies,
      tactics: linkedTactics,
      actionPlans,
      planActivities,
      ownerName: profile?.name ?? '',
      today,
      draft: completeness.length > 0,
      completeness,
      layout,
    };
  },

  build: async (input, words, styles) => (await import('#shared/documents/projektplan.ts')).buildProjektplan(input, words, styles),

  names: ({ project, today }, _choice, words) => projektplanExportNames(words, project, today),

  source: ({ project, draft }) => ({ sourceId: project.id, version: null, draft }),
};
