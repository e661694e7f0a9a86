import type { MouseEvent } from 'react';

/** In-page links ("På sidan") move focus with the scroll, so keyboard users land where they asked to go. */
export function jumpTo(event: MouseEvent, id: string): void {
  event.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus();
}
