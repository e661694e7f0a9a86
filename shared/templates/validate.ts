/**
 * Checking a template: first its shape (zod), then what a schema cannot
 * say — keys that must be unique, dates in order, an event either on a date
 * or in a month. All problems in Swedish with Swedish paths.
 */
import { capProblems, fieldProblem, zodProblems, type TemplatePath, type TemplateProblem } from './problems.ts';
import { sectionKindLabels, templateDocuments, templateSchema, type Template } from './schema.ts';

export type TemplateValidation = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

/** Each repeat of a key after its first use is a problem, pointing at the repeat. */
function duplicates<T>(items: readonly T[], keyOf: (item: T) => string, at: (index: number) => TemplatePath, what: string): TemplateProblem[] {
  const firstAt = new Map<string, number>();
  const problems: TemplateProblem[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, index);
    else problems.push(fieldProblem(at(index), `${what} "${key}" finns redan (nummer ${first + 1} i listan); den måste vara unik`));
  });
  return problems;
}

/** The rules between fields of a template that already has the right shape. */
export function templateSemanticProblems(template: Template): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.validTo < template.validFrom) problems.push(fieldProblem(['validTo'], `slutar före giltigFrån (${template.validFrom})`));

  for (const document of templateDocuments) {
    const sections = template[document].sections;
    problems.push(...duplicates(sections, (s) => s.key, (i) => [document, 'sections', i, 'key'], 'nyckeln'));
    const firstOfKind = new Map<string, number>();
    sections.forEach((section, index) => {
      if (section.kind === 'freeText') return;
      const first = firstOfKind.get(section.kind);
      if (first === undefined) firstOfKind.set(section.kind, index);
      else
        problems.push(
          fieldProblem([document, 'sections', index, 'kind'], `${sectionKindLabels[section.kind]} (${section.kind}) finns redan i sektion ${first + 1}; varje strukturerad del får finnas en gång`),
        );
    });
  }

  problems.push(...duplicates(template.goalAreas, (g) => g.code, (i) => ['goalAreas', i, 'code'], 'koden'));
  problems.push(...duplicates(template.perspectives, (p) => p.key, (i) => ['perspectives', i, 'key'], 'nyckeln'));
  problems.push(...duplicates(template.perspectives, (p) => p.name, (i) => ['perspectives', i, 'name'], 'namnet'));
  problems.push(...duplicates(template.timeLog.categories, (c) => c.id, (i) => ['timeLog', 'categories', i, 'id'], 'id'));
  // The follow-up against the mandate counts these two by id (shared/timelog/summary.ts); without them it would count nothing.
  for (const [id, what] of requiredCategories)
    if (!template.timeLog.categories.some((c) => c.id === id)) problems.push(fieldProblem(['timeLog', 'categories'], `kategorin med id "${id}" saknas; ${what}`));
  problems.push(...duplicates(template.supportOffers, (o) => o.id, (i) => ['supportOffers', i, 'id'], 'id'));
  problems.push(...duplicates(template.annualCycle, (e) => e.id, (i) => ['annualCycle', i, 'id'], 'id'));
  problems.push(...duplicates(template.indicatorCatalogue, (x) => x.id, (i) => ['indicatorCatalogue', i, 'id'], 'id'));

  template.annualCycle.forEach((event, index) => {
    const at = ['annualCycle', index] as const;
    const hasDate = event.date !== undefined;
    const hasMonth = event.month !== undefined;
    if (hasDate && hasMonth) problems.push(fieldProblem([...at, 'month'], 'ange antingen datum eller månad, inte båda'));
    if (!hasDate && !hasMonth) problems.push(fieldProblem(at, 'datum eller månad saknas'));
    if (event.endDate !== undefined) {
      if (event.date === undefined) problems.push(fieldProblem([...at, 'endDate'], 'slutdatum kräver ett datum'));
      else if (event.endDate < event.date) problems.push(fieldProblem([...at, 'endDate'], `slutar före datum (${event.date})`));
    }
  });
  return problems;
}

/** Categories every template must have, and why. */
const requiredCategories = [
  ['moa', 'uppföljningen mot mandatet räknar tiden i den som MOA-uppdraget'],
  ['projektledning', 'uppföljningen räknar tiden i den som projektledning'],
] as const;

/** A parsed JSON value as a template, or every problem found in it. */
export function validateTemplate(input: unknown): TemplateValidation {
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: capProblems(zodProblems(parsed.error, input)) };
  const problems = templateSemanticProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems: capProblems(problems) } : { ok: true, template: parsed.data };
}
