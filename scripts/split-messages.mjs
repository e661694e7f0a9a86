// One-off migration (issue #14): splits each `messages.ts` that still holds
// `featureMessages(sv, en)` into `messages.sv.ts` (Swedish, the source of keys)
// and `messages.en.ts` (typed against the Swedish keys). Kept so that a branch
// that added keys to an old `messages.ts` can re-run it after merging:
//   node scripts/split-messages.mjs [file …]   (default: every renderer/**/messages.ts)
import { readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

const root = join(dirname(new URL(import.meta.url).pathname), '..');

/** @param {string} dir @returns {string[]} */
function findMessageFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findMessageFiles(path);
    return name === 'messages.ts' ? [path] : [];
  });
}

/** Removes `by` leading spaces from every line but the first (the object literal's lines keep their relative indent). */
/** @param {string} text @param {number} by */
function dedent(text, by) {
  const [first, ...rest] = text.split('\n');
  return [first, ...rest.map((line) => (line.startsWith(' '.repeat(by)) ? line.slice(by) : line))].join('\n');
}

/** @param {string} path */
function split(path) {
  const source = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  /** @type {ts.ImportDeclaration[]} */
  const imports = [];
  /** @type {{ name: string, comments: string[], sv: ts.Expression, en: ts.Expression } | undefined} */
  let found;
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (!statement.moduleSpecifier.getText().includes('feature-messages.ts')) imports.push(statement);
      continue;
    }
    if (!ts.isVariableStatement(statement)) throw new Error(`${path}: unexpected statement ${statement.getText().slice(0, 60)}`);
    const [declaration] = statement.declarationList.declarations;
    const call = declaration?.initializer;
    if (!declaration || !call || !ts.isCallExpression(call) || call.expression.getText() !== 'featureMessages' || call.arguments.length !== 2) {
      throw new Error(`${path}: expected export const x = featureMessages(sv, en)`);
    }
    const comments = (ts.getLeadingCommentRanges(source, statement.getFullStart()) ?? []).map((c) => source.slice(c.pos, c.end));
    const [sv, en] = call.arguments;
    if (!sv || !en) throw new Error(`${path}: featureMessages needs two arguments`);
    found = { name: declaration.name.getText(), comments, sv, en };
  }
  if (!found) throw new Error(`${path}: no featureMessages call`);

  /** @param {ts.Node} node */
  const indent = (node) => node.getStart() - source.lastIndexOf('\n', node.getStart()) - 1;
  /** @param {ts.Node} node */
  const text = (node) => dedent(node.getText(), indent(node));
  /** @param {string} body */
  const usedImports = (body) =>
    imports
      .filter((i) => {
        const bindings = i.importClause?.namedBindings;
        return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.some((e) => body.includes(e.name.text));
      })
      .map((i) => i.getText());
  const i18nDir = relative(dirname(path), join(root, 'renderer', 'i18n')).split(sep).join('/');
  const svName = `${found.name}Sv`;
  const enName = `${found.name}En`;
  const svBody = text(found.sv);
  const enBody = text(found.en);
  /** @param {string[]} lines */
  const header = (lines) => (lines.length ? `${lines.join('\n')}\n\n` : '');
  const comment = found.comments.length ? `${found.comments.join('\n')}\n` : '';

  const svFile = `${header(usedImports(svBody))}${comment}export const ${svName} = ${svBody} as const;\n`;
  const enFile =
    header([...usedImports(enBody), `import type { Translation } from '${i18nDir}/translation.ts';`, `import type { ${svName} } from './messages.sv.ts';`]) +
    `export const ${enName}: Translation<typeof ${svName}> = ${enBody};\n`;
  writeFileSync(join(dirname(path), 'messages.sv.ts'), svFile);
  writeFileSync(join(dirname(path), 'messages.en.ts'), enFile);
  unlinkSync(path);
  console.log(`${relative(root, path)} → messages.sv.ts (${svName}), messages.en.ts (${enName})`);
}

const files = process.argv.length > 2 ? process.argv.slice(2) : findMessageFiles(join(root, 'renderer'));
for (const file of files) split(file);
