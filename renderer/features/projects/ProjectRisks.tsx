import { newId } from '../../db/new-id.ts';
import type { Project, Risk } from '#shared/domain/project.ts';
import { PartHelp } from './PartHelp.tsx';
import { riskLevel, riskMatrix, riskScale, riskScore } from '#shared/project/risk.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AddByName } from '../../ui/AddByName.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { RemoveItemButton } from '../../ui/RemoveItemButton.tsx';
import { useProjectChecks } from './project-fields.ts';
import { projectEdit, updateProject } from './project-repository.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';

/** Risker: a list to edit, and the same risks placed in a 5×5 matrix of likelihood and consequence. */
export function ProjectRisks({ project }: { project: Project }) {
  const { t } = useI18n();
  const checks = useProjectChecks(project);
  const save = (id: string, patch: Partial<Risk>) => projectEdit.op(project.id, fieldEdits(['risks', { id }], patch));
  const numberOf = new Map(project.risks.map((r, i) => [r.id, i + 1]));
  const matrix = riskMatrix(project.risks);
  return (
    <section aria-labelledby="project-risks" className="project-part">
      <h3 id="project-risks" tabIndex={-1}>
        {t('projects.part.risks')}
      </h3>
      <PartHelp part="risks" />
      <DataTable
        captionId="risks-caption"
        caption={t('projects.risks.caption')}
        className="data-table edit-table risk-table"
        columns={[t('projects.risks.number'), t('projects.risks.description'), t('projects.risks.likelihood'), t('projects.risks.consequence'), t('projects.risks.level'), t('projects.risks.mitigation'), t('projects.risks.responsible'), { label: t('projects.actions'), hidden: true }]}
        rows={project.risks}
        empty={<p className="muted">{t('projects.risks.none')}</p>}
      >
        {(risk) => {
          const number = numberOf.get(risk.id) ?? 0;
          const score = riskScore(risk);
          const level = riskLevel(score);
          return (
            <tr key={risk.id}>
              <th scope="row">R{number}</th>
              <td className="risk-description">
                <EditField hideLabel label={t('projects.risks.descriptionOf', { number })} saveKey={`risk:${risk.id}:description`} value={risk.description} validate={checks.requiredText} onSave={(description) => save(risk.id, { description: description.trim() })} />
              </td>
              <td className="narrow">
                <EditField hideLabel label={t('projects.risks.likelihoodOf', { number })} saveKey={`risk:${risk.id}:likelihood`} value={String(risk.likelihood)} validate={checks.riskScale} onSave={(v) => save(risk.id, { likelihood: Number(v.trim()) })} />
              </td>
              <td className="narrow">
                <EditField hideLabel label={t('projects.risks.consequenceOf', { number })} saveKey={`risk:${risk.id}:consequence`} value={String(risk.consequence)} validate={checks.riskScale} onSave={(v) => save(risk.id, { consequence: Number(v.trim()) })} />
              </td>
              <td className={`risk-level level-${level}`}>
                {t(`projects.riskLevel.${level}`)} ({score})
              </td>
              <td className="risk-mitigation">
                <EditField hideLabel multiline rows={2} label={t('projects.risks.mitigationOf', { number })} saveKey={`risk:${risk.id}:mitigation`} value={risk.mitigation} onSave={(mitigation) => save(risk.id, { mitigation })} />
              </td>
              <td>
                <EditField hideLabel label={t('projects.risks.responsibleOf', { number })} saveKey={`risk:${risk.id}:responsible`} value={risk.responsible} onSave={(responsible) => save(risk.id, { responsible })} />
              </td>
              <td>
                <RemoveItemButton name={`R${number}`} onRemove={() => void updateProject(project.id, (p) => ({ ...p, risks: p.risks.filter((r) => r.id !== risk.id) }))} />
              </td>
            </tr>
          );
        }}
      </DataTable>
      <p className="help">{t('projects.risks.scaleHelp')}</p>
      <AddByName label={t('projects.risks.new')} button={t('projects.risks.add')} onAdd={(description) => updateProject(project.id, (p) => ({ ...p, risks: [...p.risks, { id: newId(), description, likelihood: 3, consequence: 3, mitigation: '', responsible: '' }] }))} />
      <table className="risk-matrix" data-testid="risk-matrix">
        <caption>{t('projects.risks.matrix')}</caption>
        <thead>
          <tr>
            <td />
            {riskScale.map((likelihood) => (
              <th key={likelihood} scope="col">
                {t('projects.risks.likelihoodShort', { value: likelihood })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row) => (
            <tr key={row[0]?.consequence}>
              <th scope="row">{t('projects.risks.consequenceShort', { value: row[0]?.consequence ?? 0 })}</th>
              {row.map((cell) => (
                <td key={cell.likelihood} className={`level-${cell.level}`} data-likelihood={cell.likelihood} data-consequence={cell.consequence}>
                  <span className="visually-hidden">{t(`projects.riskLevel.${cell.level}`)}: </span>
                  {cell.riskIds.length === 0 ? <span className="visually-hidden">{t('projects.risks.noRisks')}</span> : cell.riskIds.map((id) => `R${numberOf.get(id) ?? ''}`).join(', ')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
