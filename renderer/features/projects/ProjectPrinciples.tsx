import { horizontalPrinciples, principleRatings, type HorizontalPrinciple, type PrincipleAssessment, type Project } from '#shared/domain/project.ts';
import { PartHelp } from './PartHelp.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { projectEdit, updateProject } from './project-repository.ts';
import { usePending } from '../../ui/use-pending.ts';
import { principleStep } from '#shared/project/project-edit.ts';

function withAssessment(principles: readonly PrincipleAssessment[], principle: HorizontalPrinciple, patch: Partial<PrincipleAssessment>): PrincipleAssessment[] {
  const current = principles.find((p) => p.principle === principle) ?? { principle, how: '', rating: null };
  const next = { ...current, ...patch };
  // Kept in the fixed order of horizontalPrinciples, so the document lists them the same way every time.
  return horizontalPrinciples.flatMap((h) => (h === principle ? [next] : principles.filter((p) => p.principle === h)));
}

/** Horisontella principer: how the project works with each, and a rating (aktivt, delvis, inte). */
export function ProjectPrinciples({ project }: { project: Project }) {
  const { t } = useI18n();
  const { pendingOr, setPending } = usePending<string | null>(project);
  return (
    <section aria-labelledby="project-principles" className="project-part">
      <h3 id="project-principles" tabIndex={-1}>
        {t('projects.part.principles')}
      </h3>
      <PartHelp part="principles" />
      {horizontalPrinciples.map((principle) => {
        const assessment = project.principles.find((p) => p.principle === principle);
        const name = t(`projects.principle.${principle}`);
        return (
          <fieldset key={principle} className="item-card principle">
            <legend>{name}</legend>
            <EditField label={t('projects.principles.how', { name: name.toLowerCase() })} multiline rows={3} saveKey={`principle:${project.id}:${principle}`} value={assessment?.how ?? ''} onSave={(how) => projectEdit.op(project.id, [{ path: ['principles', principleStep(principle), 'how'], value: how }])} />
            <fieldset className="rating">
              <legend>{t('projects.principles.rating', { name: name.toLowerCase() })}</legend>
              {principleRatings.map((rating) => (
                <label key={rating}>
                  <input
                    type="radio"
                    name={`rating-${project.id}-${principle}`}
                    checked={pendingOr(principle, assessment?.rating ?? null) === rating}
                    onChange={() => {
                      setPending(principle, rating);
                      void updateProject(project.id, (p) => ({ ...p, principles: withAssessment(p.principles, principle, { rating }) }));
                    }}
                  />
                  {t(`projects.rating.${rating}`)}
                </label>
              ))}
            </fieldset>
          </fieldset>
        );
      })}
    </section>
  );
}
