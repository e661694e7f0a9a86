/**
 * A problem with a template file, in Swedish, naming where and what:
 * `handlingsplan.sektioner[3].titel: text saknas`. zod's issues are
 * translated here; list positions count from 1, as a person counts.
 */
import type { z } from 'zod';
import { sectionKinds, templateCheckCodes, templateFieldLabels } from './schema.ts';

/**
 * What kind of problem: `field` for a value in the template, the others
 * for the file as a whole (size, format, safety). The UI may style by code;
 * the message is complete on its own.
 */
export type TemplateProblemCode =
  | 'field'
  | 'empty'
  | 'tooLarge'
  | 'notTemplateFile'
  | 'wordDocument'
  | 'notUtf8'
  | 'invalidJson'
  | 'truncated'
  | 'corruptZip'
  | 'unsupportedZip'
  | 'tooManyEntries'
  | 'inflateLimit'
  | 'unsafePath'
  | 'packageContents'
  | 'tooDeep'
  | 'tooManyItems'
  | 'stringTooLong'
  | 'forbiddenKey'
  | 'newerFormat'
  | 'unknownFormat'
  | 'noHeadings';

export interface TemplateProblem {
  code: TemplateProblemCode;
  /** Swedish path of the field (`handlingsplan.sektioner[3].titel`), '' for the file as a whole. */
  path: string;
  /** Swedish, what is wrong and what is expected. */
  message: string;
}

export type TemplatePath = readonly PropertyKey[];

/** The most problems listed; a file with more gets a last line saying how many were left out. */
export const maxListedProblems = 50;

export function fileProblem(code: Exclude<TemplateProblemCode, 'field'>, message: string): TemplateProblem {
  return { code, path: '', message };
}

export function fieldProblem(path: TemplatePath, message: string): TemplateProblem {
  return { code: 'field', path: templatePathText(path), message };
}

