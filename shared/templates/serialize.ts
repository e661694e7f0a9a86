/**
 * Writing a template: JSON in the schema's field order with two-space
 * indentation (so a file diffs well between years), or a package (zip)
 * with the template and a reference Word document. parseTemplateFile reads
 * both back exactly.
 */
import { strToU8, zipSync } from 'fflate';
import { templateProblemText, zodProblems } from './problems.ts';
import { templateSchema, type Template } from './schema.ts';

/** Names inside a template package. */
export const templatePackageNames = { template: 'mall.json', referenceDocument: 'referensdokument.docx' } as const;

/**
 * The template as JSON text. Parsing through the schema puts the fields in
 * the schema's order whatever order the object was built in, so the same
 * template always gives the same text.
 */
export function templateToJson(template: Template): string {
  const parsed = templateSchema.safeParse(template);
  if (!parsed.success) {
    const details = zodProblems(parsed.error, template).map(templateProblemText).join('; ');
    throw new Error(`templateToJson: not a valid template (${details})`);
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}

/** Fixed so the same package is the same bytes (zip stores local time; 1980 is its first year). */
const packageTime = new Date(1980, 0, 1, 0, 0, 0);

/**
 * A template package: `mall.json` and, if given, the reference document
 * (a .docx or .dotx; its name must end so).
 */
export function templatePackage(template: Template, referenceDocx?: Uint8Array, referenceFileName: string = templatePackageNames.referenceDocument): Uint8Array {
  if (referenceDocx !== undefined && !/^[^/\\]+\.(docx|dotx)$/i.test(referenceFileName))
    throw new Error(`templatePackage: the reference document's name must end in .docx or .dotx, not ${referenceFileName}`);
  const files: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {
    [templatePackageNames.template]: [strToU8(templateToJson(template)), { level: 6, mtime: packageTime }],
  };
  // A .docx is itself a zip: deflating it again gains nothing.
  if (referenceDocx !== undefined) files[referenceFileName] = [referenceDocx, { level: 0, mtime: packageTime }];
  return zipSync(files);
}
