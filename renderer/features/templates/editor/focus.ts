/** Finding and showing the field a problem names: plain DOM, so it is tested without React. */

/**
 * The field a problem's path names, or for a path said of a row or a list
 * (`årscykel[2]`), the first field inside it; failing that, the nearest
 * enclosing path that has one.
 */
export function fieldForPath(root: ParentNode, path: string): HTMLElement | null {
  const fields = [...root.querySelectorAll<HTMLElement>('[data-path]')];
  for (let at = path; at !== ''; ) {
    const found = fields.find((f) => f.dataset['path'] === at) ?? fields.find((f) => (f.dataset['path'] ?? '').startsWith(`${at}[`) || (f.dataset['path'] ?? '').startsWith(`${at}.`));
    if (found) return found;
    const parent = at.replace(/(\[\d+\]|\.[^.[\]]*)$/, '');
    if (parent === at) break;
    at = parent;
  }
  return null;
}

/** Opens every details around an element, so it can be seen and focused. */
export function revealElement(element: Element): void {
  for (let at = element.parentElement?.closest('details'); at; at = at.parentElement?.closest('details')) at.open = true;
}
