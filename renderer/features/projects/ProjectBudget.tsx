import { newId } from '../../db/new-id.ts';
import { useId, useState, type ReactNode } from 'react';
import type { Contact } from '#shared/domain/plan.ts';
import { budgetCategories, type BudgetCategory, type Financier, type Project, type YearAmount } from '#shared/domain/project.ts';
import { formatKronor } from '#shared/format.ts';
import { formatKronorInput, parseKronor } from '#shared/plan/validation.ts';
import { budgetTotals, coFinancingShare, financingBalance, financingTotals, formatPercent, sumAmounts, yearAmount } from '#shared/project/budget.ts';
import { PartHelp } from './PartHelp.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AddByName } from '../../ui/AddByName.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { RemoveItemButton } from '../../ui/RemoveItemButton.tsx';
import { useProjectChecks } from './project-fields.ts';
import { projectEdit, replaceItem, updateProject } from './project-repository.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { saveNow } from '../../saving/autosave.ts';

/** An amount cell's text: empty for nothing, else `1 234` (the field adds no unit; the column says kr). */
function amountText(amounts: readonly YearAmount[], year: number): string {
  const ore = yearAmount(amounts, year);
  return ore === 0 ? '' : formatKronorInput(ore);
}

/** Parses what the user typed into an amount cell: empty means zero. Validation has already run. */
function amountOre(text: string): number {
  if (text.trim() === '') return 0;
  const parsed = parseKronor(text);
  return parsed.ok ? parsed.ore : 0;
}

