/**
 * File names for exported documents that survive every file system, mail
 * gateway and the kansli's archive: ASCII letters, digits and hyphens only.
 */
const maxNamePartLength = 120;

const swedishLetters: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', Å: 'A', Ä: 'A', Ö: 'O' };

/** `Innovationer och entreprenörskap` → `Innovationer-och-entreprenorskap`. */
export function fileNamePart(text: string, maxLength: number = maxNamePartLength): string {
  const ascii = text
    .replace(/[åäöÅÄÖ]/g, (c) => swedishLetters[c] ?? '-')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const safe = ascii.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return safe.slice(0, maxLength).replace(/-$/, '');
}