/** `['actionPlan', 'sections', 2, 'title']` → `handlingsplan.sektioner[3].titel`. */
export function templatePathText(path: TemplatePath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment + 1}]`;
    else {
      const key = String(segment);
      const label = Object.hasOwn(templateFieldLabels, key) ? templateFieldLabels[key] : key;
      text += text === '' ? label : `.${label}`;
    }
  }
  return text;
}

/** One line for a list: `path: message`, or the message alone for the whole file. */
export function templateProblemText(problem: TemplateProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Caps a long list so a broken file cannot flood the preview. */
export function capProblems(problems: TemplateProblem[]): TemplateProblem[] {
  if (problems.length <= maxListedProblems) return problems;
  const rest = problems.length - maxListedProblems;
  return [...problems.slice(0, maxListedProblems), fileProblem('tooManyItems', `… och ${rest} problem till.`)];
}

const ownMessages: Readonly<Record<string, string>> = {
  [templateCheckCodes.blank]: 'text saknas',
  [templateCheckCodes.key]: 'ska bestå av små bokstäver a–z, siffror, - och _ (högst 64 tecken), t.ex. "nulage"',
  [templateCheckCodes.code]: 'ska vara en kort kod av bokstäver och siffror (högst 20 tecken), t.ex. "IE"',
  [templateCheckCodes.kolada]: 'ska vara ett Kolada-id: en versal och fem siffror, t.ex. "N00914"',
};

/** What a JSON value is, in Swedish. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en lista';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'ett tal';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'ett objekt';
    default:
      return 'ett okänt värde';
  }
}

const expectedNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista',
  object: 'ett objekt',
  null: 'null',
};

const missingMessages: Readonly<Record<string, string>> = {
  string: 'text saknas',
  number: 'tal saknas',
  int: 'tal saknas',
  boolean: 'värde saknas (true eller false)',
  array: 'listan saknas',
  object: 'saknas',
};

function quoted(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');
}

const swedishNumber = (n: number | bigint): string => String(n).replace('.', ',');

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const max = swedishNumber(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return `för lång: högst ${max} tecken`;
    case 'array':
    case 'set':
      return `för många: högst ${max}`;
    default:
      return issue.inclusive === false ? `för stort: ska vara mindre än ${max}` : `för stort: högst ${max}`;
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const min = swedishNumber(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) <= 1 ? 'text saknas' : `för kort: minst ${min} tecken`;
    case 'array':
    case 'set':
      return Number(issue.minimum) <= 1 ? 'listan är tom' : `för få: minst ${min}`;
    default:
      return issue.inclusive === false ? `för litet: ska vara större än ${min}` : `för litet: minst ${min}`;
  }
}

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (Object.hasOwn(ownMessages, issue.message)) return ownMessages[issue.message] ?? issue.message;
  if (issue.format === 'date') return 'ogiltigt datum: skriv ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2026-11-27';
  return 'har fel form';
}

/**
 * A union failed. The branch with fewest issues is most likely what was
 * meant (`{ "hoursPerWeek": 100 }` is a too large hours mandate, not a
 * broken percent one); on a tie, say what the forms are.
 */
function unionProblems(issue: z.core.$ZodIssueInvalidUnion, at: TemplatePath, input: unknown): TemplateProblem[] {
  const branches = [...issue.errors].sort((a, b) => a.length - b.length);
  const [best, next] = branches;
  if (best && best.length > 0 && (next === undefined || next.length > best.length)) {
    return best.flatMap((inner) => issueProblems({ ...inner, path: [...at, ...inner.path] } as z.core.$ZodIssue, input));
  }
  const last = at.at(-1);
  const message =
    last === 'defaultMandate'
      ? 'ange antingen timmar per vecka (hoursPerWeek) eller procent av heltid (percentOfFullTime)'
      : 'värdet har ingen av de tillåtna formerna';
  return [fieldProblem(at, message)];
}

/** The raw value at a path, to tell a missing field from a wrong one. */
function valueAt(root: unknown, path: TemplatePath): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || typeof segment === 'symbol' || !Object.hasOwn(current, segment)) return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[segment as string];
  }
  return { found: true, value: current };
}

/** One zod issue as Swedish problems (an unknown-keys issue gives one per key). */
export function issueProblems(issue: z.core.$ZodIssue, input: unknown): TemplateProblem[] {
  const at = issue.path;
  switch (issue.code) {
    case 'invalid_type': {
      const { found, value } = valueAt(input, at);
      if (!found || value === undefined) return [fieldProblem(at, missingMessages[issue.expected] ?? 'saknas')];
      if (issue.expected === 'int' && typeof value === 'number') return [fieldProblem(at, 'ska vara ett heltal')];
      return [fieldProblem(at, `ska vara ${expectedNames[issue.expected] ?? issue.expected}, inte ${jsonTypeName(value)}`)];
    }
    case 'too_big':
      return [fieldProblem(at, tooBig(issue))];
    case 'too_small':
      return [fieldProblem(at, tooSmall(issue))];
    case 'invalid_format':
      return [fieldProblem(at, formatMessage(issue))];
    case 'invalid_value': {
      const last = at.at(-1);
      if (last === 'kind') return [fieldProblem(at, `okänd typ; tillåtna typer är ${sectionKinds.join(', ')}`)];
      return [fieldProblem(at, issue.values.length === 1 ? `ska vara ${quoted(issue.values)}` : `ska vara ett av ${quoted(issue.values)}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => fieldProblem([...at, key], 'okänt fält; kontrollera stavningen (fälten beskrivs i mallformatets dokumentation)'));
    case 'invalid_union':
      return unionProblems(issue, at, input);
    case 'not_multiple_of':
      return [fieldProblem(at, `ska vara en multipel av ${swedishNumber(issue.divisor)}`)];
    case 'custom':
      return [fieldProblem(at, ownMessages[issue.message] ?? issue.message)];
    default:
      return [fieldProblem(at, 'ogiltigt värde')];
  }
}

/** All of a failed parse's issues, in Swedish. */
export function zodProblems(error: z.ZodError, input: unknown): TemplateProblem[] {
  return error.issues.flatMap((issue) => issueProblems(issue, input));
}