/** Budget, Finansiering and their balance, in integer öre; the difference is said in words, not only shown. */
export function ProjectBudget({ project, contacts }: { project: Project; contacts: Contact[] }) {
  const { t, language } = useI18n();
  const checks = useProjectChecks(project);
  const budget = budgetTotals(project);
  const financing = financingTotals(project);
  const balance = financingBalance(project);
  const years = balance.byYear.map((y) => y.year);
  const outside = new Set(balance.byYear.filter((y) => y.outsidePeriod).map((y) => y.year));
  const kr = (ore: number) => formatKronor(ore, language);
  const yearColumns: Column[] = years.map((year) => ({
    className: 'number',
    label: (
      <>
        {year}
        {outside.has(year) ? <span className="outside-note"> {t('projects.budget.outsidePeriod')}</span> : null}
      </>
    ),
  }));
  const [category, setCategory] = useState<BudgetCategory>('personal');
  const categoryId = useId();

  return (
    <>
      <section aria-labelledby="project-budget" className="project-part">
        <h3 id="project-budget" tabIndex={-1}>
          {t('projects.part.budget')}
        </h3>
        <PartHelp part="budget" />
        <DataTable
          captionId="budget-caption"
          caption={t('projects.budget.caption')}
          showCaption
          className="data-table edit-table money-table"
          columns={[t('projects.budget.category'), t('projects.budget.description'), ...yearColumns, { label: t('projects.budget.total'), className: 'number' }, { label: t('projects.actions'), hidden: true }]}
          rows={project.budget}
          empty={<p className="muted">{t('projects.budget.none')}</p>}
          footer={<SumRow label={t('projects.budget.sum')} byYear={years.map((year) => kr(budget.byYear.get(year) ?? 0))} total={kr(budget.total)} testId="budget-total" last={<td />} />}
        >
          {(line, index) => {
            const name = `${t(`projects.budgetCategory.${line.category}`)} ${line.description}`.trim();
            return (
              <tr key={line.id}>
                <td>
                  <label className="visually-hidden" htmlFor={`cat-${line.id}`}>
                    {t('projects.budget.categoryOf', { number: index + 1 })}
                  </label>
                  <select id={`cat-${line.id}`} value={line.category} onChange={(e) => void updateProject(project.id, (p) => ({ ...p, budget: replaceItem(p.budget, line.id, { category: e.target.value as BudgetCategory }) }))}>
                    {budgetCategories.map((c) => (
                      <option key={c} value={c}>
                        {t(`projects.budgetCategory.${c}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <EditField hideLabel label={t('projects.budget.descriptionOf', { number: index + 1 })} saveKey={`budget:${line.id}:description`} value={line.description} onSave={(description) => projectEdit.op(project.id, [{ path: ['budget', { id: line.id }, 'description'], value: description }])} />
                </td>
                {years.map((year) => (
                  <td key={year} className="number">
                    <EditField
                      hideLabel
                      className="amount"
                      label={t('projects.budget.amountOf', { name, year })}
                      saveKey={`budget:${line.id}:${year}`}
                      value={amountText(line.amounts, year)}
                      validate={(v) => checks.amount(v, year)}
                      onSave={(v) => projectEdit.op(project.id, [{ path: ['budget', { id: line.id }, 'amounts'], yearAmount: { year, ore: amountOre(v) } }])}
                    />
                  </td>
                ))}
                <td className="number total">{kr(sumAmounts(line.amounts))}</td>
                <td>
                  <RemoveItemButton name={name} onRemove={() => void updateProject(project.id, (p) => ({ ...p, budget: p.budget.filter((l) => l.id !== line.id) }))} />
                </td>
              </tr>
            );
          }}
        </DataTable>
        <div className="inline-add">
          <label htmlFor={categoryId}>{t('projects.budget.newCategory')}</label>
          <select id={categoryId} value={category} onChange={(e) => setCategory(e.target.value as BudgetCategory)}>
            {budgetCategories.map((c) => (
              <option key={c} value={c}>
                {t(`projects.budgetCategory.${c}`)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void updateProject(project.id, (p) => ({ ...p, budget: [...p.budget, { id: newId(), category, description: '', amounts: [] }] }))}>
            {t('projects.budget.add')}
          </button>
        </div>
        <BudgetByCategory project={project} />
      </section>

      <section aria-labelledby="project-financing" className="project-part">
        <h3 id="project-financing" tabIndex={-1}>
          {t('projects.part.financing')}
        </h3>
        <PartHelp part="financing" />
        <DataTable
          captionId="financing-caption"
          caption={t('projects.financing.caption')}
          showCaption
          className="data-table edit-table money-table"
          columns={[t('projects.financing.financier'), t('projects.financing.kind'), ...yearColumns, { label: t('projects.budget.total'), className: 'number' }, { label: t('projects.financing.shareOfBudget'), className: 'number' }]}
          rows={project.financiers}
          empty={<p className="muted">{t('projects.financing.none')}</p>}
          rowGroups
          footer={
            <SumRow
              label={t('projects.financing.sum')}
              byYear={years.map((year) => kr(financing.byYear.get(year)?.total ?? 0))}
              total={kr(financing.total)}
              testId="financing-total"
              last={<td className="number total">{formatPercent(budget.total === 0 ? null : financing.total / budget.total)}</td>}
            />
          }
        >
          {(financier) => <FinancierRows key={financier.id} project={project} financier={financier} years={years} contacts={contacts} />}
        </DataTable>
        <AddByName
          label={t('projects.financing.new')}
          button={t('projects.financing.add')}
          onAdd={(name) => updateProject(project.id, (p) => ({ ...p, financiers: [...p.financiers, { id: newId(), name, contactId: null, cash: [], inKind: [] }] }))}
        />
        <div className={`balance ${balance.balanced ? 'balanced' : 'unbalanced'}`} role="status" data-testid="financing-balance">
          <p>
            <strong>{balance.balanced ? t('projects.balance.balancedLong', { amount: kr(balance.budget) }) : balance.difference < 0 ? t('projects.balance.missing', { amount: kr(-balance.difference) }) : t('projects.balance.surplus', { amount: kr(balance.difference) })}</strong>
          </p>
          <p className="muted">{t('projects.balance.figures', { budget: kr(balance.budget), financing: kr(balance.financing) })}</p>
          {balance.balanced && balance.byYear.some((y) => y.difference !== 0) ? <p>{t('projects.balance.yearsDiffer')}</p> : null}
        </div>
      </section>
    </>
  );
}

/** A money table's sum row: per year (in the years' order), the total, and the last column's cell. */
function SumRow({ label, byYear, total, testId, last }: { label: string; byYear: string[]; total: string; testId: string; last: ReactNode }) {
  return (
    <tr>
      <th scope="row" colSpan={2}>
        {label}
      </th>
      {byYear.map((amount, index) => (
        <td key={index} className="number total">
          {amount}
        </td>
      ))}
      <td className="number total" data-testid={testId}>
        {total}
      </td>
      {last}
    </tr>
  );
}

function FinancierRows({ project, financier, years, contacts }: { project: Project; financier: Financier; years: number[]; contacts: Contact[] }) {
  const { t, language } = useI18n();
  const checks = useProjectChecks(project);
  const save = (patch: Partial<Financier>) => projectEdit.op(project.id, fieldEdits(['financiers', { id: financier.id }], patch));
  const kinds = ['cash', 'inKind'] as const;
  return (
    <tbody className="financier">
      {kinds.map((kind, row) => (
        <tr key={kind}>
          {row === 0 ? (
            <th scope="rowgroup" rowSpan={2} className="financier-name">
              <EditField label={t('projects.financing.nameOf')} hideLabel saveKey={`fin:${financier.id}:name`} value={financier.name} validate={checks.financierName} onSave={(name) => save({ name: name.trim() })} />
              <label className="visually-hidden" htmlFor={`fin-contact-${financier.id}`}>
                {t('projects.financing.contactOf', { name: financier.name })}
              </label>
              <select id={`fin-contact-${financier.id}`} value={financier.contactId ?? ''} onChange={(e) => void saveNow(save({ contactId: e.target.value === '' ? null : e.target.value }))}>
                <option value="">{t('projects.financing.noContact')}</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <RemoveItemButton name={financier.name} onRemove={() => void updateProject(project.id, (p) => ({ ...p, financiers: p.financiers.filter((f) => f.id !== financier.id) }))} />
            </th>
          ) : null}
          <td>{t(`projects.financing.${kind}`)}</td>
          {years.map((year) => (
            <td key={year} className="number">
              <EditField
                hideLabel
                className="amount"
                label={t('projects.financing.amountOf', { name: financier.name, kind: t(`projects.financing.${kind}`).toLowerCase(), year })}
                saveKey={`fin:${financier.id}:${kind}:${year}`}
                value={amountText(financier[kind], year)}
                validate={(v) => checks.amount(v, year)}
                onSave={(v) => projectEdit.op(project.id, [{ path: ['financiers', { id: financier.id }, kind], yearAmount: { year, ore: amountOre(v) } }])}
              />
            </td>
          ))}
          <td className="number total">{formatKronor(sumAmounts(financier[kind]), language)}</td>
          {row === 0 ? (
            <td rowSpan={2} className="number total">
              {formatPercent(coFinancingShare(project, financier.id))}
            </td>
          ) : null}
        </tr>
      ))}
    </tbody>
  );
}

/** The budget per category: what the secretariat's forms ask for. */
function BudgetByCategory({ project }: { project: Project }) {
  const { t, language } = useI18n();
  const totals = budgetTotals(project);
  if (project.budget.length === 0) return null;
  return (
    <table className="data-table summary-table">
      <caption>{t('projects.budget.byCategory')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('projects.budget.category')}</th>
          <th scope="col" className="number">
            {t('projects.budget.total')}
          </th>
          <th scope="col" className="number">
            {t('projects.budget.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {budgetCategories
          .filter((c) => totals.byCategory[c] !== 0)
          .map((c) => (
            <tr key={c}>
              <th scope="row">{t(`projects.budgetCategory.${c}`)}</th>
              <td className="number">{formatKronor(totals.byCategory[c], language)}</td>
              <td className="number">{formatPercent(totals.total === 0 ? null : totals.byCategory[c] / totals.total)}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
