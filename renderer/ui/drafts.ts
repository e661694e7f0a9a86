/**
 * Input the user typed that is not stored because it does not pass its
 * check yet (a half-typed date, an end before the start, "abc" as an
 * amount). Such drafts are never dropped silently: they outlive the field
 * (switching view and back brings them back), the save indicator counts
 * them, and leaving the page while any exist asks first.
 */
import { useSyncExternalStore } from 'react';

const drafts = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Remembers a draft that could not be stored, under the field's save key. */
export function keepDraft(key: string, text: string): void {
  if (drafts.get(key) === text) return;
  drafts.set(key, text);
  changed();
}

/** Forgets the draft: it was stored, or the user went back to the stored value. */
export function dropDraft(key: string): void {
  if (drafts.delete(key)) changed();
}

export function draftFor(key: string): string | undefined {
  return drafts.get(key);
}

export function unsavedDraftCount(): number {
  return drafts.size;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many fields hold input that is not stored, for the save indicator. */
export function useUnsavedDraftCount(): number {
  useSyncExternalStore(subscribe, () => version);
  return drafts.size;
}

/** For tests: start from nothing. */
export function clearDrafts(): void {
  drafts.clear();
  changed();
}

if (typeof window !== 'undefined') {
  // The browser's own question ("Lämna webbplatsen?"); its wording cannot be set, the save indicator says what is unsaved.
  window.addEventListener('beforeunload', (event) => {
    if (drafts.size === 0) return;
    event.preventDefault();
    // Older Chromium and Electron want returnValue set as well.
    event.returnValue = '';
  });
}
